/** Building inventories in memory for the drift tests. */
import type { InventoryInput } from '../../src/drift/inventory/index.js';
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

export const HYPERV_FILES = ['Get-VM.json', 'Get-VMHardDiskDrive.json', 'Get-VMDvdDrive.json', 'Get-VMScsiController.json', 'Get-VMNetworkAdapter.json', 'Get-VHD.json', 'Get-VMSnapshot.json'];

/**
 * A host directory: a header naming the host, every Hyper-V file as an empty list, then `files`
 * (name → JSON value, or bytes as they are) on top.
 */
export function hostDir(host: string, files: Record<string, unknown>, options: { dir?: string; cluster?: string } = {}): InventoryInput['files'] {
  const dir = options.dir ?? host;
  const all: Record<string, unknown> = { 'header.json': { Host: host, Cluster: options.cluster ?? null, CollectedAt: '/Date(1780261200000)/' } };
  for (const name of HYPERV_FILES) all[name] = [];
  Object.assign(all, files);
  return Object.entries(all).map(([name, value]) => ({ rel: `${dir}/${name}`, bytes: value instanceof Uint8Array ? value : utf8(JSON.stringify(value, null, 2)) }));
}

export function inventoryOf(...parts: Array<InventoryInput['files']>): InventoryInput {
  return { root: 'inv', files: parts.flat() };
}

export const show = (f: Finding): string => `${f.file}:${f.line} ${f.ruleId}${f.messageId ? `/${f.messageId}` : ''}: ${f.message}`;
export const brief = (f: Finding): string => `${f.file}:${f.line} ${f.ruleId}${f.messageId ? `/${f.messageId}` : ''}`;

export const NOW = new Date('2026-06-01T00:00:00Z');
