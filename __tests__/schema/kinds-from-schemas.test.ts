/**
 * The kinds TypeScript knows are the kinds schemas/ declares: src/model/generated/kinds.ts is
 * generated from schemas/ and fresh, and each kind's `Spec` interface (src/model/kinds.ts)
 * names the top-level spec properties its schema has, optional where the schema does not
 * require them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { KINDS } from '../../src/model/kinds.js';
import { MANIFEST_KINDS } from '../../src/schema/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schemaDir = path.join(root, 'schemas');

interface KindSchema {
  properties?: { kind?: { const?: string }; spec?: { properties?: Record<string, unknown>; required?: string[] } };
}

const schemas = new Map<string, KindSchema>();
for (const file of fs.readdirSync(schemaDir).filter((f) => f.endsWith('.schema.json'))) {
  const schema = JSON.parse(fs.readFileSync(path.join(schemaDir, file), 'utf8')) as KindSchema;
  const kind = schema.properties?.kind?.const;
  if (kind) schemas.set(kind, schema);
}

/** Top-level members of `export interface <name> { ... }`: name → optional. */
function interfaceMembers(source: string, name: string): Map<string, boolean> {
  const start = source.indexOf(`export interface ${name} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = source.slice(start, source.indexOf('\n}\n', start));
  const members = new Map<string, boolean>();
  for (const m of body.matchAll(/^ {2}(\w+)(\?)?:/gm)) members.set(m[1]!, m[2] === '?');
  return members;
}

test('the kinds in TypeScript are the kinds in schemas/', () => {
  expect([...MANIFEST_KINDS].sort()).toEqual([...schemas.keys()].sort());
  expect(KINDS.every((kind) => schemas.has(kind))).toBe(true);
});

test('each Spec interface has its schema’s top-level spec properties, optional where not required', () => {
  const source = fs.readFileSync(path.join(root, 'src/model/kinds.ts'), 'utf8');
  for (const kind of KINDS) {
    const spec = schemas.get(kind)!.properties!.spec!;
    const required = new Set(spec.required ?? []);
    const fromSchema = Object.keys(spec.properties ?? {})
      .map((key) => `${key}${required.has(key) ? '' : '?'}`)
      .sort();
    const fromTypes = [...interfaceMembers(source, `${kind}Spec`)]
      .map(([key, opt]) => `${key}${opt ? '?' : ''}`)
      .sort();
    expect([kind, fromTypes]).toEqual([kind, fromSchema]);
  }
});

test('the generated kind list and validator types are fresh (scripts/build-schemas.mjs --check)', () => {
  expect(() =>
    execFileSync(process.execPath, ['scripts/build-schemas.mjs', '--check'], { cwd: root, stdio: 'pipe' }),
  ).not.toThrow();
});
