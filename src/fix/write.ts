/**
 * Writing fixed files back, at the edge: each file keeps its encoding and byte-order mark
 * (UTF-8, UTF-8 with BOM, UTF-16 LE/BE with BOM); line endings were kept by the edits.
 * A file that changed on disk since it was linted is left alone and reported.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decode, type Decoded } from '../load/decode.js';
import type { Finding } from '../types.js';

export type Encoding = Extract<Decoded, { ok: true }>['encoding'];

export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be': {
      const le = Buffer.from(text, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
    }
  }
}

export interface FileChange {
  file: string;
  /** The decoded text before any fix. */
  before: string;
  after: string;
  /** Fixes applied to this file, in the order they were applied (a fix may span files). */
  fixes: Finding[];
}

export interface WriteOutcome {
  written: string[];
  /** Files not written, with the reason. */
  failed: Array<{ file: string; reason: string }>;
}

export function writeFixes(cwd: string, changes: readonly FileChange[]): WriteOutcome {
  const outcome: WriteOutcome = { written: [], failed: [] };
  for (const change of changes) {
    const absolute = path.resolve(cwd, change.file);
    try {
      const decoded = decode(fs.readFileSync(absolute));
      if (!decoded.ok || decoded.text !== change.before) {
        outcome.failed.push({
          file: change.file,
          reason: 'the file changed since it was read: run hvlint --fix again',
        });
        continue;
      }
      fs.writeFileSync(absolute, encode(change.after, decoded.encoding));
      outcome.written.push(change.file);
    } catch (error) {
      outcome.failed.push({
        file: change.file,
        reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
      });
    }
  }
  return outcome;
}
