/** Building inventories in memory for the drift tests. */
import type { InventoryInput } from '../../src/drift/inventory/index.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Finding } from '../../src/types.js';

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

export function utf8Bom(text: string): Uint8Array {
  return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]);
}

/** What Windows PowerShell 5.1's Out-File writes: UTF-16LE with a BOM. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2] = code & 0xff;
    out[3 + i * 2] = code >> 8;
  }
  return out;
}

/** PowerShell 5.1's ConvertTo-Json layout: four-space indent, two spaces after the colon, CRLF. */
export function ps51(value: unknown, indent = 0): string {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return `[\r\n\r\n${pad}]`;
    return `[\r\n${value.map((v) => `${' '.repeat(indent + 4)}${ps51(v, indent + 4)}`).join(',\r\n')}\r\n${pad}]`;
  }
  if (value && typeof value === 'object') {
    const lines = Object.entries(value).map(([k, v]) => {
      const key = `"${k}":  `;
      return `${' '.repeat(indent + 4)}${key}${ps51(v, indent + 4 + key.length)}`;
    });
    return `{\r\n${lines.join(',\r\n')}\r\n${pad}}`;
  }
  if (typeof value === 'string') return JSON.stringify(value).replace(/\/Date\((\d+)\)\//g, '\\/Date($1)\\/');
  return JSON.stringify(value);
}

export const HYPERV_FILES = [
  'Get-VM.json',
  'Get-VMHardDiskDrive.json',
  'Get-VMDvdDrive.json',
  'Get-VMScsiController.json',
  'Get-VMNetworkAdapter.json',
  'Get-VHD.json',
  'Get-VMSnapshot.json',
];

/**
 * A host directory: a header naming the host, every Hyper-V file as an empty list, then `files`
 * (name → JSON value, or bytes as they are) on top.
 */
export function hostDir(
  host: string,
  files: Record<string, unknown>,
  options: { dir?: string; cluster?: string } = {},
): InventoryInput['files'] {
  const dir = options.dir ?? host;
  const all: Record<string, unknown> = {
    'header.json': { Host: host, Cluster: options.cluster ?? null, CollectedAt: '/Date(1780261200000)/' },
  };
  for (const name of HYPERV_FILES) all[name] = [];
  Object.assign(all, files);
  return Object.entries(all).map(([name, value]) => ({
    rel: `${dir}/${name}`,
    bytes: value instanceof Uint8Array ? value : utf8(JSON.stringify(value, null, 2)),
  }));
}

export function inventoryOf(...parts: Array<InventoryInput['files']>): InventoryInput {
  return { root: 'inv', files: parts.flat() };
}

export const show = (f: Finding): string =>
  `${f.file}:${f.line} ${f.ruleId}${f.messageId ? `/${f.messageId}` : ''}: ${f.message}`;
export const brief = (f: Finding): string => `${f.file}:${f.line} ${f.ruleId}${f.messageId ? `/${f.messageId}` : ''}`;

export const NOW = new Date('2026-06-01T00:00:00Z');

// --- Drift rule doc pages: their examples are a manifest plus inventory files ---------------------

export const NLB_FILES = ['Get-NlbCluster.json', 'Get-NlbClusterNode.json', 'Get-NlbClusterVip.json'];

export interface Example {
  manifests: Record<string, string>;
  inventory: InventoryInput;
}

export function docSection(text: string, name: string): string {
  const start = text.indexOf(`\n## ${name}\n`);
  if (start < 0) return '';
  const rest = text.slice(start + name.length + 5);
  const end = rest.indexOf('\n## ');
  return end < 0 ? rest : rest.slice(0, end);
}

export function docExample(markdown: string): Example {
  const manifests: Record<string, string> = {};
  const files = new Map<string, string>();
  const re = /```(\w+)(?: (inventory\/\S+))?\n([\s\S]*?)```/g;
  let i = 0;
  for (let m = re.exec(markdown); m; m = re.exec(markdown)) {
    const [, lang, inventoryPath, body] = m;
    if (inventoryPath) files.set(inventoryPath.slice('inventory/'.length), body!);
    else if (lang === 'yaml' || lang === 'yml') {
      const named = /^# file: (\S+)/.exec(body!);
      manifests[named ? named[1]! : `example-${++i}.yaml`] = body!;
    }
  }
  const dirs = new Set([...files.keys()].map((rel) => rel.split('/')[0]!).filter((dir) => dir !== 'switches'));
  for (const dir of dirs) {
    const has = (name: string): boolean => files.has(`${dir}/${name}`);
    if (!has('header.json'))
      files.set(`${dir}/header.json`, JSON.stringify({ Host: dir, CollectedAt: '/Date(1780264800000)/' }));
    if (has('Get-VM.json')) for (const name of HYPERV_FILES) if (!has(name)) files.set(`${dir}/${name}`, '[]');
    if (has('Get-NlbCluster.json')) for (const name of NLB_FILES) if (!has(name)) files.set(`${dir}/${name}`, '[]');
  }
  return {
    manifests,
    inventory: { root: 'inventory', files: [...files].map(([rel, text]) => ({ rel, bytes: utf8(text) })) },
  };
}

/** A drift rule's doc page, read. */
export function docPage(id: string): string {
  return fs.readFileSync(path.resolve('docs/rules', `${id}.md`), 'utf8').replace(/\r\n/g, '\n');
}
