/**
 * The per-kind JSON Schemas in schemas/: they compile under ajv strict mode, follow the house rules
 * (every property described, every object closed), accept the valid fixtures, reject each invalid
 * fixture with the keyword and instance path its first line announces (`# expect: <keyword> <path>`),
 * and accept every document in examples/ and every YAML example in docs/manifests.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { load, loadAll } from 'js-yaml';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type SchemaNode = { [key: string]: Json };

const ROOT = process.cwd();
const SCHEMA_DIR = path.join(ROOT, 'schemas');
const FIXTURE_DIR = path.join(ROOT, '__tests__', 'fixtures', 'schema');
const EXAMPLE_DIR = path.join(ROOT, 'examples');
const MANIFESTS_DOC = path.join(ROOT, 'docs', 'manifests.md');
const ID_BASE = 'https://hvlint.dev/schemas/v1/';

/** Schema file stem (also the fixture folder name) → kind. */
const KINDS: Record<string, string> = {
  'hyperv-host': 'HyperVHost',
  'hyperv-cluster': 'HyperVCluster',
  'virtual-machine': 'VirtualMachine',
  'nlb-cluster': 'NlbCluster',
  switch: 'Switch',
  'domain-controller': 'DomainController',
  'backup-job': 'BackupJob',
};

function readJson(file: string): SchemaNode {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as SchemaNode;
}

// ajv is CommonJS: under NodeNext typing the default import is the module object, whose `default`
// is the class (at run time module.exports is the class and carries `default` too).
const Ajv2020 = Ajv2020Module.default;
type Ajv2020 = InstanceType<typeof Ajv2020>;

function newAjv(): Ajv2020 {
  return new Ajv2020({ allErrors: true, strict: true, validateFormats: false, discriminator: true });
}

const common = readJson(path.join(SCHEMA_DIR, 'common.schema.json'));
const kindSchemas = new Map<string, SchemaNode>(
  Object.keys(KINDS).map((stem) => [stem, readJson(path.join(SCHEMA_DIR, `${stem}.schema.json`))]),
);

/** One ajv instance holding every schema, so that examples can be checked through JSON-pointer refs. */
const ajv = newAjv();
ajv.addSchema(common);
for (const schema of kindSchemas.values()) ajv.addSchema(schema);

const validatorByKind = new Map<string, ValidateFunction>();
for (const [stem, kind] of Object.entries(KINDS)) {
  const validate = ajv.getSchema(`${ID_BASE}${stem}.schema.json`);
  if (!validate) throw new Error(`schema ${stem} did not register`);
  validatorByKind.set(kind, validate);
}

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? []).map((e) => `${e.keyword} ${e.instancePath || '(root)'}: ${e.message ?? ''}`).join('\n');
}

/** Validates against the schema of `asKind` (a fixture folder's kind) or else of the document's own `kind`. */
function validateDocument(document: unknown, asKind?: string): { valid: boolean; errors: ErrorObject[] } {
  const kind = asKind ?? (document as { kind?: unknown } | null)?.kind;
  const validate = typeof kind === 'string' ? validatorByKind.get(kind) : undefined;
  if (!validate) throw new Error(`no schema for kind ${String(kind)}`);
  const valid = validate(document) as boolean;
  return { valid, errors: validate.errors ? [...validate.errors] : [] };
}

// ---------------------------------------------------------------------------------------------
// Walking the schema JSON

interface Visit {
  node: SchemaNode;
  /** JSON pointer of the node inside its file. */
  pointer: string;
  /** True when the node declares data (reached only through properties/items/$defs/...), false inside oneOf/anyOf/if/then/else/not branches. */
  declaration: boolean;
}

const SUBSCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];
const SUBSCHEMA_SINGLE = [
  'items',
  'additionalProperties',
  'propertyNames',
  'contains',
  'unevaluatedProperties',
  'unevaluatedItems',
];
const BRANCH_SINGLE = ['if', 'then', 'else', 'not'];
const BRANCH_LISTS = ['oneOf', 'anyOf', 'allOf'];

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isSchemaNode(value: Json | undefined): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function walk(node: SchemaNode, pointer = '', declaration = true, out: Visit[] = []): Visit[] {
  out.push({ node, pointer, declaration });
  for (const key of SUBSCHEMA_MAPS) {
    const map = node[key];
    if (!isSchemaNode(map)) continue;
    for (const [name, child] of Object.entries(map)) {
      if (isSchemaNode(child)) walk(child, `${pointer}/${key}/${escapePointer(name)}`, declaration, out);
    }
  }
  for (const key of SUBSCHEMA_SINGLE) {
    const child = node[key];
    if (isSchemaNode(child)) walk(child, `${pointer}/${key}`, declaration, out);
  }
  const prefixItems = node.prefixItems;
  if (Array.isArray(prefixItems)) {
    prefixItems.forEach(
      (child, i) => isSchemaNode(child) && walk(child, `${pointer}/prefixItems/${i}`, declaration, out),
    );
  }
  for (const key of BRANCH_SINGLE) {
    const child = node[key];
    if (isSchemaNode(child)) walk(child, `${pointer}/${key}`, false, out);
  }
  for (const key of BRANCH_LISTS) {
    const list = node[key];
    if (!Array.isArray(list)) continue;
    // A branch that declares its own object type (e.g. one shape of a backup target) is a declaration again.
    list.forEach(
      (child, i) =>
        isSchemaNode(child) &&
        walk(
          child,
          `${pointer}/${key}/${i}`,
          child.type === 'object' || (declaration && child.type !== undefined),
          out,
        ),
    );
  }
  return out;
}

function isObjectSchema(node: SchemaNode): boolean {
  const type = node.type;
  return type === 'object' || (Array.isArray(type) && type.includes('object'));
}

const allSchemaFiles: Array<[string, SchemaNode]> = [
  ['common.schema.json', common],
  ...[...kindSchemas.entries()].map(([stem, schema]): [string, SchemaNode] => [`${stem}.schema.json`, schema]),
];

// ---------------------------------------------------------------------------------------------
// Fixtures

interface Expectation {
  keyword: string;
  instancePath: string;
}

/** Parses `# expect: <keyword> <instancePath>` on the first line; `(root)` stands for the empty path. */
function parseExpectation(source: string, file: string): Expectation {
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const match = /^#\s*expect:\s*(\S+)\s+(\S+)\s*$/.exec(firstLine);
  if (!match) throw new Error(`${file}: first line must be "# expect: <keyword> <instancePath>"`);
  const [, keyword, where] = match as unknown as [string, string, string];
  return { keyword, instancePath: where === '(root)' ? '' : where };
}

function fixtureFiles(stem: string, prefix: 'valid-' | 'invalid-'): string[] {
  const dir = path.join(FIXTURE_DIR, stem);
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith(prefix) && f.endsWith('.yaml'))
    .sort()
    .map((f) => path.join(dir, f));
}

function yamlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

// ---------------------------------------------------------------------------------------------

describe('schema files', () => {
  test('schemas/ holds common plus one schema per kind (and nothing unexpected besides the generated bundle and the config schema)', () => {
    const expected = new Set([
      'common.schema.json',
      'hvlint.schema.json',
      'config.schema.json',
      // Custom policies (docs/policies.md): a manifest kind of their own, outside the estate's kinds.
      'policy.schema.json',
      ...Object.keys(KINDS).map((s) => `${s}.schema.json`),
    ]);
    const present = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'));
    expect(present.filter((f) => !expected.has(f))).toEqual([]);
  });

  test('common.schema.json has the shared definitions', () => {
    expect(common.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(common.$id).toBe(`${ID_BASE}common.schema.json`);
    const defs = common.$defs as SchemaNode;
    for (const name of ['ipv4', 'mac', 'vlanId', 'name', 'labels', 'metadata', 'apiVersion']) {
      expect(defs).toHaveProperty([name]);
    }
  });

  test.each(Object.entries(KINDS))('%s.schema.json compiles alone under ajv strict mode', (stem, kind) => {
    const fresh = newAjv();
    fresh.addSchema(common);
    const schema = kindSchemas.get(stem)!;
    expect(() => fresh.compile(schema)).not.toThrow();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${ID_BASE}${stem}.schema.json`);
    expect(typeof schema.title).toBe('string');
    expect(typeof schema.description).toBe('string');
    expect(schema.required).toEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect((schema.properties as SchemaNode).kind).toMatchObject({ const: kind });
  });

  test.each(Object.keys(KINDS))('%s.schema.json: its top-level examples are full valid documents', (stem) => {
    const examples = kindSchemas.get(stem)!.examples;
    expect(Array.isArray(examples) && examples.length > 0).toBe(true);
    for (const example of examples as Json[]) {
      const result = validateDocument(example);
      expect(describeErrors(result.errors)).toBe('');
    }
  });

  test.each(allSchemaFiles)('%s: every property has a description', (_file, schema) => {
    const missing: string[] = [];
    for (const { node, pointer, declaration } of walk(schema)) {
      const properties = node.properties;
      if (!isSchemaNode(properties)) continue;
      for (const [name, child] of Object.entries(properties)) {
        if (
          declaration &&
          !(isSchemaNode(child) && typeof child.description === 'string' && child.description.length > 0)
        ) {
          missing.push(`${pointer}/properties/${name}`);
        }
      }
      for (const [pattern, child] of Object.entries(
        isSchemaNode(node.patternProperties) ? node.patternProperties : {},
      )) {
        if (!(isSchemaNode(child) && typeof child.description === 'string'))
          missing.push(`${pointer}/patternProperties/${pattern}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test.each(allSchemaFiles)('%s: every object schema has additionalProperties: false', (_file, schema) => {
    const open = walk(schema)
      .filter(
        ({ node, declaration }) =>
          declaration && (isObjectSchema(node) || (isSchemaNode(node.properties) && node.type !== undefined)),
      )
      .filter(({ node }) => node.additionalProperties !== false)
      .map(({ pointer }) => pointer || '(root)');
    expect(open).toEqual([]);
  });

  test.each(allSchemaFiles)(
    '%s: constraint branches only re-state properties declared next to them',
    (_file, schema) => {
      // `oneOf: [{properties: {host: true}, required: [host]}, ...]` may only name properties the enclosing object declares.
      const stray: string[] = [];
      for (const { node, pointer } of walk(schema)) {
        if (!isObjectSchema(node) || !isSchemaNode(node.properties)) continue;
        const declared = new Set(Object.keys(node.properties));
        const branches: Array<[string, Json | undefined]> = [
          ...BRANCH_SINGLE.map((k): [string, Json | undefined] => [k, node[k]]),
          ...BRANCH_LISTS.flatMap((k) =>
            Array.isArray(node[k]) ? (node[k] as Json[]).map((b, i): [string, Json] => [`${k}/${i}`, b]) : [],
          ),
        ];
        for (const [where, branch] of branches) {
          if (!isSchemaNode(branch) || branch.type !== undefined) continue;
          const names = [
            ...Object.keys(isSchemaNode(branch.properties) ? branch.properties : {}),
            ...((branch.required as string[] | undefined) ?? []),
          ];
          for (const name of names) if (!declared.has(name)) stray.push(`${pointer}/${where}: ${name}`);
        }
      }
      expect(stray).toEqual([]);
    },
  );

  test.each(allSchemaFiles)('%s: every leaf example and default satisfies its own schema', (file, schema) => {
    const id = schema.$id as string;
    const failures: string[] = [];
    for (const { node, pointer, declaration } of walk(schema)) {
      if (!declaration || pointer === '') continue;
      const samples = [
        ...((node.examples as Json[] | undefined) ?? []),
        ...('default' in node ? [node.default as Json] : []),
      ];
      if (samples.length === 0) continue;
      const validate = ajv.compile({ $ref: `${id}#${encodeURI(pointer)}` });
      for (const sample of samples) {
        if (!validate(sample))
          failures.push(`${file}#${pointer}: ${JSON.stringify(sample)}: ${describeErrors(validate.errors)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe.each(Object.entries(KINDS))('%s fixtures', (stem, kind) => {
  const valid = fixtureFiles(stem, 'valid-');
  const invalid = fixtureFiles(stem, 'invalid-');

  test('has at least one valid and several invalid fixtures', () => {
    expect(valid.length).toBeGreaterThanOrEqual(1);
    expect(invalid.length).toBeGreaterThanOrEqual(5);
  });

  test.each(valid.map((f) => [path.basename(f), f]))('%s passes', (_name, file) => {
    const result = validateDocument(load(fs.readFileSync(file, 'utf8')), kind);
    expect(describeErrors(result.errors)).toBe('');
    expect(result.valid).toBe(true);
  });

  test.each(invalid.map((f) => [path.basename(f), f]))('%s fails as announced', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    const expectation = parseExpectation(source, file);
    const result = validateDocument(load(source), kind);
    expect(result.valid).toBe(false);
    const reported = result.errors.map((e) => ({ keyword: e.keyword, instancePath: e.instancePath }));
    expect(reported).toContainEqual(expectation);
  });
});

describe('examples/', () => {
  const files = yamlFiles(EXAMPLE_DIR);

  test('there is an example estate covering every kind', () => {
    const kinds = new Set(
      files.flatMap((f) => loadAll(fs.readFileSync(f, 'utf8')).map((d) => (d as { kind: string }).kind)),
    );
    expect([...kinds].sort()).toEqual(Object.values(KINDS).sort());
  });

  test.each(files.map((f) => [path.basename(f), f]))('every document in %s is schema-valid', (_name, file) => {
    const documents = loadAll(fs.readFileSync(file, 'utf8'));
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) {
      expect(document).toMatchObject({ apiVersion: 'hvlint/v1' });
      const result = validateDocument(document);
      expect(describeErrors(result.errors)).toBe('');
    }
  });
});

describe('docs/manifests.md', () => {
  const doc = fs.readFileSync(MANIFESTS_DOC, 'utf8');

  /** `spec.nicTeams[].uplink.lag`-style paths of every declared property of a kind. */
  function fieldPaths(node: SchemaNode, prefix: string, out: string[] = []): string[] {
    const resolved =
      typeof node.$ref === 'string' && node.$ref.startsWith('common.schema.json#/$defs/')
        ? ((common.$defs as SchemaNode)[node.$ref.slice('common.schema.json#/$defs/'.length)] as SchemaNode)
        : node;
    if (isSchemaNode(resolved.properties)) {
      for (const [name, child] of Object.entries(resolved.properties)) {
        const childPath = prefix ? `${prefix}.${name}` : name;
        out.push(childPath);
        if (isSchemaNode(child)) fieldPaths(child, childPath, out);
      }
    }
    if (isSchemaNode(resolved.items)) fieldPaths(resolved.items, `${prefix}[]`, out);
    for (const branch of (resolved.oneOf as Json[] | undefined) ?? []) {
      if (isSchemaNode(branch) && branch.type === 'object') fieldPaths(branch, prefix, out);
    }
    return out;
  }

  test.each(Object.entries(KINDS))('documents every field of %s', (stem) => {
    const spec = (kindSchemas.get(stem)!.properties as SchemaNode).spec as SchemaNode;
    const undocumented = fieldPaths(spec, 'spec').filter((p) => !doc.includes(`\`${p}\``));
    expect(undocumented).toEqual([]);
  });

  test('every YAML example in the page is schema-valid, and every kind has a full example', () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    const kinds = new Set<string>();
    for (const block of blocks) {
      for (const document of loadAll(block)) {
        if (!isSchemaNode(document as Json) || !('spec' in (document as SchemaNode))) continue;
        const result = validateDocument(document);
        expect(describeErrors(result.errors)).toBe('');
        kinds.add((document as { kind: string }).kind);
      }
    }
    expect([...kinds].sort()).toEqual(Object.values(KINDS).sort());
  });
});
