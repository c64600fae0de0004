/**
 * Bytes → text. Manifests are UTF-8 (a BOM is allowed); UTF-16 with a BOM is accepted too,
 * because Windows PowerShell 5.1's `Out-File` writes it. Anything else is reported, not guessed.
 */
import { TextDecoder } from 'node:util';

export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' }
  | { ok: false; reason: string; offset: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith(utf16le, bytes.subarray(2), 'utf-16le');
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith(utf16be, bytes.subarray(2), 'utf-16be');
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: 'the file holds binary data (a NUL byte)', offset: nul };
  }
  const decoded = decodeWith(utf8, body, bom ? 'utf-8-bom' : 'utf-8');
  if (!decoded.ok) return { ok: false, reason: 'the file is not valid UTF-8', offset: firstInvalidUtf8(body) };
  return decoded;
}

function decodeWith(
  decoder: TextDecoder,
  bytes: Uint8Array,
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be',
): Decoded {
  try {
    const text = decoder.decode(bytes);
    if (encoding.startsWith('utf-16') && text.includes('\u0000')) {
      return { ok: false, reason: 'the file holds binary data (a NUL character)', offset: text.indexOf('\u0000') };
    }
    return { ok: true, text, encoding };
  } catch {
    return {
      ok: false,
      reason: `the file is not valid ${encoding.startsWith('utf-16') ? 'UTF-16' : 'UTF-8'}`,
      offset: 0,
    };
  }
}

/** Byte offset of the first invalid UTF-8 sequence, so the finding can name a line. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return 0;
}

/** 1-based line of a byte offset in (mostly ASCII) bytes, for findings about undecodable files. */
export function lineOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, bytes.length);
  for (let i = 0; i < end; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
