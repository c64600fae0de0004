/**
 * Loading on worker threads gives exactly what the single-threaded path gives: the same
 * findings in the same order, the same reports, the same sources; and on both paths every
 * document's source tree, built on demand (src/load/yaml/trees.ts), is the one parsing its whole
 * file gives.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lint, type LintResult } from '../../src/lint.js';
import { formatReport } from '../../src/report/index.js';
import {
  PARALLEL_BYTES,
  PARALLEL_FILES,
  parallelStats,
  setWorkerScript,
  workerThreadsFor,
} from '../../src/pipeline/parallel.js';
import { discover } from '../../src/discover/index.js';
import { parseYaml, DEFAULT_LIMITS, type PosNode } from '../../src/load/yaml/yaml.js';
import { treeStats } from '../../src/load/yaml/trees.js';
import { useBundledWorker } from '../helpers/worker.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NOW = new Date('2026-06-01T00:00:00Z');

const vm = (name: string, extra = ''): string => `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  generation: 2
  host: HV-MISSING
${extra}`;

/** Files that take the unusual paths: values JSON cannot carry, directives, broken neighbours, encodings. */
const SPECIAL: Record<string, string | Uint8Array> = {
  'special/numbers.yaml': `${vm('NUM01', '  arpRetryCount: .inf\n')}---\n${vm('NUM02', '  arpRetryCount: -0\n')}---\n${vm('NUM03', '  arpRetryCount: .nan\n')}`,
  'special/proto.yaml': vm('PROTO01', '  __proto__:\n    polluted: yes\n  constructor: {prototype: {polluted: yes}}\n'),
  'special/aliases.yaml': `${vm('ALIAS01', '  guest: &g {os: windows}\n  networkAdapters:\n    - &a {name: LAN, switch: vSwitch-VM, vlan: 5000}\n    - *a\n')}`,
  'special/directives.yaml': `%YAML 1.2\n---\n${vm('DIR01', '  generation: 3\n')}---\n${vm('DIR02', '  bogus: 1\n')}`,
  'special/tag-directive.yaml': `%TAG !e! tag:example.com,2000:\n---\n${vm('TAG01', '  note: !e!thing x\n')}`,
  'special/flow-on-separator.yaml': `${vm('FLOW01')}--- {apiVersion: hvlint/v1, kind: VirtualMachine, metadata: {name: FLOW02}, spec: {generation: 5, host: HV-NOPE}}\n--- !!map\n${vm('FLOW03', '  extra: 1\n')}`,
  'special/broken-middle.yaml': `${vm('BRK01', '  bogus: 1\n')}---\napiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata: {name: [BRK02\n---\n${vm('BRK03', '  bogus: 2\n')}`,
  'special/crlf.yaml': `${vm('CRLF01', '  bogus: 1\n')}---\n${vm('CRLF02', '  generation: 9\n')}`.replace(
    /\n/g,
    '\r\n',
  ),
  'special/bom.yaml': `\ufeff${vm('BOM01', '  bogus: 1\n')}---\n${vm('BOM02', '  generation: 9\n')}`,
  'special/utf16.yaml': Buffer.concat([
    Buffer.from([0xff, 0xfe]),
    Buffer.from(`${vm('U16A', '  bogus: 1\n')}---\n${vm('U16B', '  generation: 9\n')}`, 'utf16le'),
  ]),
  'special/dupkeys.yaml': `${vm('DUP01', '  generation: 1\n')}---\n${vm('dup01')}`,
  'special/dupkey.yaml': `${vm('DK01', '  bogus: 1\n')}---\n${vm('DK02', '  generation: 3\n  host: HV-OTHER\n')}`,
  'special/comments-between.yaml': `# leading\n\n${vm('CMT01', '  bogus: 1\n')}# trailing\n...\n# between\n---\n# inside\n${vm('CMT02', '  generation: 0\n')}`,
  'special/empty-docs.yaml': `---\n---\n${vm('EMPTY01', '  bogus: 1\n')}---\n`,
  'special/not-hvlint.yaml': 'title: not a manifest\n---\n- a\n- b\n',
  'special/binary.yaml': Uint8Array.from([0x61, 0x3a, 0x20, 0x00, 0x0a]),
};

function snapshot(result: LintResult): Record<string, unknown> {
  const input = {
    findings: result.findings,
    files: result.files,
    documents: result.documents,
    sources: result.sources,
    version: 'test',
  };
  // Trees as parsing the whole file gives them, kept: what the on-demand trees must equal.
  for (const doc of result.estate.documents) {
    const eager = parseYaml(doc.source, DEFAULT_LIMITS).documents.find((d) => d.index === doc.index)!;
    expect(tree(doc.root)).toEqual(tree(eager.root));
  }
  return {
    json: formatReport('json', input, { color: false }),
    stylish: formatReport('stylish', input, { color: false }),
    findings: JSON.stringify(result.findings),
    sources: [...result.sources].map(([file, source]) => [file, source.text]),
    documents: result.estate.documents.map((doc) => ({
      file: doc.file,
      index: doc.index,
      start: doc.start,
      end: doc.end,
      valid: doc.valid,
      value: doc.value,
      tree: tree(doc.root),
    })),
  };
}

/** A source tree as plain data (Map order included), so two trees compare exactly. */
function tree(node: PosNode | undefined): unknown {
  if (!node) return null;
  return {
    r: [node.start, node.end, node.keyStart, node.keyEnd],
    ...(node.map ? { map: [...node.map].map(([key, child]) => [key, tree(child)]) } : {}),
    ...(node.seq ? { seq: node.seq.map(tree) } : {}),
  };
}

describe('loading on worker threads', () => {
  let dir: string;
  let cleanupWorker: () => void;

  beforeAll(async () => {
    ({ cleanup: cleanupWorker } = await useBundledWorker());
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-parallel-'));
    for (const file of fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.yaml')))
      fs.copyFileSync(path.join(root, 'examples', file), path.join(dir, file));
    const gen = (await import(pathToFileURL(path.join(root, 'bench/gen.mjs')).href)) as {
      site: (s: number) => Record<string, Array<{ text: string }>>;
    };
    // Sites 3, 5 and 7 carry the generator's deliberate mistakes (findings with related locations).
    for (const s of [3, 5, 7, 13]) {
      for (const [file, docs] of Object.entries(gen.site(s))) {
        fs.mkdirSync(path.join(dir, `site-${s}`), { recursive: true });
        fs.writeFileSync(path.join(dir, `site-${s}`, file), docs.map((d) => d.text).join('---\n'));
      }
    }
    for (const [file, content] of Object.entries(SPECIAL)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), content);
    }
  });

  afterAll(() => {
    cleanupWorker();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('gives byte-identical results to the single-threaded path', async () => {
    Object.assign(treeStats, { fromDocument: 0, fromFile: 0 });
    const single = await lint({ cwd: dir, now: NOW, threads: 0 });
    const parallel = await lint({ cwd: dir, now: NOW, threads: 2 });
    expect(parallelStats.batchesOnWorkers).toBeGreaterThan(1);
    expect(parallelStats.batchesOnMain).toBe(0);
    expect(single.findings.length).toBeGreaterThan(50);
    // every special file is linted, and rules report on documents whose trees are rebuilt lazily
    for (const file of Object.keys(SPECIAL).filter((f) => !/not-hvlint/.test(f)))
      expect(single.findings.some((f) => f.file === file)).toBe(true);
    expect(single.findings.some((f) => f.related.length > 0)).toBe(true);
    expect(snapshot(parallel)).toEqual(snapshot(single));
    // snapshot() had every tree built: from the document's own text, except where that
    // cannot give the same value (the %TAG directive)
    expect(treeStats.fromDocument).toBeGreaterThan(2 * parallel.estate.documents.length - 10);
    expect(treeStats.fromFile).toBeGreaterThanOrEqual(2);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('three workers and one-file batches give the same too', async () => {
    const single = await lint({ cwd: dir, paths: ['special', 'site-3'], now: NOW, threads: 0 });
    const parallel = await lint({ cwd: dir, paths: ['special', 'site-3'], now: NOW, threads: 3 });
    expect(snapshot(parallel)).toEqual(snapshot(single));
  });

  test('a worker that dies costs time, never findings: its batches are done on the main thread', async () => {
    const single = snapshot(await lint({ cwd: dir, now: NOW, threads: 0 }));
    const scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-bad-worker-'));
    const { script } = await useBundledWorker();
    try {
      // dies at start-up
      fs.writeFileSync(path.join(scripts, 'throws.mjs'), "throw new Error('worker failed to start');\n");
      setWorkerScript(pathToFileURL(path.join(scripts, 'throws.mjs')));
      expect(snapshot(await lint({ cwd: dir, now: NOW, threads: 2 }))).toEqual(single);
      expect(parallelStats).toMatchObject({ batchesOnWorkers: 0 });
      expect(parallelStats.batchesOnMain).toBeGreaterThan(1);
      // the real worker, which exits on its second batch (with that batch, and maybe more, in flight)
      fs.writeFileSync(
        path.join(scripts, 'exits.mjs'),
        `import ${JSON.stringify(script.href)};\nimport { parentPort } from 'node:worker_threads';\nlet seen = 0;\nparentPort.on('message', () => { if (++seen === 2) process.exit(3); });\n`,
      );
      setWorkerScript(pathToFileURL(path.join(scripts, 'exits.mjs')));
      expect(snapshot(await lint({ cwd: dir, now: NOW, threads: 2 }))).toEqual(single);
      expect(parallelStats.batchesOnWorkers).toBeGreaterThanOrEqual(2);
      expect(parallelStats.batchesOnMain).toBeGreaterThanOrEqual(1);
    } finally {
      setWorkerScript(script);
      fs.rmSync(scripts, { recursive: true, force: true });
    }
  });

  test('an internal error on the main thread while adopting a worker’s answer rejects lint(), it does not escape as an uncaught exception', async () => {
    // An exception thrown in a worker's event handler is outside any promise: uncaught, it
    // would kill the process with exit code 1 (which reads as "findings") instead of the CLI's
    // internal-error exit 2. A worker answering with a malformed result stands in for any bug.
    const scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-bad-worker-'));
    const { script } = await useBundledWorker();
    try {
      fs.writeFileSync(
        path.join(scripts, 'malformed.mjs'),
        "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (batch) => parentPort.postMessage({ id: batch.id, files: [] }));\n",
      );
      setWorkerScript(pathToFileURL(path.join(scripts, 'malformed.mjs')));
      await expect(lint({ cwd: dir, now: NOW, threads: 2 })).rejects.toThrow(TypeError);
    } finally {
      setWorkerScript(script);
      fs.rmSync(scripts, { recursive: true, force: true });
    }
  });

  test('workers start only when the estate is large enough, and never without a worker script', () => {
    const files = discover({ cwd: dir, paths: [] }).files;
    expect(workerThreadsFor(files)).toBe(0); // a few hundred KB: not worth starting workers
    expect(workerThreadsFor(files, 1)).toBe(0);
    expect(workerThreadsFor(files, 4)).toBe(4);
    const cores = os.availableParallelism();
    const expected = cores >= 2 ? Math.min(cores, 8) : 0;
    // many files: worth it without looking at sizes
    const many = Array.from({ length: PARALLEL_FILES }, (_, i) => ({ ...files[0]!, file: `f${i}.yaml` }));
    expect(workerThreadsFor(many)).toBe(expected);
    // few, large files: sizes decide (a sparse file: only its size is looked at)
    const big = path.join(dir, 'sparse.yml');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, PARALLEL_BYTES);
    try {
      expect(workerThreadsFor([files[0]!, { absolute: big, file: 'sparse.yml' }])).toBe(expected);
      expect(workerThreadsFor([files[0]!, { absolute: big, file: 'sparse.yml', refused: 'no' }])).toBe(0);
    } finally {
      fs.rmSync(big);
    }
    process.env['HVLINT_THREADS'] = '3';
    try {
      expect(workerThreadsFor(files)).toBe(3);
      expect(workerThreadsFor(files, 0)).toBe(0);
    } finally {
      delete process.env['HVLINT_THREADS'];
    }
    setWorkerScript(pathToFileURL(path.join(dir, 'no-such-worker.js')));
    try {
      expect(workerThreadsFor(many)).toBe(0);
      expect(workerThreadsFor(files, 4)).toBe(0);
    } finally {
      setWorkerScript(undefined);
    }
  });
});
