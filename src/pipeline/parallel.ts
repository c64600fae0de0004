/**
 * Checking files on worker threads, for estates large enough for it to pay.
 *
 * Workers check whole files with the pipeline's per-file stage (`checkFile` in
 * src/pipeline/check-file.ts) and send back what the main thread needs: the decoded text,
 * the file's findings, and each manifest's validity and value (as JSON text when it survives
 * JSON unchanged: `JSON.parse` on the main thread costs about half of structured cloning)
 * with its offsets. Source trees are not sent: as on the single-threaded path, a document
 * builds its tree the first time something needs a position in it (src/load/yaml/trees.ts).
 * The result is byte-identical to checking the files on the main thread (tested).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { EmittedFinding } from '../types.js';
import type { DiscoveredFile } from '../discover/index.js';
import { SourceFile } from '../load/source.js';
import type { Limits } from '../load/yaml/yaml.js';
import { treeBuilder } from '../load/yaml/trees.js';
import { ManifestDocument } from '../model/document.js';
import { checkFile, type CheckedFile } from './check-file.js';

/**
 * When workers pay. Starting them and taking their results back costs the main thread
 * about as much as loading 30,000 tiny files or 15 MB of manifests itself (measured with
 * bench/crossover.mjs on two cores: see bench/RESULTS.md), so workers start when
 * files / PARALLEL_FILES + bytes / PARALLEL_BYTES reaches 1.
 */
export const PARALLEL_FILES = 30_000;
export const PARALLEL_BYTES = 16 * 1024 * 1024;
/** Files handed to a worker at a time; small enough to balance, large enough to batch. */
const MAX_BATCH_FILES = 64;

/** One manifest as a worker sends it. */
export interface WireDocument {
  index: number;
  start: number;
  end: number;
  valid: boolean;
  /** The value as JSON, when JSON keeps it exactly (no NaN, ±Infinity or -0 in it)... */
  json?: string;
  /** ...else the value itself, structured-cloned. */
  value?: unknown;
}

/** One checked file as a worker sends it: a `CheckedFile` as plain data, minus source trees. */
export interface WireFile {
  /** The decoded text; undefined when the file could not be read or decoded. */
  text: string | undefined;
  findings: EmittedFinding[];
  documents: WireDocument[];
}

/** What the last parallel load did, for tests and profiling: where batches ran. */
export const parallelStats = { batchesOnWorkers: 0, batchesOnMain: 0 };

/** Check one file and turn the result into plain data (on a worker). */
export function checkFileForWire(entry: DiscoveredFile, limits: Limits): WireFile {
  const checked = checkFile(entry, limits);
  const documents: WireDocument[] = [];
  for (const doc of checked.documents) {
    const wire: WireDocument = { index: doc.index, start: doc.start, end: doc.end, valid: doc.valid };
    if (jsonExact(doc.value)) wire.json = JSON.stringify(doc.value);
    else wire.value = doc.value;
    documents.push(wire);
  }
  return { text: checked.source?.text, findings: checked.findings, documents };
}

/** Whether JSON.stringify → JSON.parse gives back an equal value (YAML values are acyclic trees of plain data). */
function jsonExact(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (const item of value) if (!jsonExact(item)) return false;
    return true;
  }
  for (const key in value) if (!jsonExact((value as Record<string, unknown>)[key])) return false;
  return true;
}

/** Turn one file as a worker sent it back into the `CheckedFile` the main thread would have made. */
export function fromWire(entry: DiscoveredFile, wire: WireFile, limits: Limits): CheckedFile {
  const checked: CheckedFile = { file: entry.file, source: undefined, documents: [], findings: wire.findings };
  if (wire.text === undefined) return checked;
  const source = new SourceFile(entry.file, wire.text);
  checked.source = source;
  const treeOf = treeBuilder(source, limits);
  for (const d of wire.documents) {
    const value = d.json !== undefined ? JSON.parse(d.json) : d.value;
    const text = { index: d.index, start: d.start, end: d.end, value };
    checked.documents.push(new ManifestDocument(source, { ...text, root: treeOf(text) }, d.valid));
  }
  return checked;
}

/** The worker script: dist/worker.js beside the bundle; settable for tests that run from the sources. */
let workerScript: URL | undefined = new URL('./worker.js', import.meta.url);

export function setWorkerScript(script: URL | undefined): void {
  workerScript = script;
}

function workerAvailable(): boolean {
  if (!workerScript) return false;
  try {
    return fs.existsSync(fileURLToPath(workerScript));
  } catch {
    return false;
  }
}

/**
 * How many worker threads to load `files` with: 0 for the single-threaded path.
 * `requested` (or the HVLINT_THREADS environment variable): that many (0 or 1: none);
 * undefined decides by size.
 */
export function workerThreadsFor(files: readonly DiscoveredFile[], requested?: number): number {
  const fromEnv = process.env['HVLINT_THREADS'];
  if (requested === undefined && fromEnv !== undefined && /^\d+$/.test(fromEnv)) requested = Number(fromEnv);
  if (requested !== undefined) return requested > 1 && workerAvailable() ? Math.floor(requested) : 0;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  if (cores < 2 || files.length < 2 || !workerAvailable()) return 0;
  // Sum sizes only until the estate is known to be large enough.
  let work = files.length / PARALLEL_FILES;
  for (let i = 0; i < files.length && work < 1; i++) {
    if (files[i]!.refused) continue;
    work += (fs.statSync(files[i]!.absolute, { throwIfNoEntry: false })?.size ?? 0) / PARALLEL_BYTES;
  }
  return work >= 1 ? Math.min(cores, 8) : 0;
}

interface Batch {
  id: number;
  files: DiscoveredFile[];
}

/**
 * `checkFile` for every file, on `threads` worker threads. Workers take batches of files as
 * they finish the previous ones; results come back in file order. A worker that dies has its
 * batches done on the main thread, so a crash costs time, never findings.
 */
export async function checkFilesParallel(
  files: DiscoveredFile[],
  limits: Limits,
  threads: number,
): Promise<CheckedFile[]> {
  const size = Math.max(1, Math.min(MAX_BATCH_FILES, Math.ceil(files.length / (threads * 4))));
  const batches: Batch[] = [];
  for (let i = 0; i < files.length; i += size) batches.push({ id: batches.length, files: files.slice(i, i + size) });
  // Each batch is taken back as it arrives (JSON.parse overlaps the workers' parsing), then
  // batches are joined in file order.
  const results: CheckedFile[][] = new Array(batches.length);
  const adopt = (batch: Batch, wire: WireFile[]): void => {
    results[batch.id] = batch.files.map((entry, i) => fromWire(entry, wire[i]!, limits));
  };
  const checkHere = (batch: Batch): void => {
    parallelStats.batchesOnMain++;
    results[batch.id] = batch.files.map((entry) => checkFile(entry, limits));
  };
  Object.assign(parallelStats, { batchesOnWorkers: 0, batchesOnMain: 0 });
  let next = 0;

  await new Promise<void>((resolve, reject) => {
    let running = 0;
    let failed = false;
    const workers: Worker[] = [];
    // An exception in a worker's event handler (a bug here, or on the main thread's retry of
    // a dead worker's batch) is outside any promise: uncaught, it would end the process with
    // exit code 1, which reads as "findings". Reject with it and stop every worker instead.
    const guard =
      <A extends unknown[]>(handler: (...args: A) => void) =>
      (...args: A): void => {
        if (failed) return;
        try {
          handler(...args);
        } catch (error) {
          failed = true;
          for (const w of workers) void w.terminate();
          reject(error);
        }
      };
    const start = (): void => {
      let worker: Worker;
      try {
        worker = new Worker(workerScript!, { workerData: { limits } });
      } catch {
        return; // no worker: its share is done below
      }
      workers.push(worker);
      const inFlight = new Map<number, Batch>();
      let dead = false;
      running++;
      const feed = (): void => {
        while (inFlight.size < 2 && next < batches.length) {
          const batch = batches[next++]!;
          inFlight.set(batch.id, batch);
          worker.postMessage({ id: batch.id, files: batch.files });
        }
        if (inFlight.size === 0) finish();
      };
      const finish = (): void => {
        if (dead) return;
        dead = true;
        void worker.terminate();
        if (--running === 0) resolve();
      };
      worker.on(
        'message',
        guard((message: { id: number; files: WireFile[] }) => {
          const batch = inFlight.get(message.id);
          if (!batch) return;
          inFlight.delete(message.id);
          feed();
          parallelStats.batchesOnWorkers++;
          adopt(batch, message.files);
        }),
      );
      const fail = guard((): void => {
        if (dead) return;
        // Do this worker's batches here; the others keep going.
        for (const batch of inFlight.values()) checkHere(batch);
        inFlight.clear();
        finish();
      });
      worker.on('error', fail);
      worker.on('messageerror', fail);
      worker.on('exit', fail);
      feed();
    };
    guard(() => {
      for (let t = 0; t < Math.min(threads, batches.length); t++) start();
      if (running === 0) resolve();
    })();
  });
  // Batches no worker took (all died early) are done here.
  for (const batch of batches) if (!results[batch.id]) checkHere(batch);

  return results.flat();
}
