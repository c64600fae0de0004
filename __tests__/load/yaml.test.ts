import { parseManifests } from '../../src/load/index.js';
import { SourceFile } from '../../src/load/source.js';
import { parseYaml, DEFAULT_LIMITS, splitDocuments } from '../../src/load/yaml/yaml.js';
import { findUnclosed } from '../../src/load/yaml/lines.js';

const doc = (body: string): string => `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: SW1\nspec:\n${body}`;

describe('parseYaml', () => {
  test('builds core-schema values and positions for keys and values', () => {
    const loaded = parseManifests('a.yaml', doc('  model: "dell"\n  vlans:\n    - id: 20\n      igmpSnooping: true\n'));
    expect(loaded.findings).toEqual([]);
    const [m] = loaded.manifests;
    expect(m!.value).toEqual({
      apiVersion: 'hvlint/v1',
      kind: 'Switch',
      metadata: { name: 'SW1' },
      spec: { model: 'dell', vlans: [{ id: 20, igmpSnooping: true }] },
    });
    expect(m!.locate(['spec', 'vlans', 0, 'id'])).toMatchObject({ line: 8, column: 11, endLine: 8, endColumn: 13 });
    expect(m!.locate(['spec', 'vlans', 0, 'igmpSnooping'], 'key')).toMatchObject({ line: 9, column: 7, endColumn: 19 });
    // quoted scalars are underlined with their quotes
    expect(m!.locate(['spec', 'model'])).toMatchObject({ line: 6, column: 10, endColumn: 16 });
    // a missing path falls back to the deepest existing node
    expect(m!.locate(['spec', 'vlans', 0, 'name'])).toMatchObject({ line: 8, column: 7 });
  });

  test('resolves YAML 1.2 core scalars, not YAML 1.1 ones', () => {
    const text = 'a: yes\nb: 0o17\nc: 0x1F\nd: 10:20:30\ne: ~\nf: 1.5e3\ng: "12"\nh: .inf\ni: 012\n';
    const { documents } = parseYaml(new SourceFile('x', text));
    expect(documents[0]!.value).toEqual({
      a: 'yes',
      b: 15,
      c: 31,
      d: '10:20:30',
      e: null,
      f: 1500,
      g: '12',
      h: Infinity,
      i: 12,
    });
  });

  test('a syntax error costs only its own document', () => {
    const text = `${doc('  model: a\n')}---\napiVersion: hvlint/v1\nkind: Switch\nmetadata: {name: [SW2\n---\n${doc('  model: c\n').replace('SW1', 'SW3')}`;
    const loaded = parseManifests('a.yaml', text);
    expect(loaded.manifests.map((m) => (m.value['metadata'] as { name: string }).name)).toEqual(['SW1', 'SW3']);
    expect(loaded.findings).toHaveLength(1);
    expect(loaded.findings[0]).toMatchObject({ ruleId: 'yaml-syntax', file: 'a.yaml' });
    expect(loaded.findings[0]!.line).toBeGreaterThanOrEqual(9);
    expect(loaded.findings[0]!.line).toBeLessThanOrEqual(10);
    // the third document keeps its true line numbers
    expect(loaded.manifests[1]!.locate(['spec', 'model'])).toMatchObject({ line: 17 });
  });

  test('duplicate keys are findings at the second key, with the first as related', () => {
    const loaded = parseManifests('d.yaml', 'a: 1\nb: 2\na: 3\n');
    expect(loaded.findings).toEqual([
      expect.objectContaining({
        ruleId: 'yaml-duplicate-key',
        line: 3,
        column: 1,
        endColumn: 2,
        related: [expect.objectContaining({ line: 1, column: 1 })],
      }),
    ]);
  });

  test('__proto__ is an ordinary key and pollutes nothing', () => {
    const { documents } = parseYaml(
      new SourceFile('p', '__proto__:\n  polluted: yes\nconstructor: {prototype: {polluted: yes}}\n'),
    );
    const value = documents[0]!.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('alias bombs, recursive aliases and unknown aliases are refused with a position', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const bomb = parseYaml(new SourceFile('b', lines.join('\n') + '\n'), { ...DEFAULT_LIMITS, maxAliases: 1000 });
    expect(bomb.documents).toHaveLength(0);
    expect(bomb.problems[0]).toMatchObject({ ruleId: 'yaml-limits' });
    expect(bomb.problems[0]!.message).toMatch(/more than 100000 nodes/);

    const self = parseYaml(new SourceFile('s', 'a: &x [1, *x]\n'));
    expect(self.problems[0]!.message).toMatch(/refers to a node that contains it/);
    const unknown = parseYaml(new SourceFile('u', 'a: *nope\n'));
    expect(unknown.problems[0]).toMatchObject({ ruleId: 'yaml-syntax', start: 3 });
  });

  test('too many aliases and too deep nesting are limits findings', () => {
    const many = parseYaml(new SourceFile('m', `a: &x 1\nb: [${Array(101).fill('*x').join(', ')}]\n`));
    expect(many.problems[0]!.message).toMatch(/more than 100 aliases/);
    const deep = parseYaml(new SourceFile('d', `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`));
    expect(deep.problems[0]).toMatchObject({ ruleId: 'yaml-limits' });
  });

  test('tags other than core ones are reported and the value kept as text', () => {
    const { documents, problems } = parseYaml(
      new SourceFile('t', 'a: !!binary aGVsbG8=\nb: !!timestamp 2001-12-14\nc: !custom x\nd: !!str 12\n'),
    );
    expect(problems.map((p) => p.ruleId)).toEqual([
      'yaml-unsupported-tag',
      'yaml-unsupported-tag',
      'yaml-unsupported-tag',
    ]);
    expect(documents[0]!.value).toEqual({ a: 'aGVsbG8=', b: '2001-12-14', c: 'x', d: '12' });
  });

  test('splitDocuments keeps directives with their document', () => {
    const text = '%YAML 1.2\n---\na: 1\n---\nb: 2\n';
    expect(splitDocuments(text).map(([s, e]) => text.slice(s, e))).toEqual(['%YAML 1.2\n---\na: 1\n', '---\nb: 2\n']);
  });

  test('documents without apiVersion hvlint/... are ignored, not errors', () => {
    const loaded = parseManifests('k.yaml', 'apiVersion: apps/v1\nkind: Deployment\n---\nfoo: bar\n');
    expect(loaded.manifests).toEqual([]);
    expect(loaded.findings).toEqual([]);
  });
});

describe('syntax errors say what to do, where the mistake is', () => {
  const first = (text: string) => {
    const loaded = parseManifests('s.yaml', text);
    const f = loaded.findings[0]!;
    return `${f.line}:${f.column} ${f.message}`;
  };

  test('an unclosed bracket is reported where it opens, not where the parser noticed', () => {
    expect(first('a:\n  name: [HV03\nb: 1\n')).toBe('2:9 "[" is never closed: add "]" after its last item');
    expect(first('a: {x: 1\nb: 2\n')).toBe('1:4 "{" is never closed: add "}" after its last item');
  });

  test('an unclosed quote is reported at the quote', () => {
    expect(first('a: "abc\nb: 1\n')).toBe('1:4 this quoted value is never closed: add the closing "');
  });

  test('quotes and brackets inside plain values or comments are not openers', () => {
    expect(findUnclosed("a: it's [fine\n# don't [count\nb: x'y\n", 40)).toBeUndefined();
    expect(findUnclosed('a: ["x", {b: "]"}]\nc: 1\n', 25)).toBeUndefined();
    expect(findUnclosed("a: 'it''s\n", 9)).toBe(3);
  });

  test('other common mistakes get a hint', () => {
    expect(first('a: b\n c: d\n')).toMatch(
      /^2:3 bad indentation of a mapping entry: align this key with the other keys/,
    );
    expect(first('a:\n\tb: 1\n')).toBe('2:1 tab characters must not be used in indentation: indent with spaces');
  });
});
