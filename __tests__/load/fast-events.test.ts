/**
 * The fast path gives js-yaml's events exactly, or gives up: never different events, and
 * never events for text js-yaml rejects. Checked on real manifests (where it must apply) and
 * on generated YAML-like text and mutations of it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parseEvents } from 'js-yaml';
import { fastEvents } from '../../src/load/yaml/fast-events.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function jsYaml(text: string): unknown {
  try {
    return parseEvents(text, { maxDepth: 64 });
  } catch {
    return 'throws';
  }
}

/** Whether the fast path applied; fails the test if it applied and disagrees with js-yaml. */
function agrees(text: string): boolean {
  const fast = fastEvents(text, 64);
  if (fast === undefined) return false;
  const expected = jsYaml(text);
  if (expected === 'throws') throw new Error(`fast path accepted text js-yaml rejects:\n${JSON.stringify(text)}`);
  expect(fast).toEqual(expected);
  return true;
}

describe('fastEvents', () => {
  test('applies to real manifests and gives js-yaml’s events', async () => {
    const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml'));
    for (const file of examples) expect(agrees(fs.readFileSync(path.join(root, 'examples', file), 'utf8'))).toBe(true);
    const gen = (await import(pathToFileURL(path.join(root, 'bench/gen.mjs')).href)) as {
      site: (s: number) => Record<string, Array<{ text: string }>>;
    };
    for (const s of [1, 3, 4, 5, 7, 9, 17]) {
      for (const docs of Object.values(gen.site(s)))
        expect(agrees(`# header\n${docs.map((d) => d.text).join('---\n')}`)).toBe(true);
    }
  });

  test.each([
    ['empty text', ''],
    ['only comments', '# a\n  # b\n\n'],
    ['empty documents', '---\n---\n'],
    ['a document after comments and blank lines', '# c\n\n---   # note\n\na: 1\n'],
    ['empty values', 'a:\nb:\n  c:\nd:   # note\n'],
    ['empty value at the end without a line break', 'a: 1\nb:'],
    ['trailing spaces at the end of the text', 'a: b\n   '],
    ['trailing spaces after a value', 'a: b   \nc: d\n'],
    ['keys with spaces and odd characters', 'a b: 1\nhvlint.dev/owner: x\n"not": plain\n'],
    ['values with colons and hashes', 'a: C:\\x\\y\nb: 10:20:30\nc: x#y\nd: x # comment\n'],
    ['quoted values', `a: "x y"\nb: 'it''s'\nc: ""\nd: "a" # c\n`],
    ['flow collections', 'a: [1, 2, [3]]\nb: {x: 1, "y": [2], z: {w: v}}\nc: []\nd: {}\ne: [a, b, ]\n'],
    ['sequences of mappings', 'a:\n  - x: 1\n    y: 2\n  - z\n  - [1]\n  - "q"\n'],
    ['a root sequence', '- a\n- b: 1\n  c: 2\n'],
    ['deeper nesting', 'a:\n  b:\n    c:\n      - d:\n          e: 1\n'],
    ['documents separated', 'a: 1\n---\nb: 2\n---\n- c\n'],
  ])('%s', (_name, text) => {
    // applies or not, it must agree
    agrees(text);
  });

  // Edge cases from review, where the fast path applies (most of them) and must give
  // exactly js-yaml's events: plain scalars with `:`, `#`, `?`, `-`, `@`, `%` inside or at
  // the end, keys with quotes, flows with odd spacing and indicators, comments after values,
  // trailing spaces, `---` variants, non-ASCII and no-break spaces, long keys.
  test('review edge cases agree with js-yaml, and the fast path takes most of them', () => {
    const cases = [
      'a: b : c\n',
      'a: http://x\n',
      'a: b#c\n',
      'a: b  # c\n',
      'a"b": 1\n',
      "a'b: 1\n",
      'a: [1, 2] # c\n',
      'a: {b: c} # x\n',
      'a: b \nc: d \n',
      'a:   \n',
      'a: "b"   \n',
      '- a   \n',
      '--- \na: 1\n',
      '--- # c\na: 1\n',
      '---a: 1\n',
      '----\n',
      'a: 1\n--- \n',
      'é: ü\n',
      'a: 日本\n',
      'a: \u00a0\n',
      'a:\u00a0b\n',
      '\u00a0: 1\n',
      'a: b\u00a0\n',
      'a: b\u00a0# c\n',
      'a: b \u00a0#c\n',
      'a: b\u2028c\n',
      'a: b\u2029\n',
      'a: ?b\n',
      '?a: 1\n',
      'a: -b\n',
      'a: --- \n',
      'a: ---\n',
      '- ---\n',
      '- ...\n',
      'a: ...\n',
      'a: b:c\n',
      'a:b\n',
      'a: [a b, c d]\n',
      'a: [a:b]\n',
      'a: {a: b:c}\n',
      'a: {a:b}\n',
      'a: {"a":b}\n',
      'a: [-a]\n',
      'a: [a#b]\n',
      'a: [?a]\n',
      'a: {?a: b}\n',
      'a: {a: b,}\n',
      'a: [:a]\n',
      'a: {:a: b}\n',
      'a: [ ]\n',
      'a: { }\n',
      'a: [[]]\n',
      'a: [{}]\n',
      'a: [a , b ]\n',
      'a: [ a,b ]\n',
      'a: {a : b}\n',
      'a: {"a" : b}\n',
      "a: {'a': 'b'}\n",
      'a: ["a" , "b"]\n',
      'a: "x\'y"\n',
      "a: ''''\n",
      'a: "#"\n',
      'a: "a # b"\n',
      'a: 1\nb: 2',
      'a: 1\nb:',
      '- a',
      'a: [1]',
      '# c',
      'a: 1 # c',
      'a: b\n ',
      'a:\n\n  b: 1\n',
      '- a\n-\n- c\n',
      'a: b #\n',
      'a: #\n',
      'a: # x\n  b: 1\n',
      'a:    # x\n  - b\n',
      'a: x%\n',
      'a: x@\n',
      'a: x!\n',
      'a: x&\n',
      'a: x*\n',
      'a: x|\n',
      'a@: 1\n',
      '-  a: 1\n   b: 2\n',
      'a: x \ny: z\n',
      '\n\n---\na: 1\n',
      '---\n---\na: 1\n',
      '--- \n--- \n',
      `${'k'.repeat(2000)}: v\n`,
      `a: ${'x'.repeat(100_000)}\n`,
    ];
    const applied = cases.filter((text) => agrees(text)).length;
    expect(applied).toBeGreaterThan(75);
  });

  test.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['block scalars', 'a: |\n  text\n'],
    ['multi-line plain scalars', 'a: b\n  c\n'],
    ['a deeper comment after a value', 'a: b\n  # c\nd: e\n'],
    ['multi-line flows', 'a: [1,\n  2]\n'],
    ['escapes', 'a: "x\\ty"\n'],
    ['indentless sequences', 'a:\n- b\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['CRLF', 'a: 1\r\nb: 2\r\n'],
    ['a BOM', '\ufeffa: 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['document end markers', 'a: 1\n...\n'],
    ['duplicate-free but broken', 'a: b: c\n'],
    ['bad indentation', 'a:\n    b: 1\n  c: 2\n'],
  ])('gives up on %s', (_name, text) => {
    expect(fastEvents(text, 64)).toBeUndefined();
  });

  test('gives up when the depth limit is low (js-yaml enforces it)', () => {
    expect(fastEvents('a: 1\n', 64)).toBeDefined();
    expect(fastEvents('a: 1\n', 3)).toBeUndefined();
  });

  const key = fc.constantFrom(
    'a',
    'name',
    'spec',
    'x y',
    'hvlint.dev/owner',
    '-k',
    'k#1',
    '"q"',
    "'s'",
    '? k',
    'k:v',
    '[k]',
    '&a k',
    'C:\\x',
    '---',
    '...',
    '%x',
    '',
  );
  const value = fc.constantFrom(
    '',
    '1',
    'x',
    'a b',
    'x # c',
    'x#y',
    '"q"',
    '"q" # c',
    '"a\\"b"',
    "'s'",
    "'it''s'",
    '[1, 2]',
    '[a, [b]]',
    '{a: 1}',
    '{a: 1, b: [2, 3]}',
    '{a}',
    '[a: 1]',
    '[]',
    '{}',
    '[a, ]',
    '[, a]',
    '10:20:30',
    'C:\\x',
    'a: b',
    '- x',
    '&a x',
    '*a',
    '!!str x',
    '|',
    '>',
    '# c',
    ' x ',
    '-1',
    '?x',
    ':x',
    '"unterminated',
    '[unterminated',
    'é',
    '\u00a0x',
    'x\u2028y',
  );
  const line = fc.oneof(
    fc.tuple(fc.nat(8), key, value).map(([indent, k, v]) => `${' '.repeat(indent)}${k}:${v === '' ? '' : ` ${v}`}`),
    fc.tuple(fc.nat(8), value).map(([indent, v]) => `${' '.repeat(indent)}- ${v}`),
    fc.tuple(fc.nat(8), key, value).map(([indent, k, v]) => `${' '.repeat(indent)}- ${k}: ${v}`),
    fc.tuple(fc.nat(8), value).map(([indent, v]) => `${' '.repeat(indent)}${v}`),
    fc.constantFrom('---', '--- # c', '...', '', '   ', '# comment', '    # indented comment', '-', '- ', 'a:'),
  );
  const text = fc
    .tuple(fc.array(line, { maxLength: 14 }), fc.boolean())
    .map(([lines, newline]) => lines.join('\n') + (newline ? '\n' : ''));

  test('generated YAML-like text: agrees with js-yaml whenever it applies', () => {
    let applied = 0;
    fc.assert(
      fc.property(text, (t) => {
        if (agrees(t)) applied++;
      }),
      { numRuns: 4000, seed: 7 },
    );
    // the generator reaches the fast path often enough for the comparison to mean something
    expect(applied).toBeGreaterThan(400);
  });

  type Node = { map: Array<[string, Node]> } | { seq: Node[] } | { scalar: string };
  // mostly the keys and values manifests have, sometimes anything
  const usualKey = fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom('a', 'name', 'spec', 'x y', 'hvlint.dev/owner', 'k-1') },
    { weight: 1, arbitrary: key },
  );
  const usualValue = fc.oneof(
    {
      weight: 30,
      arbitrary: fc.constantFrom(
        '',
        '1',
        'x',
        'a b',
        'x # c',
        '"q"',
        "'s'",
        '[1, 2]',
        '{a: 1, b: [2]}',
        'C:\\x',
        '10:20',
      ),
    },
    { weight: 1, arbitrary: value },
  );
  const { node } = fc.letrec<{ node: Node }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      usualValue.map((v) => ({ scalar: v })),
      fc.array(fc.tuple(usualKey, tie('node')), { minLength: 1, maxLength: 4 }).map((map) => ({ map })),
      fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
    ),
  }));
  const decoration = fc.constantFrom('', '', '', '', '# c', '  # c', '', '   ');

  /** Block YAML for a node, with consistent indentation (the usual shape of a manifest). */
  function render(n: Node, indent: number, step: number, decorate: () => string): string[] {
    const pad = ' '.repeat(indent);
    const lines: string[] = [];
    const extra = (): void => {
      const d = decorate();
      if (d) lines.push(d);
    };
    if ('scalar' in n) return [`${pad}${n.scalar}`];
    if ('map' in n) {
      for (const [k, v] of n.map) {
        extra();
        if ('scalar' in v) lines.push(`${pad}${k}:${v.scalar === '' ? '' : ` ${v.scalar}`}`);
        else lines.push(`${pad}${k}:`, ...render(v, indent + step, step, decorate));
      }
      return lines;
    }
    for (const item of n.seq) {
      extra();
      if ('scalar' in item) lines.push(`${pad}- ${item.scalar}`);
      else if ('map' in item) {
        const [first, ...rest] = render(item, indent + 2, step, decorate);
        lines.push(`${pad}- ${first!.slice(indent + 2)}`, ...rest);
      } else lines.push(`${pad}-`, ...render(item, indent + step, step, decorate));
    }
    return lines;
  }

  test('generated block YAML: agrees with js-yaml whenever it applies', () => {
    let applied = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.tuple(usualKey, node), { minLength: 1, maxLength: 5 }).map((map): Node => ({ map })),
          { minLength: 1, maxLength: 3 },
        ),
        fc.constantFrom(1, 2, 4),
        fc.array(decoration, { minLength: 1, maxLength: 20 }),
        (docs, step, decorations) => {
          let i = 0;
          const decorate = (): string => decorations[i++ % decorations.length]!;
          const t = docs.map((d) => render(d, 0, step, decorate).join('\n') + '\n').join('---\n');
          if (agrees(t)) applied++;
        },
      ),
      { numRuns: 4000, seed: 13 },
    );
    expect(applied).toBeGreaterThan(300);
  });

  test('mutated manifests: agrees with js-yaml whenever it applies', () => {
    const sources = fs
      .readdirSync(path.join(root, 'examples'))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
    const edit = fc.record({
      at: fc.nat(),
      drop: fc.nat(3),
      insert: fc.constantFrom(
        '',
        ' ',
        '  ',
        '\n',
        ':',
        ': ',
        '- ',
        '#',
        ' #',
        '"',
        "'",
        '[',
        ']',
        '{',
        '}',
        ',',
        '---\n',
        'x',
        '&',
        '*',
        '!',
        '|',
        '\n  ',
        '\n- ',
      ),
    });
    let applied = 0;
    fc.assert(
      fc.property(fc.nat(sources.length - 1), fc.array(edit, { minLength: 1, maxLength: 3 }), (which, edits) => {
        let t = sources[which]!;
        for (const e of edits) {
          const at = e.at % (t.length + 1);
          t = t.slice(0, at) + e.insert + t.slice(at + e.drop);
        }
        if (agrees(t)) applied++;
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(applied).toBeGreaterThan(600);
  });
});
