/**
 * inventory: an inventory directory → what the live estate looks like.
 *
 *   <dir>/<host>/header.json, Get-VM.json, ...   one directory per Hyper-V host or NLB node
 *   <dir>/switches/<name>.txt                    one running configuration per switch
 *
 * A directory holding header.json or Get-VM.json itself is read as a single host directory.
 * Reading the disk happens here only (`readInventoryFiles`); `parseInventory` works on bytes in
 * memory, so tests and the docs checker build inventories without a file system.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode } from '../../load/decode.js';
import { SourceFile } from '../../load/source.js';
import { toDisplayPath } from '../../discover/index.js';
import type { NlbMode } from '../../model/kinds.js';
import { HOST_FILES, MAX_INVENTORY_FILE_BYTES, parseHostDirectory, pathKey, type HostDirectory } from './powershell.js';
import { parseSwitchConfig } from './switch-config.js';
import type { Inventory, InventoryProblem, ObservedNlbCluster, ObservedVm } from './types.js';
import { isInside, realpathOr } from '../../util/paths.js';

export type { Inventory } from './types.js';

export interface InventoryInput {
  /** The inventory directory, as reports show it (relative to the working directory). */
  root: string;
  /** Files by path relative to the root, `/`-separated, with their bytes; `refused` says why a file was not read. */
  files: Array<{ rel: string; bytes: Uint8Array; refused?: string }>;
}

export const SWITCH_DIR = 'switches';
const SWITCH_FILE = /\.(txt|cfg|conf)$/i;
const HOST_FILE_NAMES = new Set(Object.values(HOST_FILES).map((f) => f.toLowerCase()));

/** Read an inventory directory from disk: host directories and switch configurations, two levels deep. */
export function readInventoryFiles(cwd: string, dir: string): InventoryInput {
  const absolute = path.resolve(cwd, dir);
  const root = toDisplayPath(cwd, absolute);
  const files: InventoryInput['files'] = [];
  const stat = fs.statSync(absolute);
  if (!stat.isDirectory()) throw new Error(`"${dir}" is not a directory`);
  // As for manifests, symbolic links are not followed out of the workspace (nor out of the inventory, if it lies elsewhere).
  const allowed = [realpathOr(cwd), realpathOr(absolute)];
  const outside = (full: string): string | undefined => {
    const target = realpathOr(full);
    return allowed.some((root) => isInside(root, target))
      ? undefined
      : `it is a symbolic link to ${target}, outside the workspace: not followed`;
  };
  const take = (rel: string): void => {
    const full = path.join(absolute, ...rel.split('/'));
    const info = fs.statSync(full, { throwIfNoEntry: false });
    if (!info || !info.isFile()) return;
    const refused = outside(full);
    if (refused) {
      files.push({ rel, bytes: new Uint8Array(), refused });
      return;
    }
    // Oversized files are passed on empty-handed so the parser reports them rather than reading them.
    files.push({
      rel,
      bytes:
        info.size > MAX_INVENTORY_FILE_BYTES ? new Uint8Array(MAX_INVENTORY_FILE_BYTES + 1) : fs.readFileSync(full),
    });
  };
  const isDirectory = (entry: fs.Dirent, full: string): boolean =>
    entry.isDirectory() ||
    (entry.isSymbolicLink() && !outside(full) && fs.statSync(full, { throwIfNoEntry: false })?.isDirectory() === true);
  const isFile = (entry: fs.Dirent): boolean => entry.isFile() || entry.isSymbolicLink();
  for (const entry of fs.readdirSync(absolute, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (isFile(entry) && HOST_FILE_NAMES.has(entry.name.toLowerCase())) take(entry.name);
    if (!isDirectory(entry, path.join(absolute, entry.name))) continue;
    for (const inner of fs
      .readdirSync(path.join(absolute, entry.name), { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (!isFile(inner)) continue;
      const wanted =
        entry.name.toLowerCase() === SWITCH_DIR
          ? SWITCH_FILE.test(inner.name)
          : HOST_FILE_NAMES.has(inner.name.toLowerCase());
      if (wanted) take(`${entry.name}/${inner.name}`);
    }
  }
  return { root, files };
}

export function parseInventory(input: InventoryInput): Inventory {
  const problems: InventoryProblem[] = [];
  const sources = new Map<string, SourceFile>();
  const display = (rel: string): string => (input.root === '.' || input.root === '' ? rel : `${input.root}/${rel}`);
  const inventory: Inventory = {
    root: input.root,
    hosts: [],
    vms: [],
    vhds: new Map(),
    nlbClusters: [],
    switches: [],
    problems,
    sources,
    files: input.files.length,
  };

  const hostDirs = new Map<string, HostDirectory>();
  const switchFiles: InventoryInput['files'] = [];
  for (const file of [...input.files].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    const parts = file.rel.split('/');
    if (parts.length === 2 && parts[0]!.toLowerCase() === SWITCH_DIR) {
      if (SWITCH_FILE.test(parts[1]!)) switchFiles.push(file);
      continue;
    }
    if (parts.length > 2 || !HOST_FILE_NAMES.has(parts[parts.length - 1]!.toLowerCase())) continue;
    const dirRel = parts.length === 2 ? parts[0]! : '';
    const dirName = dirRel || path.posix.basename(input.root === '.' ? path.resolve('.') : input.root);
    let dir = hostDirs.get(dirRel);
    if (!dir) hostDirs.set(dirRel, (dir = { dir: dirRel ? display(dirRel) : input.root, dirName, files: new Map() }));
    dir.files.set(
      parts[parts.length - 1]!.toLowerCase(),
      file.refused
        ? { path: display(file.rel), bytes: file.bytes, refused: file.refused }
        : { path: display(file.rel), bytes: file.bytes },
    );
  }

  const vmsByName = new Map<string, ObservedVm>();
  const clusters: ObservedNlbCluster[] = [];
  for (const dir of hostDirs.values()) {
    const result = parseHostDirectory(dir, problems, sources);
    inventory.hosts.push(result.host);
    for (const vm of result.vms) {
      // A cluster-wide export from several nodes lists a clustered VM more than once: the first wins.
      const key = vm.name.toLowerCase();
      if (!vmsByName.has(key)) vmsByName.set(key, vm);
    }
    for (const vhd of result.vhds)
      if (!inventory.vhds.has(pathKey(vhd.path))) inventory.vhds.set(pathKey(vhd.path), vhd);
    for (const cluster of result.nlbClusters) mergeNlbCluster(clusters, cluster);
  }
  inventory.vms = [...vmsByName.values()];
  for (const cluster of clusters) cluster.mode = majorityMode(cluster) ?? cluster.mode;
  inventory.nlbClusters = clusters;

  for (const file of switchFiles) {
    const filePath = display(file.rel);
    const name = path.posix.basename(file.rel).replace(SWITCH_FILE, '');
    if (file.refused) {
      problems.push({
        ruleId: 'drift-inventory',
        messageId: 'unreadable',
        data: { file: filePath, reason: file.refused, what: `switch "${name}"` },
        at: { source: new SourceFile(filePath, ''), start: 0, end: 0 },
      });
      continue;
    }
    const decoded = decode(file.bytes);
    if (!decoded.ok || file.bytes.length > MAX_INVENTORY_FILE_BYTES) {
      const reason = decoded.ok ? `it is larger than ${MAX_INVENTORY_FILE_BYTES / 1024 / 1024} MiB` : decoded.reason;
      problems.push({
        ruleId: 'drift-inventory',
        messageId: decoded.ok ? 'unreadable' : 'encoding',
        data: { file: filePath, reason, what: `switch "${name}"` },
        at: { source: new SourceFile(filePath, ''), start: 0, end: 0 },
      });
      continue;
    }
    const source = new SourceFile(filePath, decoded.text);
    sources.set(filePath, source);
    const observed = parseSwitchConfig(source, name);
    inventory.switches.push(observed);
    const first = observed.ignored[0];
    if (first) {
      const start = source.lineStart(first.line);
      problems.push({
        ruleId: 'drift-inventory-ignored',
        messageId: 'ignored',
        data: {
          count: observed.ignored.length,
          plural: observed.ignored.length === 1 ? '' : 's',
          file: filePath,
          line: first.line,
          text: first.text.length > 60 ? `${first.text.slice(0, 57)}...` : first.text,
        },
        at: { source, start, end: start + source.lineText(first.line).length },
      });
    }
  }
  return inventory;
}

/** The same NLB cluster reported by several nodes: one cluster, every node's report kept. */
function mergeNlbCluster(clusters: ObservedNlbCluster[], cluster: ObservedNlbCluster): void {
  const same = clusters.find(
    (c) => c.name.toLowerCase() === cluster.name.toLowerCase() || (c.vip !== undefined && c.vip === cluster.vip),
  );
  if (!same) {
    clusters.push(cluster);
    return;
  }
  same.reports.push(...cluster.reports);
  same.vip ??= cluster.vip;
  same.subnetMask ??= cluster.subnetMask;
  if (cluster.nodes) {
    same.nodes ??= [];
    for (const node of cluster.nodes)
      if (!same.nodes.some((n) => n.name.toLowerCase() === node.name.toLowerCase())) same.nodes.push(node);
  }
  if (cluster.vips) {
    same.vips ??= [];
    for (const vip of cluster.vips) if (!same.vips.some((v) => v.ip === vip.ip)) same.vips.push(vip);
  }
}

/** The mode most nodes report (the first reported, on a tie): the cluster's mode; the others are per-node drift. */
function majorityMode(cluster: ObservedNlbCluster): NlbMode | undefined {
  const counts = new Map<NlbMode, number>();
  for (const report of cluster.reports) if (report.mode) counts.set(report.mode, (counts.get(report.mode) ?? 0) + 1);
  let best: NlbMode | undefined;
  for (const [mode, count] of counts) if (best === undefined || count > counts.get(best)!) best = mode;
  return best;
}
