import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadFile, nodeFileReader } from '../../src/load/index.js';
import type { DiscoveredFile } from '../../src/discover/index.js';

describe('nodeFileReader.readUpTo', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-read-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, bytes: Buffer): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };
  const readUpTo = (file: string, max: number): Uint8Array | { size: number } => nodeFileReader.readUpTo!(file, max);

  it('returns the bytes of a file within the limit, the same as readFileSync', () => {
    const small = write('small.yaml', Buffer.from('kind: Switch\n'));
    expect(Buffer.from(readUpTo(small, 1000) as Uint8Array).toString()).toBe('kind: Switch\n');
    const empty = write('empty.yaml', Buffer.alloc(0));
    expect((readUpTo(empty, 1000) as Uint8Array).length).toBe(0);
  });

  it('reads files larger than its reused buffer whole', () => {
    const bytes = Buffer.alloc(700 * 1024, 'abcdefgh');
    const big = write('big.yaml', bytes);
    expect(Buffer.compare(Buffer.from(readUpTo(big, 8 * 1024 * 1024) as Uint8Array), bytes)).toBe(0);
  });

  it('is exact at the limit: maxBytes is read, one more is too large', () => {
    const file = write('edge.yaml', Buffer.alloc(100, 'x'));
    expect((readUpTo(file, 100) as Uint8Array).length).toBe(100);
    expect(readUpTo(file, 99)).toEqual({ size: 100 });
  });

  it('gives the size of a file over the limit, which loadFile reports', () => {
    const file = path.join(dir, 'huge.yaml');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 50 * 1024 * 1024);
    expect(readUpTo(file, 8 * 1024 * 1024)).toEqual({ size: 50 * 1024 * 1024 });
    const loaded = loadFile({ file: 'huge.yaml', absolute: file } as DiscoveredFile);
    expect(loaded.findings.map((f) => [f.ruleId, f.message])).toEqual([
      ['yaml-limits', expect.stringMatching(/^file is 50\.0 MiB, over the 8\.0 MiB limit/)],
    ]);
  });

  it('throws the system error of an unreadable path', () => {
    expect(() => readUpTo(path.join(dir, 'missing.yaml'), 10)).toThrow(expect.objectContaining({ code: 'ENOENT' }));
    expect(() => readUpTo(dir, 10)).toThrow(expect.objectContaining({ code: 'EISDIR' }));
  });
});
