/**
 * Source trees on demand. A manifest's tree (the offsets of every key and value) is needed
 * only where a finding is placed, so documents do not keep the one their file was parsed
 * with: on first use a document re-parses its own text, or its file when that cannot give
 * the same tree. On a large estate that keeps most trees from ever being held at once.
 */
import { SourceFile } from '../source.js';
import { parseYaml, type Limits, type PosNode, type YamlDocument } from './yaml.js';

/** How trees were rebuilt, for tests and profiling. */
export const treeStats = { fromDocument: 0, fromFile: 0 };

export interface DocumentText {
  index: number;
  start: number;
  end: number;
  value: unknown;
}

/** For a file: a function giving, for each of its documents, the function that builds that document's tree. */
export function treeBuilder(source: SourceFile, limits: Limits): (doc: DocumentText) => () => PosNode | undefined {
  let trees: YamlDocument[] | undefined;
  const fromFile = (index: number): PosNode | undefined => {
    treeStats.fromFile++;
    trees ??= parseYaml(source, limits).documents;
    return trees.find((d) => d.index === index)?.root;
  };
  return (doc) => () => documentTree(source, doc, limits) ?? fromFile(doc.index);
}

/**
 * The tree of one document, from its own text only. Positions are offsets into the file, so
 * it is the tree the whole file gives whenever the document's text alone parses to the same
 * value; when it does not (a %TAG directive, a broken neighbour), undefined.
 */
function documentTree(source: SourceFile, doc: DocumentText, limits: Limits): PosNode | undefined {
  const parsed = parseYaml(new SourceFile(source.path, source.text.slice(doc.start, doc.end)), limits);
  const first = parsed.documents[0];
  if (!first || first.start !== 0 || !sameValue(first.value, doc.value)) return undefined;
  treeStats.fromDocument++;
  return shift(first.root, doc.start);
}

function shift(node: PosNode, by: number): PosNode {
  const at = (offset: number): number => (offset < 0 ? offset : offset + by);
  const out: PosNode = {
    start: at(node.start),
    end: at(node.end),
    keyStart: at(node.keyStart),
    keyEnd: at(node.keyEnd),
  };
  if (node.map) out.map = new Map([...node.map].map(([key, child]) => [key, shift(child, by)]));
  if (node.seq) out.seq = node.seq.map((child) => shift(child, by));
  return out;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || Object.is(a, b)) return true;
  if (
    a === null ||
    b === null ||
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    Array.isArray(a) !== Array.isArray(b)
  )
    return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i] || !sameValue((a as Record<string, unknown>)[ka[i]!], (b as Record<string, unknown>)[ka[i]!]))
      return false;
  }
  return true;
}
