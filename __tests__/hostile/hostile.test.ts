/**
 * Hostile input: for each case the run completes, the case gives a clear finding with file
 * and line, and every other file's findings are exactly those of a run without it. Each
 * case lints a directory holding the example estate (under good/) and the hostile file(s).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type LintOptions, type LintResult } from '../../src/lint.js';
import { nodeFileReader, type FileReader } from '../../src/load/index.js';
import { formatReport } from '../../src/report/index.js';
import { parallelStats } from '../../src/pipeline/parallel.js';
import type { Finding } from '../../src/types.js';
import { useBundledWorker } from '../helpers/worker.js';
import { runCli } from '../helpers/cli.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOW = new Date('2026-06-01T00:00:00Z');
const EXAMPLES = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml'));

/** A host with a schema error on line 6, column 7 (`os`), named so it touches nothing in the examples. */
const BAD_HOST =
  'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HOSTILE-HV\nspec:\n  os: windows-server-2008\n  domain: corp.example.com\n';

type Content = string | Uint8Array;

/** Memory-backed when there is one: writing 100,000 files to a disk-backed /tmp can take minutes. */
const TMP = ((): string => {
  try {
    fs.accessSync('/dev/shm', fs.constants.W_OK);
    return '/dev/shm';
  } catch {
    return os.tmpdir();
  }
})();

const temps: string[] = [];
function tempDir(prefix = 'hvlint-hostile-'): string {
  const dir = fs.mkdtempSync(path.join(TMP, prefix));
  temps.push(dir);
  return dir;
}

/** A directory with the good estate under good/ and the given files. */
function estate(files: Record<string, Content> = {}): string {
  const dir = tempDir();
  fs.mkdirSync(path.join(dir, 'good'));
  for (const file of EXAMPLES) fs.copyFileSync(path.join(root, 'examples', file), path.join(dir, 'good', file));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Lint, and render both reports (a reporter must not choke on the case either). */
async function run(dir: string, options: Partial<LintOptions> = {}): Promise<LintResult> {
  const result = await lint({ cwd: dir, now: NOW, ...options });
  const input = {
    findings: result.findings,
    files: result.files,
    documents: result.documents,
    sources: result.sources,
    version: 'test',
  };
  expect(formatReport('stylish', input, { color: false })).toMatch(/problem|no problems/);
  expect(() => JSON.parse(formatReport('json', input, { color: false }))).not.toThrow();
  return result;
}

const goodFindings = (result: LintResult): string =>
  JSON.stringify(result.findings.filter((f) => f.file.startsWith('good/')));

let baseline: string;
let baselineDocuments: number;

beforeAll(async () => {
  const result = await run(estate());
  baseline = goodFindings(result);
  baselineDocuments = result.documents;
  expect(result.findings.length).toBeGreaterThan(3); // the examples carry deliberate mistakes
});

afterAll(() => {
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

/** The case's finding in `file` (rule, message and line), and the good files' findings untouched. */
function expectCase(result: LintResult, file: string, ruleId: string, line: number, message?: RegExp): Finding {
  const finding = result.findings.find(
    (f) => f.file === file && f.ruleId === ruleId && (!message || message.test(f.message)),
  );
  expect(finding).toBeDefined();
  expect(finding).toMatchObject({ file, ruleId, line });
  expect(finding!.column).toBeGreaterThanOrEqual(1);
  expect(finding!.message.length).toBeLessThan(400);
  expect(goodFindings(result)).toBe(baseline);
  return finding!;
}

describe('aliases', () => {
  test('billion laughs: refused at the expansion limit, with a position', async () => {
    const lines = ['lol0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i <= 9; i++)
      lines.push(
        `lol${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(',')}]`,
      );
    const result = await run(estate({ 'bomb.yaml': `# billion laughs\n${lines.join('\n')}\n` }));
    expectCase(result, 'bomb.yaml', 'yaml-limits', 2, /more than 100000 nodes|more than 100 aliases/);
  });

  test('a self-referencing alias is refused, not followed round', async () => {
    const result = await run(estate({ 'self.yaml': `${BAD_HOST}  nicTeams: &t\n    - name: T\n      members: *t\n` }));
    expectCase(result, 'self.yaml', 'yaml-limits', 10, /refers to a node that contains it/);
  });
});

describe('nesting', () => {
  test.each([
    ['flow sequences', `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`],
    ['flow mappings', `a: ${'{a: '.repeat(10000)}1${'}'.repeat(10000)}\n`],
    ['block sequences', `- ${'- '.repeat(10000)}x\n`],
  ])('10,000 deep %s: a limits finding', async (_name, text) => {
    const result = await run(estate({ 'deep.yaml': `# deep\n${text}` }));
    expectCase(result, 'deep.yaml', 'yaml-limits', 2, /deeper than 64|maxDepth/);
  });
});

describe('size', () => {
  test('a 50 MB file is refused by size before it is read', async () => {
    const dir = estate();
    const chunk = Buffer.from('key: value\n'.repeat(1024));
    const fd = fs.openSync(path.join(dir, 'huge.yaml'), 'w');
    for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
    fs.closeSync(fd);
    const reads: string[] = [];
    const reader: FileReader = { size: nodeFileReader.size, read: (p) => (reads.push(p), nodeFileReader.read(p)) };
    const result = await run(dir, { reader });
    expectCase(result, 'huge.yaml', 'yaml-limits', 1, /50\.0 MiB, over the 8\.0 MiB limit/);
    expect(reads.some((p) => p.endsWith('huge.yaml'))).toBe(false);
  });

  test('extremely long lines and keys: findings with short messages', async () => {
    const longName = 'N'.repeat(1024 * 1024);
    const longKey = 'k'.repeat(100_000);
    const result = await run(
      estate({
        'longline.yaml': BAD_HOST.replace('HOSTILE-HV', longName),
        'longkey.yaml': `${BAD_HOST.replace('os: windows-server-2008', `os: windows-server-2019\n  ${longKey}: 1`)}`,
        'longdup.yaml': `${longKey}: 1\n${longKey}: 2\n`,
        'longtag.yaml': `a: !${'t'.repeat(50_000)} x\n`,
      }),
    );
    expectCase(result, 'longline.yaml', 'schema', 4, /metadata\.name/);
    expectCase(result, 'longkey.yaml', 'schema', 7, /spec\["k{80}… \(100000 characters\)"\] is not a known property/);
    expectCase(result, 'longdup.yaml', 'yaml-duplicate-key', 2, /duplicate key "k{80}… \(100000 characters\)"/);
    expectCase(result, 'longtag.yaml', 'yaml-unsupported-tag', 1, /tag !t{79}… \(50001 characters\) is not supported/);
  });

  test('100,000 tiny files (loaded on worker threads, as the size calls for)', async () => {
    const worker = await useBundledWorker();
    const dir = estate();
    for (let d = 0; d < 100; d++) {
      const sub = path.join(dir, 'tiny', String(d).padStart(2, '0'));
      fs.mkdirSync(sub, { recursive: true });
      for (let f = 0; f < 1000; f++) fs.writeFileSync(path.join(sub, `${f}.yaml`), 'x: 1\n');
    }
    fs.writeFileSync(path.join(dir, 'tiny', '42', '500.yaml'), 'x: 1\ny: [\n');
    const result = await run(dir).finally(() => worker.cleanup());
    expect(result.files).toBe(100_000 + EXAMPLES.length);
    expect(result.documents).toBe(baselineDocuments);
    expectCase(result, 'tiny/42/500.yaml', 'yaml-syntax', 2);
    expect(result.findings.filter((f) => f.file.startsWith('tiny/'))).toHaveLength(1);
    if (os.availableParallelism() > 1) expect(parallelStats.batchesOnWorkers).toBeGreaterThan(0);
  });
});

describe('prototype pollution', () => {
  const proto = `${BAD_HOST}  __proto__:\n    polluted: yes\n  constructor:\n    prototype:\n      polluted: yes\n  prototype: {polluted: yes}\n---\n__proto__: {polluted: yes}\nconstructor: {prototype: {polluted: yes}}\n`;

  test.each([
    ['single-threaded', 0],
    ['on worker threads', 2],
  ])('__proto__, constructor and prototype keys are plain keys (%s)', async (_how, threads) => {
    const worker = threads > 1 ? await useBundledWorker() : undefined;
    try {
      const result = await run(estate({ 'proto.yaml': proto }), { threads });
      expectCase(result, 'proto.yaml', 'schema', 8, /spec\.__proto__ is not a known property/);
      expect(
        result.findings.filter((f) => f.file === 'proto.yaml').map((f) => `${f.line} ${f.message.split(' ')[0]}`),
      ).toEqual(expect.arrayContaining(['6 spec.os', '8 spec.__proto__', '10 spec.constructor', '13 spec.prototype']));
      const doc = result.estate.documents.find((d) => d.file === 'proto.yaml')!;
      const spec = doc.value['spec'] as Record<string, unknown>;
      expect(Object.keys(spec)).toEqual(['os', 'domain', '__proto__', 'constructor', 'prototype']);
      expect(Object.getPrototypeOf(spec)).toBe(Object.prototype);
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>)['polluted']).toBeUndefined();
    } finally {
      worker?.cleanup();
    }
  });
});

describe('encodings and bytes', () => {
  test('binary content: an encoding finding at the line of the NUL byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\nb: 2\nc: '),
      Buffer.from([0x00, 0x01, 0x02, 0xff]),
      Buffer.from('\n'),
    ]);
    const result = await run(estate({ 'binary.yaml': bytes }));
    expectCase(result, 'binary.yaml', 'file-encoding', 3, /binary data/);
  });

  test('invalid UTF-8: an encoding finding at the line of the bad byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('a: 1\nb: 2\nc: 3\nd: caf'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('\n'),
    ]);
    const result = await run(estate({ 'latin.yaml': bytes }));
    expectCase(result, 'latin.yaml', 'file-encoding', 4, /not valid UTF-8/);
  });

  test.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(BAD_HOST, 'utf16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(BAD_HOST, 'utf16le').swap16()])],
    ['a UTF-8 BOM', Buffer.from(`\ufeff${BAD_HOST}`)],
    ['CRLF line ends', Buffer.from(BAD_HOST.replace(/\n/g, '\r\n'))],
    [
      'tabs inside values',
      Buffer.from(BAD_HOST.replace('corp.example.com', '"corp.example.com"\t# tab before a comment')),
    ],
  ])('%s: read, and the finding is at the true line and column', async (_name, bytes) => {
    const result = await run(estate({ 'encoded.yaml': bytes }));
    const finding = expectCase(result, 'encoded.yaml', 'schema', 6, /spec\.os must be one of/);
    expect(finding).toMatchObject({ column: 7, endLine: 6, endColumn: 26 });
    expect(result.documents).toBe(baselineDocuments + 1);
  });

  test('tabs as indentation: a syntax finding at the tab', async () => {
    const result = await run(estate({ 'tabs.yaml': BAD_HOST.replace('  domain:', '\tdomain:') }));
    expectCase(result, 'tabs.yaml', 'yaml-syntax', 7, /tab/);
  });

  test('empty files and empty documents', async () => {
    // An empty file is not a mistake (a placeholder): no finding, nothing loaded. Empty
    // documents around a manifest leave its positions alone.
    const result = await run(
      estate({
        'empty.yaml': '',
        'blank.yaml': '\n\n   \n# only a comment\n',
        'docs.yaml': `---\n---\n...\n---\n${BAD_HOST}---\n`,
      }),
    );
    expect(result.findings.filter((f) => f.file === 'empty.yaml' || f.file === 'blank.yaml')).toEqual([]);
    expectCase(result, 'docs.yaml', 'schema', 10, /spec\.os must be one of/);
    expect(result.documents).toBe(baselineDocuments + 1);
  });
});

describe('the file system', () => {
  test('a symbolic link out of the scanned tree is reported, not followed', async () => {
    const outside = tempDir('hvlint-outside-');
    fs.writeFileSync(path.join(outside, 'secret.yaml'), BAD_HOST);
    const dir = estate();
    fs.symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'link.yaml'));
    const result = await run(dir);
    expectCase(result, 'link.yaml', 'file-unreadable', 1, /symbolic link to .*outside the workspace.*not followed/);
    expect(result.documents).toBe(baselineDocuments);
    expect(result.sources.has('link.yaml')).toBe(false);
  });

  test('an unreadable file is reported', async () => {
    const dir = estate({ 'locked.yaml': BAD_HOST });
    const locked = path.join(dir, 'locked.yaml');
    fs.chmodSync(locked, 0o000);
    let readable = true;
    try {
      fs.readFileSync(locked);
    } catch {
      readable = false;
    }
    // As root (as in CI containers) chmod 000 does not stop reads: then simulate the refusal
    // through the reader lint() accepts, which is where the error would come from.
    const reader: FileReader | undefined = readable
      ? {
          size: nodeFileReader.size,
          read: (p) => {
            if (p === locked)
              throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
            return nodeFileReader.read(p);
          },
        }
      : undefined;
    const result = await run(dir, { reader });
    expectCase(result, 'locked.yaml', 'file-unreadable', 1, /permission denied/);
    fs.chmodSync(locked, 0o644);
  });
});

describe('tags', () => {
  test('tags a full YAML schema would construct are reported and the values stay text', async () => {
    const text =
      `${BAD_HOST.replace('HOSTILE-HV', 'TAGGED-HV').replace('windows-server-2008', 'windows-server-2019')}metadata2: 1\n`.replace(
        'metadata:\n  name: TAGGED-HV\n',
        'metadata:\n  name: TAGGED-HV\n  annotations:\n    a: !!binary aGVsbG8=\n    b: !!timestamp 2001-12-14t21:59:43.10-05:00\n    c: !custom x\n    d: !!js/function "function () { return 1 }"\n    e: !!python/object/apply:os.system ["true"]\n',
      );
    const result = await run(estate({ 'tags.yaml': text }));
    expectCase(result, 'tags.yaml', 'yaml-unsupported-tag', 6, /tag !!binary is not supported/);
    const tags = result.findings.filter((f) => f.file === 'tags.yaml' && f.ruleId === 'yaml-unsupported-tag');
    expect(tags.map((f) => f.line)).toEqual([6, 7, 8, 9, 10]);
    const doc = result.estate.documents.find((d) => d.file === 'tags.yaml')!;
    const annotations = (doc.value['metadata'] as Record<string, Record<string, unknown>>)['annotations']!;
    expect(annotations['a']).toBe('aGVsbG8=');
    expect(annotations['b']).toBe('2001-12-14t21:59:43.10-05:00');
    expect(annotations['c']).toBe('x');
    expect(annotations['d']).toBe('function () { return 1 }');
    expect(annotations['e']).toEqual(['true']);
  });
});

describe('limits, set through .hvlint.yml', () => {
  /** Run the CLI (JSON report) on a directory holding `files` and a config with `limits`. */
  async function cli(files: Record<string, Content>, limits?: Record<string, number>): Promise<Finding[]> {
    const dir = tempDir();
    for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
    if (limits)
      fs.writeFileSync(
        path.join(dir, '.hvlint.yml'),
        `limits:\n${Object.entries(limits)
          .map(([k, v]) => `  ${k}: ${v}\n`)
          .join('')}`,
      );
    // A refused file can leave no manifest at all: that run checked nothing, so it exits 2 unless allowed.
    const run = await runCli(['--format', 'json', '--allow-empty'], dir);
    expect(run.stderr).toBe('');
    expect([0, 1]).toContain(run.code);
    const findings = JSON.parse(run.stdout).findings as Finding[];
    expect(findings.filter((f) => f.file === '.hvlint.yml')).toEqual([]); // the config itself is fine
    return findings;
  }
  const limitsFindings = (findings: Finding[]): string[] =>
    findings.filter((f) => f.ruleId === 'yaml-limits').map((f) => `${f.file}:${f.line} ${f.message}`);

  test('maxFileBytes: lowered, a small file is refused; raised, a file over the default is read', async () => {
    const small = `${BAD_HOST}${'# padding\n'.repeat(150)}`;
    expect(limitsFindings(await cli({ 'host.yaml': small }))).toEqual([]);
    expect(limitsFindings(await cli({ 'host.yaml': small }, { maxFileBytes: 1000 }))).toEqual([
      expect.stringMatching(/^host\.yaml:1 file is 1\.6 KiB, over the 1000 bytes limit/),
    ]);
    const large = `${BAD_HOST}${'# padding padding padding padding padding padding\n'.repeat(180_000)}`; // 9 MB
    expect(limitsFindings(await cli({ 'host.yaml': large }))).toEqual([
      expect.stringMatching(/over the 8\.0 MiB limit/),
    ]);
    const read = await cli({ 'host.yaml': large }, { maxFileBytes: 16 * 1024 * 1024 });
    expect(limitsFindings(read)).toEqual([]);
    expect(read).toContainEqual(expect.objectContaining({ ruleId: 'schema', line: 6 }));
  });

  test('maxDepth: lowered, a manifest is too deep; raised, deeper nesting is accepted', async () => {
    const host = `${BAD_HOST}  nicTeams:\n    - name: T\n      uplink:\n        switch: SW\n        lag: 1\n`;
    expect(limitsFindings(await cli({ 'host.yaml': host }))).toEqual([]);
    expect(limitsFindings(await cli({ 'host.yaml': host }, { maxDepth: 3 }))).toEqual([
      expect.stringMatching(/^host\.yaml:\d+ .*(deeper than 3|maxDepth)/),
    ]);
    const deep = `a: ${'['.repeat(80)}${']'.repeat(80)}\n`;
    expect(limitsFindings(await cli({ 'deep.yaml': deep }))).toEqual([
      expect.stringMatching(/^deep\.yaml:1 .*(deeper than 64|maxDepth)/),
    ]);
    expect(limitsFindings(await cli({ 'deep.yaml': deep }, { maxDepth: 100 }))).toEqual([]);
  });

  test('maxDepth raised past what the parser can hold: a limits finding, not a stack trace', async () => {
    const deep = `a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    expect(limitsFindings(await cli({ 'deep.yaml': deep }, { maxDepth: 10_000_000 }))).toEqual([
      'deep.yaml:1 document is nested too deeply for the parser: flatten it, or lower limits.maxDepth so it is refused early',
    ]);
  });

  test('maxAliases: lowered, two aliases are too many; raised, more than the default are accepted', async () => {
    expect(limitsFindings(await cli({ 'a.yaml': 'a: &x 1\nb: *x\nc: *x\n' }, { maxAliases: 1 }))).toEqual([
      'a.yaml:3 more than 1 aliases in one document: write the values out or raise limits.maxAliases',
    ]);
    const many = `a: &x 1\nb: [${Array(150).fill('*x').join(', ')}]\n`;
    expect(limitsFindings(await cli({ 'a.yaml': many }))).toEqual([
      expect.stringMatching(/^a\.yaml:2 more than 100 aliases/),
    ]);
    expect(limitsFindings(await cli({ 'a.yaml': many }, { maxAliases: 200 }))).toEqual([]);
  });

  test('maxNodes: lowered, a manifest is too big; raised, a larger expansion is accepted', async () => {
    expect(limitsFindings(await cli({ 'host.yaml': BAD_HOST }, { maxNodes: 5 }))).toEqual([
      expect.stringMatching(/^host\.yaml:1 document has more than 5 nodes: split it/),
    ]);
    const expansion = `a: &a [${Array(1000).fill('x').join(', ')}]\nb: [${Array(150).fill('*a').join(', ')}]\n`; // about 151,000 nodes
    expect(limitsFindings(await cli({ 'x.yaml': expansion }, { maxAliases: 200 }))).toEqual([
      expect.stringMatching(/more than 100000 nodes/),
    ]);
    expect(limitsFindings(await cli({ 'x.yaml': expansion }, { maxAliases: 200, maxNodes: 1_000_000 }))).toEqual([]);
  });
});
