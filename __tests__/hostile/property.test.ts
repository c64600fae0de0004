/**
 * Property: whatever is done to the example estate (lines dropped or duplicated, values
 * given another type, documents duplicated, files truncated), the CLI completes with exit
 * code 0 or 1 (never 2, an internal error), and the same input gives the same output.
 * Runs `main()` in-process with a fake io on a temporary directory.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { runCli } from '../helpers/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES: Record<string, string> = Object.fromEntries(
  fs
    .readdirSync(path.join(root, 'examples'))
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => [f, fs.readFileSync(path.join(root, 'examples', f), 'utf8')]),
);
const FILES = Object.keys(EXAMPLES);

/** Values of other types (and some awkward ones) to put where a value was. */
const RETYPED = [
  '42',
  '"42"',
  '-0',
  '.inf',
  '.nan',
  'true',
  'null',
  '~',
  '[]',
  '{}',
  '[1, "two", {three: 3}]',
  '{a: 1, b: [2]}',
  '""',
  '"  "',
  "'C:\\x'",
  '0x1F',
  '1e400',
  '2024-03-01',
  '"\\u0000"',
  'x'.repeat(300),
  '&a 1',
  '*a',
  '!!binary aGk=',
  '|\n  text',
];

type Mutation =
  | { op: 'drop'; file: number; line: number }
  | { op: 'duplicateLine'; file: number; line: number }
  | { op: 'duplicateDocument'; file: number; doc: number }
  | { op: 'retype'; file: number; line: number; value: number }
  | { op: 'truncate'; file: number; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), file: fc.nat(), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicateLine' as const), file: fc.nat(), line: fc.nat() }),
  fc.record({ op: fc.constant('duplicateDocument' as const), file: fc.nat(), doc: fc.nat() }),
  fc.record({ op: fc.constant('retype' as const), file: fc.nat(), line: fc.nat(), value: fc.nat() }),
  fc.record({ op: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }),
);

function mutate(files: Record<string, string>, m: Mutation): void {
  const name = FILES[m.file % FILES.length]!;
  const text = files[name]!;
  const lines = text.split('\n');
  switch (m.op) {
    case 'drop':
      lines.splice(m.line % lines.length, 1);
      break;
    case 'duplicateLine': {
      const i = m.line % lines.length;
      lines.splice(i, 0, lines[i]!);
      break;
    }
    case 'duplicateDocument': {
      const docs = text.split(/^---$/m);
      docs.push(docs[m.doc % docs.length]!);
      files[name] = docs.join('---');
      return;
    }
    case 'retype': {
      // a `key: value` or `- value` line: replace the value
      const candidates = lines
        .map((l, i) => [l, i] as const)
        .filter(([l]) => /^\s*(?:- )?(?:[\w.-]+:\s+)?\S/.test(l) && !/^\s*#/.test(l));
      if (candidates.length === 0) return;
      const [line, i] = candidates[m.line % candidates.length]!;
      const match = /^(\s*(?:- )?(?:[\w.-]+:\s+)?)(.*)$/.exec(line)!;
      lines[i] = `${match[1]}${RETYPED[m.value % RETYPED.length]}`;
      break;
    }
    case 'truncate':
      files[name] = text.slice(0, m.at % (text.length + 1));
      return;
  }
  files[name] = lines.join('\n');
}

describe('the example estate, mutated', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-property-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('never crashes, exits 0 or 1, and gives the same output for the same input', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('stylish', 'json'),
        async (mutations, format) => {
          const files = { ...EXAMPLES };
          for (const m of mutations) mutate(files, m);
          fs.rmSync(dir, { recursive: true, force: true });
          fs.mkdirSync(dir);
          for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
          const first = await runCli(['--format', format], dir);
          expect(first.stderr).toBe('');
          expect([0, 1]).toContain(first.code);
          const second = await runCli(['--format', format], dir);
          expect(second).toEqual(first);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: Number(process.env['FC_RUNS'] ?? 150), seed: Number(process.env['FC_SEED'] ?? 20261126) },
    );
  });
});
