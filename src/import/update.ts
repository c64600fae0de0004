/**
 * import --update: existing manifests brought in line with an inventory, as minimal text edits
 * applied through the fix writer (src/fix/): a changed value replaces its token (keeping its
 * quotes), a new key or list item is inserted after its siblings, a vanished one loses its lines.
 * Comments, key order and everything the inventory does not know stay as they are.
 *
 * What the documents should say is drift's observed estate (src/drift/observed.ts): the declared
 * manifests corrected by everything the inventory knows. Objects the inventory has and the
 * manifests do not come from `importInventory` and go to the file the layout names; objects the
 * manifests have and the audited inventory does not are listed, and removed only with `prune`.
 */
import * as path from 'node:path';
import type { TextEdit } from '../types.js';
import { discover, toDisplayPath } from '../discover/index.js';
import { loadAndValidate, resolveLimits } from '../lint.js';
import { Estate, nameKey } from '../model/estate.js';
import type { ManifestDocument } from '../model/document.js';
import type { PosNode } from '../load/yaml.js';
import { buildObservedEstate } from '../drift/observed.js';
import type { Inventory, InventoryProblem } from '../drift/inventory/types.js';
import { applyEdits } from '../fix/apply.js';
import type { FileChange } from '../fix/index.js';
import { emitDocument, scalar, type Plain, type Value } from './emit.js';
import { importInventory, renderDocument, type Layout } from './build.js';

export interface UpdateOptions {
  cwd: string;
  inventory: Inventory;
  /** Manifest files and directories (default: cwd). */
  paths: string[];
  layout: Layout;
  /** Where new files go (default: the first path, or its directory when it is a file). */
  out?: string;
  prune: boolean;
}

export interface Vanished {
  kind: string;
  name: string;
  file: string;
  line: number;
}

export interface UpdateResult {
  /** Manifests read. */
  manifests: number;
  /** Changed and new files (`before` is empty for a new file), sorted by name. */
  changes: FileChange[];
  vanished: Vanished[];
  problems: InventoryProblem[];
}

type Json = Value | undefined;

export async function updateManifests(options: UpdateOptions): Promise<UpdateResult> {
  const { files } = discover({ cwd: options.cwd, paths: options.paths });
  const loaded = loadAndValidate(files, resolveLimits({}));
  const documents = loaded.documents;
  const texts = new Map([...loaded.sources].map(([file, source]) => [file, source.text]));
  const outDir = options.out ?? defaultOut(options.cwd, options.paths);
  const result = planUpdate(documents, texts, options.inventory, options.layout, outDir, options.prune);
  return { ...result, manifests: documents.length };
}

function defaultOut(cwd: string, paths: string[]): string {
  const first = paths[0];
  if (!first) return '.';
  return /\.ya?ml$/i.test(first) ? toDisplayPath(cwd, path.dirname(path.resolve(cwd, first))) : first;
}

/** The update as text changes, without touching the disk: for the CLI, the action and tests. */
export function planUpdate(
  documents: ManifestDocument[],
  texts: Map<string, string>,
  inventory: Inventory,
  layout: Layout,
  outDir: string,
  prune: boolean,
): Omit<UpdateResult, 'manifests'> {
  const declared = new Estate(documents);
  const built = buildObservedEstate(declared, inventory);
  const edits = new Map<string, TextEdit[]>();
  const edit = (file: string, startOffset: number, endOffset: number, text: string): void => {
    const list = edits.get(file) ?? [];
    list.push({ file, startOffset, endOffset, text });
    edits.set(file, list);
  };
  const vanished: Vanished[] = [];
  const gone = (doc: ManifestDocument): void => {
    vanished.push({
      kind: doc.kind,
      name: doc.name,
      file: doc.file,
      line: doc.source.range(doc.start, doc.start).line,
    });
    if (prune) removeDocument(doc, texts.get(doc.file)!, edit);
  };

  // Declared objects the inventory knows: edit toward the observed document.
  const pairs: Array<{ declared?: ManifestDocument; observed?: ManifestDocument }> = [
    ...built.hosts,
    ...built.vms,
    ...built.nlbClusters,
    ...built.switches,
  ].map((p) => ({ ...(p.declared ? { declared: p.declared } : {}), ...(p.doc ? { observed: p.doc } : {}) }));
  for (const pair of pairs) {
    if (!pair.declared) continue;
    if (!pair.observed) {
      gone(pair.declared);
      continue;
    }
    const root = pair.declared.root;
    if (!root?.map) continue;
    const text = texts.get(pair.declared.file)!;
    const specNode = root.map.get('spec');
    const want = (pair.observed.value['spec'] ?? {}) as Json;
    const have = pair.declared.value['spec'] as Json;
    if (specNode) diffNode(have, want, specNode, text, pair.declared.file, edit);
  }

  // Objects the manifests do not have: new documents, into the file the layout names.
  const known = new Set(documents.map((d) => `${d.kind}\u0000${nameKey(d.name)}`));
  const matched = new Set(
    [...built.vms, ...built.nlbClusters, ...built.switches]
      .filter((p) => p.declared && p.observed)
      .map((p) => `${p.doc!.kind}\u0000${nameKey(p.doc!.name)}`),
  );
  const imported = importInventory(inventory, layout);
  const additions = new Map<string, string[]>();
  for (const doc of imported.documents) {
    const id = `${doc.kind}\u0000${nameKey(doc.name)}`;
    if (known.has(id) || matched.has(id)) continue;
    const file = outDir === '.' || outDir === '' ? doc.file : `${outDir.replace(/\/+$/, '')}/${doc.file}`;
    const list = additions.get(file) ?? [];
    list.push(renderDocument(doc));
    additions.set(file, list);
  }

  const changes: FileChange[] = [];
  for (const [file, list] of edits) {
    const before = texts.get(file)!;
    const after = applyEdits(before, list);
    if (after !== before) changes.push({ file, before, after, fixes: [] });
  }
  for (const [file, docs] of additions) {
    const existing = changes.find((c) => c.file === file);
    const before = existing ? existing.after : texts.get(file);
    if (before !== undefined) {
      const joined = `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}---\n${docs.join('---\n')}`;
      if (existing) existing.after = joined;
      else changes.push({ file, before, after: joined, fixes: [] });
    } else {
      const header = `# Added by hvlint import --update from ${inventory.root}.\n# Each TODO says what the inventory cannot know: decide it, then delete the TODO.\n`;
      changes.push({ file, before: '', after: header + docs.join('---\n'), fixes: [] });
    }
  }
  changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  vanished.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { changes, vanished, problems: [...inventory.problems, ...built.problems] };
}

// --- Minimal edits ---------------------------------------------------------------------------------

type Edit = (file: string, start: number, end: number, text: string) => void;

const isMap = (v: Json): v is { [key: string]: Value } => v !== null && typeof v === 'object' && !Array.isArray(v);
const isPlainValue = (v: Json): v is Plain => v === null || (v !== undefined && typeof v !== 'object');

function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isFlow(node: PosNode, text: string): boolean {
  const c = text[node.start];
  return c === '{' || c === '[';
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const n = text.indexOf('\n', offset);
  return n === -1 ? text.length : n + 1;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** A value in flow style, for replacing a flow collection (or a scalar by a collection) whole. */
function flow(value: Value): string {
  if (isPlainValue(value)) return scalar(value, true);
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${scalar(k)}: ${flow(v)}`).join(', ')} }`;
}

/** Block YAML of `{ key: value }` indented to `indent` columns, ending in a line break. */
function blockEntry(key: string, value: Value, indent: number): string {
  return emitDocument({ [key]: value })
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => `${' '.repeat(indent)}${l}\n`)
    .join('');
}

/** The identity of a list item, so lists are compared item by item rather than by position. */
function identity(item: Json): string | undefined {
  if (!isMap(item)) return undefined;
  for (const key of ['name', 'vm', 'id', 'ip'])
    if (item[key] !== undefined && isPlainValue(item[key])) return `${key}:${String(item[key]).toLowerCase()}`;
  if (item['type'] !== undefined && item['number'] !== undefined)
    return `ctl:${String(item['type'])}:${String(item['number'])}`;
  if (item['location'] !== undefined) return `loc:${String(item['location'])}`;
  if (item['vlan'] !== undefined && (item['mac'] !== undefined || item['group'] !== undefined))
    return `grp:${String(item['vlan'])}:${String(item['mac'] ?? item['group']).toLowerCase()}`;
  return undefined;
}

function diffNode(have: Json, want: Json, node: PosNode, text: string, file: string, edit: Edit): void {
  if (same(have, want) || want === undefined) return;
  if (isPlainValue(want) || isPlainValue(have) || have === undefined || Array.isArray(want) !== Array.isArray(have)) {
    replaceValue(want, node, text, file, edit);
    return;
  }
  if (isFlow(node, text)) {
    edit(file, node.start, node.end, flow(want));
    return;
  }
  if (Array.isArray(want) && Array.isArray(have)) {
    diffList(have, want, node, text, file, edit);
    return;
  }
  if (isMap(want) && isMap(have) && node.map) diffMap(have, want, node, text, file, edit);
}

function replaceValue(want: Value, node: PosNode, text: string, file: string, edit: Edit): void {
  if (isPlainValue(want)) {
    const open = text[node.start];
    const quoted = (open === '"' || open === "'") && node.end - node.start >= 2 && text[node.end - 1] === open;
    const token =
      quoted && typeof want === 'string'
        ? open === "'"
          ? `'${want.replace(/'/g, "''")}'`
          : JSON.stringify(want)
        : scalar(want);
    edit(file, node.start, node.end, token);
  } else edit(file, node.start, node.end, flow(want));
}

function diffMap(
  have: { [key: string]: Value },
  want: { [key: string]: Value },
  node: PosNode,
  text: string,
  file: string,
  edit: Edit,
): void {
  const children = [...node.map!.entries()];
  for (const [key, child] of children) {
    if (!(key in want) || want[key] === undefined) {
      // A key the observed document does not have: its lines go.
      edit(
        file,
        lineStart(text, child.keyStart),
        lineEnd(text, child.end > child.keyStart ? child.end - 1 : child.keyEnd),
        '',
      );
    } else diffNode(have[key], want[key], child, text, file, edit);
  }
  const added = Object.entries(want).filter(([key, value]) => value !== undefined && !(key in have));
  if (added.length === 0) return;
  const last = children[children.length - 1]![1];
  const indent = column(text, children[0]![1].keyStart);
  const at = lineEnd(text, Math.max(last.end - 1, last.keyEnd));
  const prefix = at === text.length && !text.endsWith('\n') ? '\n' : '';
  edit(file, at, at, prefix + added.map(([key, value]) => blockEntry(key, value, indent)).join(''));
}

function diffList(have: Value[], want: Value[], node: PosNode, text: string, file: string, edit: Edit): void {
  const items = node.seq ?? [];
  const ids = have.map(identity);
  if (
    ids.some((id) => id === undefined) ||
    want.some((w) => identity(w) === undefined) ||
    items.length !== have.length
  ) {
    // Items without an identity: compare by position when the lengths agree, else rewrite the list.
    if (have.length === want.length && items.length === have.length)
      have.forEach((item, i) => diffNode(item, want[i], items[i]!, text, file, edit));
    else replaceBlockList(want, node, text, file, edit);
    return;
  }
  const wanted = new Map(want.map((w) => [identity(w)!, w]));
  have.forEach((item, i) => {
    const target = wanted.get(ids[i]!);
    const itemNode = items[i]!;
    if (target === undefined) edit(file, lineStart(text, itemNode.start), lineEnd(text, itemNode.end - 1), '');
    else diffNode(item, target, itemNode, text, file, edit);
  });
  const present = new Set(ids);
  const added = want.filter((w) => !present.has(identity(w)!));
  if (added.length === 0) return;
  const lastNode = items[items.length - 1]!;
  const dash = text.lastIndexOf('-', lastNode.start);
  const indent = column(text, dash);
  const at = lineEnd(text, lastNode.end - 1);
  const prefix = at === text.length && !text.endsWith('\n') ? '\n' : '';
  edit(file, at, at, prefix + blockItems(added, indent));
}

function replaceBlockList(want: Value[], node: PosNode, text: string, file: string, edit: Edit): void {
  const items = node.seq ?? [];
  if (items.length === 0) {
    edit(file, node.start, node.end, flow(want));
    return;
  }
  const dash = text.lastIndexOf('-', items[0]!.start);
  const indent = column(text, dash);
  const start = lineStart(text, dash);
  const end = lineEnd(text, items[items.length - 1]!.end - 1);
  edit(file, start, end, blockItems(want, indent));
}

/** Block list items (`- ...`) with the dash at `indent` columns. */
function blockItems(items: Value[], indent: number): string {
  const pad = ' '.repeat(indent);
  return items
    .map((item) =>
      isPlainValue(item)
        ? `${pad}- ${scalar(item)}\n`
        : emitDocument({ x: [item] })
            .split('\n')
            .slice(1)
            .filter((l) => l !== '')
            .map((l) => `${pad}${l.slice(2)}\n`)
            .join(''),
    )
    .join('');
}

/** Remove a whole document (with its `---` separator) from its file. */
function removeDocument(doc: ManifestDocument, text: string, edit: Edit): void {
  let start = lineStart(text, doc.start);
  let end = doc.end >= text.length ? text.length : lineEnd(text, Math.max(doc.start, doc.end - 1));
  // Take the separator before the document (or after it, for the first one) with it.
  const before = text.lastIndexOf('---', start);
  if (before !== -1 && text.slice(before, start).trim() === '---') start = before;
  else {
    const after = /^---[^\n]*\n/.exec(text.slice(end));
    if (after) end += after[0].length;
  }
  edit(file(doc), start, end, '');
}

const file = (doc: ManifestDocument): string => doc.file;
