/**
 * The tests run hvlint from its TypeScript sources, where src/pipeline/worker.ts cannot start as
 * a worker thread: bundle it once (as scripts/bundle.mjs does for dist/worker.js) and point
 * src/pipeline/parallel.ts at the bundle.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { setWorkerScript } from '../../src/pipeline/parallel.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Build the worker into a temporary directory and use it; returns a cleanup function. */
export async function useBundledWorker(): Promise<{ script: URL; cleanup: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-worker-'));
  const outfile = path.join(dir, 'worker.js');
  await build({
    entryPoints: [path.join(root, 'src/pipeline/worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __hvlintCreateRequire } from 'node:module';\nconst require = __hvlintCreateRequire(import.meta.url);",
    },
  });
  const script = pathToFileURL(outfile);
  setWorkerScript(script);
  return {
    script,
    cleanup: () => {
      setWorkerScript(undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
