/**
 * The worker thread of src/pipeline/parallel.ts (bundled as dist/worker.js): takes batches of
 * files, answers with each file checked (read, decoded, parsed, schema-validated).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { DiscoveredFile } from '../discover/index.js';
import type { Limits } from '../load/yaml/yaml.js';
import { checkFileForWire } from './parallel.js';

const { limits } = workerData as { limits: Limits };

parentPort?.on('message', (batch: { id: number; files: DiscoveredFile[] }) => {
  parentPort!.postMessage({ id: batch.id, files: batch.files.map((file) => checkFileForWire(file, limits)) });
});
