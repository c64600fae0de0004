#!/usr/bin/env node
/**
 * Where worker threads start to pay: the bundled CLI on estates of several sizes, loaded on
 * the main thread (HVLINT_THREADS=0) and on two workers (HVLINT_THREADS=2), alternating,
 * best of --runs. The thresholds in src/pipeline/parallel.ts come from this.
 *
 *   node bench/crossover.mjs [--sizes 2000,5000,10000,20000,40000] [--runs 5]
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, existing } from './gen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench', 'out');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const sizes = opt('--sizes', '2000,5000,10000,20000,40000').split(',').map(Number);
const runs = Number(opt('--runs', '5'));

if (!fs.existsSync(path.join(root, 'dist', 'worker.js'))) {
  console.error('dist/worker.js is missing: npm run bundle');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, '.hvlint.yml'), '# benchmark: default settings\n');

function wall(size, threads) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), String(size)], {
    cwd: outDir,
    stdio: 'ignore',
    env: { ...process.env, HVLINT_THREADS: String(threads) },
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`hvlint exited ${r.status}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

console.log('| Documents | Files | MB | main thread | 2 workers | workers ÷ main |');
console.log('|---:|---:|---:|---:|---:|---:|');
for (const size of sizes) {
  const dir = path.join(outDir, String(size));
  const stats = existing(dir, size) ?? generate(dir, size);
  const single = [];
  const parallel = [];
  for (let r = 0; r < runs; r++) {
    single.push(wall(size, 0));
    parallel.push(wall(size, 2));
  }
  const a = Math.min(...single);
  const b = Math.min(...parallel);
  console.log(
    `| ${size.toLocaleString('en-US')} | ${stats.files} | ${(stats.bytes / 1e6).toFixed(1)} | ${a.toFixed(3)} s | ${b.toFixed(3)} s | ${(b / a).toFixed(2)} |`,
  );
}
