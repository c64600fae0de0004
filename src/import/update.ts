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
import type { PosNode } from '../load/yaml/yaml.js';
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
    const have = pair.declared.value['spec'] as Json;
    const observedSpec = (pair.observed.value['spec'] ?? {}) as Json;
    const want = pair.declared.kind === 'Switch' ? switchWant(have, observedSpec) : observedSpec;
    if (specNode) diffNode(have, want, specNode, text, pair.declared.file, edit);
  }

  // Objects the manifests do not have: new documents, into the file the layout names.
  const known = new Set(documents.map((d) => `${d.kind}\u0000${nameKey(d.name)}`));
  // VMs, NLB clusters and switches are paired as the audit pairs them (an NLB cluster by VIP too).
  const paired = new Set(['VirtualMachine', 'NlbCluster', 'Switch']);
  const unpaired = new Set(
    [...built.vms, ...built.nlbClusters, ...built.switches]
      .filter((p) => !p.declared && p.doc)
      .map((p) => `${p.doc!.kind}\u0000${nameKey(p.doc!.name)}`),
  );
  const imported = importInventory(inventory, layout);
  const additions = new Map<string, string[]>();
  for (const doc of imported.documents) {
    const id = `${doc.kind}\u0000${nameKey(doc.name)}`;
    if (paired.has(doc.kind) ? !unpaired.has(id) : known.has(id)) continue;
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

// --- What a switch manifest should say ---------------------------------------------------------------

/** Group MAC of a bridge group, separators and case aside (a 239.255.x.y group as its MAC, RFC 1112). */
function groupKey(group: { [key: string]: Value }): string {
  const mac = typeof group['mac'] === 'string' ? group['mac'].replace(/[^0-9a-f]/gi, '').toLowerCase() : '';
  let key = mac;
  if (!key && typeof group['group'] === 'string') {
    const octets = group['group'].split('.').map(Number);
    if (octets.length === 4)
      key = `01005e${(octets[1]! & 0x7f).toString(16).padStart(2, '0')}${octets[2]!.toString(16).padStart(2, '0')}${octets[3]!.toString(16).padStart(2, '0')}`;
  }
  return `${String(group['vlan'])}:${key || String(group['group'] ?? '')}`;
}

/**
 * A switch's running configuration says more and less than its manifest (ports, descriptions,
 * MAC notation): only what the drift audit compares is taken from it — IGMP snooping, bridge
 * multicast groups and their members, static ARP entries. The rest stays as declared.
 */
function switchWant(have: Json, observed: Json): Json {
  if (!isMap(have) || !isMap(observed)) return have;
  const want: { [key: string]: Value } = { ...have };
  if (observed['igmpSnooping'] !== undefined) want['igmpSnooping'] = observed['igmpSnooping'];
  const seenVlans = new Map(
    ((observed['vlans'] as Value[] | undefined) ?? []).filter(isMap).map((v) => [String(v['id']), v] as const),
  );
  if (Array.isArray(have['vlans']))
    want['vlans'] = have['vlans'].map((vlan) => {
      if (!isMap(vlan)) return vlan;
      const seen = seenVlans.get(String(vlan['id']));
      return seen && seen['igmpSnooping'] !== undefined ? { ...vlan, igmpSnooping: seen['igmpSnooping'] } : vlan;
    });
  const seenGroups = ((observed['bridgeMulticastGroups'] as Value[] | undefined) ?? []).filter(isMap);
  const declaredGroups = ((have['bridgeMulticastGroups'] as Value[] | undefined) ?? []).filter(isMap);
  const byKey = new Map(seenGroups.map((g) => [groupKey(g), g] as const));
  const groups: Value[] = [];
  for (const group of declaredGroups) {
    const seen = byKey.get(groupKey(group));
    if (!seen) continue;
    byKey.delete(groupKey(group));
    const out: { [key: string]: Value } = { ...group };
    for (const members of ['lags', 'ports']) {
      if (seen[members] !== undefined) out[members] = seen[members];
      else delete out[members];
    }
    groups.push(out);
  }
  groups.push(...byKey.values());
  if (groups.length > 0 || have['bridgeMulticastGroups'] !== undefined) want['bridgeMulticastGroups'] = groups;
  if (observed['staticArp'] !== undefined || have['staticArp'] !== undefined) {
    const seenArp = new Map(
      ((observed['staticArp'] as Value[] | undefined) ?? []).filter(isMap).map((e) => [String(e['ip']), e] as const),
    );
    const arp: Value[] = [];
    for (const entry of ((have['staticArp'] as Value[] | undefined) ?? []).filter(isMap)) {
      const seen = seenArp.get(String(entry['ip']));
      if (!seen) continue;
      seenArp.delete(String(entry['ip']));
      arp.push(
        String(seen['mac'])
          .replace(/[^0-9a-f]/gi, '')
          .toLowerCase() ===
          String(entry['mac'])
            .replace(/[^0-9a-f]/gi, '')
            .toLowerCase()
          ? entry
          : { ...entry, mac: seen['mac']! },
      );
    }
    arp.push(...seenArp.values());
    want['staticArp'] = arp;
  }
  return want;
}

// --- Minimal edits ---------------------------------------------------------------------------------

/**
 * Keys the inventory speaks for (what the drift audit compares). Others (a guest, a cluster MAC,
 * port rules, boot and purpose of a drive, a disk's size) are left as the manifest has them.
 */
const INVENTORY_KEYS = new Set([
  'generation',
  'host',
  'cluster',
  'memory',
  'startupMB',
  'minimumMB',
  'maximumMB',
  'dynamic',
  'processorCount',
  'memoryMB',
  'logicalProcessors',
  'controllers',
  'number',
  'drives',
  'location',
  'kind',
  'path',
  'format',
  'type',
  'networkAdapters',
  'switch',
  'vlan',
  'macAddress',
  'macAddressSpoofing',
  'checkpoints',
  'vip',
  'subnetMask',
  'mode',
  'nodes',
  'igmpSnooping',
  'vlans',
  'bridgeMulticastGroups',
  'lags',
  'ports',
  'staticArp',
  'mac',
]);

/** Values a manifest may leave out (the schema's defaults): adding or removing them changes nothing. */
const DEFAULTS: Record<string, Plain> = {
  macAddressSpoofing: false,
  legacy: false,
  dynamic: false,
  boot: false,
  kind: 'disk',
};

const isDefault = (key: string, value: Json, parentPath: string): boolean =>
  (key in DEFAULTS && DEFAULTS[key] === value) ||
  (key === 'type' && value === 'standard' && parentPath.includes('checkpoints'));

type Edit = (file: string, start: number, end: number, text: string) => void;

const isMap = (v: Json): v is { [key: string]: Value } => v !== null && typeof v === 'object' && !Array.isArray(v);
const isPlainValue = (v: Json): v is Plain => v === null || (v !== undefined && typeof v !== 'object');

const MAC = /^[0-9a-f]{2}([-:.]?)(?:[0-9a-f]{2}\1){4}[0-9a-f]{2}$/i;
const WINDOWS_PATH = /^(?:[a-z]:\\|\\\\)/i;

/** Equal as the audit compares them: MACs in any notation, Windows paths in any case. */
function same(a: Json, b: Json): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    if (MAC.test(a) && MAC.test(b))
      return a.replace(/[^0-9a-f]/gi, '').toLowerCase() === b.replace(/[^0-9a-f]/gi, '').toLowerCase();
    if (WINDOWS_PATH.test(a) && WINDOWS_PATH.test(b))
      return a.replace(/\//g, '\\').toLowerCase() === b.replace(/\//g, '\\').toLowerCase();
  }
  if (isMap(a) && isMap(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => same(a[k], b[k]));
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
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
    return `grp:${groupKey(item)}`;
  return undefined;
}

function diffNode(have: Json, want: Json, node: PosNode, text: string, file: string, edit: Edit, where = ''): void {
  if (same(have, want) || want === undefined) return;
  if (isPlainValue(want) || isPlainValue(have) || have === undefined || Array.isArray(want) !== Array.isArray(have)) {
    replaceValue(want, node, text, file, edit);
    return;
  }
  if (isFlow(node, text)) {
    // A flow collection is rewritten whole, with what the inventory does not speak for kept.
    edit(file, node.start, valueEnd(node, text), flow(merged(have, want, where)));
    return;
  }
  if (Array.isArray(want) && Array.isArray(have)) {
    diffList(have, want, node, text, file, edit, where);
    return;
  }
  if (isMap(want) && isMap(have) && node.map) diffMap(have, want, node, text, file, edit, where);
}

/** Where a node's text ends: for a flow collection its closing bracket (the tree may stop at its last value). */
function valueEnd(node: PosNode, text: string): number {
  if (!isFlow(node, text)) {
    // A block collection ends with its last child.
    const children = node.map ? [...node.map.values()] : (node.seq ?? []);
    const last = children[children.length - 1];
    return last ? Math.max(node.end, valueEnd(last, text)) : node.end;
  }
  let depth = 0;
  let quote: string | undefined;
  for (let i = node.start; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = undefined;
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return node.end;
}

/** `want`, with what `have` says and the inventory does not speak for kept (for rewriting a flow collection). */
function merged(have: Json, want: Json, where: string): Value {
  if (isMap(have) && isMap(want)) {
    const out: { [key: string]: Value } = {};
    for (const [key, value] of Object.entries(have)) {
      if (!INVENTORY_KEYS.has(key)) out[key] = value;
      else if (want[key] !== undefined) out[key] = merged(value, want[key], `${where}.${key}`);
      else if (isDefault(key, value, where)) out[key] = value;
    }
    for (const [key, value] of Object.entries(want))
      if (!(key in out) && value !== undefined && INVENTORY_KEYS.has(key) && !isDefault(key, value, where))
        out[key] = value;
    return out;
  }
  if (Array.isArray(have) && Array.isArray(want) && have.length === want.length)
    return want.map((w, i) => merged(have[i], w, `${where}.${i}`));
  return want as Value;
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
  where = '',
): void {
  const children = [...node.map!.entries()];
  for (const [key, child] of children) {
    if (!INVENTORY_KEYS.has(key)) continue;
    if (!(key in want) || want[key] === undefined) {
      if (isDefault(key, have[key], where)) continue;
      // A key the inventory says is gone: its lines go.
      edit(file, lineStart(text, child.keyStart), lineEnd(text, Math.max(child.keyEnd, valueEnd(child, text) - 1)), '');
    } else diffNode(have[key], want[key], child, text, file, edit, `${where}.${key}`);
  }
  const keys = Object.keys(want);
  const added = keys.filter(
    (key) => want[key] !== undefined && !(key in have) && INVENTORY_KEYS.has(key) && !isDefault(key, want[key], where),
  );
  // Each after the nearest key before it (in the observed document's order) that the manifest has;
  // keys that land at one place go in one edit, in that order.
  const inserts = new Map<number, string>();
  const indent = column(text, children[0]![1].keyStart);
  for (const key of added) {
    const before = keys
      .slice(0, keys.indexOf(key))
      .reverse()
      .find((k) => node.map!.has(k));
    let at: number;
    if (before) {
      const anchor = node.map!.get(before)!;
      at = lineEnd(text, Math.max(anchor.keyEnd, valueEnd(anchor, text) - 1));
    } else at = lineStart(text, children[0]![1].keyStart);
    inserts.set(at, (inserts.get(at) ?? '') + blockEntry(key, want[key]!, indent));
  }
  for (const [at, block] of inserts) {
    const prefix = at === text.length && !text.endsWith('\n') ? '\n' : '';
    edit(file, at, at, prefix + block);
  }
}

function diffList(
  have: Value[],
  want: Value[],
  node: PosNode,
  text: string,
  file: string,
  edit: Edit,
  where: string,
): void {
  const items = node.seq ?? [];
  const ids = have.map(identity);
  if (
    ids.some((id) => id === undefined) ||
    want.some((w) => identity(w) === undefined) ||
    items.length !== have.length
  ) {
    // Items without an identity: compare by position when the lengths agree, else rewrite the list.
    if (have.length === want.length && items.length === have.length)
      have.forEach((item, i) => diffNode(item, want[i], items[i]!, text, file, edit, `${where}.${i}`));
    else replaceBlockList(want, node, text, file, edit);
    return;
  }
  const wanted = new Map(want.map((w) => [identity(w)!, w]));
  have.forEach((item, i) => {
    const target = wanted.get(ids[i]!);
    const itemNode = items[i]!;
    if (target === undefined)
      edit(file, lineStart(text, itemNode.start), lineEnd(text, valueEnd(itemNode, text) - 1), '');
    else diffNode(item, target, itemNode, text, file, edit, `${where}.${i}`);
  });
  const present = new Set(ids);
  const added = want.filter((w) => !present.has(identity(w)!));
  if (added.length === 0) return;
  const lastNode = items[items.length - 1]!;
  const dash = text.lastIndexOf('-', lastNode.start);
  const indent = column(text, dash);
  const at = lineEnd(text, valueEnd(lastNode, text) - 1);
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
  const end = lineEnd(text, valueEnd(items[items.length - 1]!, text) - 1);
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

/** Remove a whole document with one `---` separator (the one before it, or after it for the first). */
function removeDocument(doc: ManifestDocument, text: string, edit: Edit): void {
  const separators: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(/^---(?:[ \t][^\n]*)?(?:\n|$)/gm))
    separators.push({ start: match.index, end: match.index + match[0].length });
  const before = separators.filter((sep) => sep.start <= doc.start).pop();
  const after = separators.find((sep) => sep.start > doc.start);
  if (before) edit(file(doc), before.start, after ? after.start : text.length, '');
  else edit(file(doc), lineStart(text, doc.start), after ? after.end : text.length, '');
}

const file = (doc: ManifestDocument): string => doc.file;
