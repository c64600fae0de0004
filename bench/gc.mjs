#!/usr/bin/env node
/**
 * Share of garbage collection in a single-threaded lint: hvlint (HVLINT_THREADS=0) with a
 * preloaded hook that sums the main thread's GC pauses (perf_hooks 'gc' entries), as a share
 * of the run's wall time. Several bundles can be compared, runs interleaved, medians reported.
 *
 *   node bench/gc.mjs [--runs 5] <estate dir> [dist dir ...]     (default: dist/)
 */
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
let runs = 5;
if (argv[0] === '--runs') {
  runs = Number(argv[1]);
  argv.splice(0, 2);
}
const [estate, ...dists] = argv.map((a) => path.resolve(a));
if (!estate) throw new Error('usage: node bench/gc.mjs [--runs n] <estate dir> [dist dir ...]');
if (dists.length === 0) dists.push(path.join(root, 'dist'));
const hook = path.join(root, 'bench', 'gc-hook.cjs');
const median = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const samples = dists.map(() => []);
for (let r = 0; r < runs; r++) {
  dists.forEach((dist, i) => {
    const start = process.hrtime.bigint();
    const out = spawnSync(process.execPath, ['--require', hook, path.join(dist, 'cli.js'), path.resolve(estate)], {
      cwd: path.dirname(path.resolve(estate)),
      env: { ...process.env, HVLINT_THREADS: '0' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const m = /^gc ([\d.]+) (\d+) cpu ([\d.]+)$/m.exec(out.stderr.toString());
    if (!m) throw new Error(`no GC line from ${dist}:\n${out.stderr}`);
    samples[i].push({ gc: Number(m[1]), count: Number(m[2]), cpu: Number(m[3]), wall });
  });
}
dists.forEach((dist, i) => {
  const s = samples[i];
  const gc = median(s.map((x) => x.gc));
  const cpu = median(s.map((x) => x.cpu));
  // Pauses are wall-clock time, so their share is of the wall time (on a loaded machine both stretch).
  const share = median(s.map((x) => x.gc / x.wall));
  const wall = median(s.map((x) => x.wall));
  console.log(
    `${path.relative(process.cwd(), dist) || dist}: GC ${gc.toFixed(0)} ms in ${median(s.map((x) => x.count))} pauses, CPU ${cpu.toFixed(0)} ms, wall ${wall.toFixed(0)} ms, GC share of wall ${(share * 100).toFixed(1)} % (medians of ${runs})`,
  );
});
