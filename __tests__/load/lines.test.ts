/**
 * The line scanner (src/load/yaml/lines.ts) finds the comments js-yaml's event stream
 * implies: a `#` after whitespace that is not inside a scalar's range.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseEvents, EVENT_ID, SCALAR_STYLE } from 'js-yaml';
import { YamlLines, findUnclosed } from '../../src/load/yaml/lines.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Per line start: the comment's offset, from js-yaml's scalar ranges (the reference). */
function commentsByEvents(text: string): Map<number, number> {
  const scalars: Array<[number, number]> = [];
  for (const event of parseEvents(text, { maxDepth: 1000 })) {
    if (event.type !== EVENT_ID.SCALAR || event.valueStart < 0) continue;
    const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
    scalars.push([event.valueStart - (quoted ? 1 : 0), event.valueEnd + (quoted ? 1 : 0)]);
  }
  const inScalar = (offset: number): boolean => scalars.some(([s, e]) => offset >= s && offset < e);
  const comments = new Map<number, number>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    for (let i = line.indexOf('#'); i !== -1; i = line.indexOf('#', i + 1)) {
      const before = i === 0 ? ' ' : line[i - 1];
      if ((before === ' ' || before === '\t') && !inScalar(lineStart + i)) {
        comments.set(lineStart, lineStart + i);
        break;
      }
    }
    lineStart += line.length + 1;
  }
  return comments;
}

function commentsByScanner(text: string): Map<number, number> {
  const lines = new YamlLines(text);
  const comments = new Map<number, number>();
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const hash = lines.commentStart(lineStart);
    if (hash !== -1) comments.set(lineStart, hash);
    lineStart += line.length + 1;
  }
  return comments;
}

const CASES: Record<string, string> = {
  'quoted strings': `a: "x # y" # real\nb: 'it''s # not' # real\nc: plain#glued # real\n`,
  'multi-line quoted': `a: "one # two\n  # three" # real\nb: 'x\n  # y'\n`,
  'block scalars': `a: |\n  # inside\n  text # inside\n\n  # inside after a blank\nb: >-\n  # inside\n# outside\nc:\n  - |\n    # inside\n  - x # outside\n  - key: |2\n      # inside\n    other: 1 # outside\n`,
  'anchors and tags': `a: &anchor "x # y" # real\nb: !!str 'p # q' # real\n`,
  'flow collections': `a: [x, "y # z", {k: 'v # w'}] # real\nb: {"k": "v # w"} # real\n`,
  documents: `# top\n--- # marker\na: 1 # c\n--- |\n  # inside\n...\n# after\n`,
};

describe('YamlLines', () => {
  test.each(Object.entries(CASES))('%s: the comments js-yaml implies', (_name, text) => {
    expect([...commentsByScanner(text)]).toEqual([...commentsByEvents(text)]);
  });

  test('the examples: the comments js-yaml implies', () => {
    const dir = path.join(root, 'examples');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      expect([file, ...commentsByScanner(text)]).toEqual([file, ...commentsByEvents(text)]);
    }
  });

  test('lines inside a block scalar or a quoted scalar that goes on', () => {
    const text = `a: |\n  one\nb: "two\n  three"\nc: 1\n`;
    const lines = new YamlLines(text);
    const starts = [0, 5, 11, 19, 29];
    expect(starts.map((s) => lines.startsInScalar(s))).toEqual([false, true, false, true, false]);
  });
});

describe('findUnclosed', () => {
  test('skips block scalars and keeps a value place after an anchor', () => {
    expect(findUnclosed('a: |\n  it "is [open\nb: [x\n', 26)).toBe(23);
    expect(findUnclosed('a: &x "open\n', 12)).toBe(6);
  });
});
