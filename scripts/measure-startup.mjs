#!/usr/bin/env node
/**
 * Start-up, measured honestly: `node -e 0`, `hvlint --version` and `hvlint examples/` are run
 * interleaved (one of each per round, so load on the machine hits all alike), and the median
 * of each is reported with the spread (25th-75th percentile).
 * Usage: node scripts/measure-startup.mjs [rounds, default 21]
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import * as os from 'node:os';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.argv[2] ?? 21);
const cli = path.join(root, 'dist/cli.js');
const commands = {
  'node -e 0': ['-e', '0'],
  'hvlint --version': [cli, '--version'],
  'hvlint examples/': [cli, 'examples/', '--format', 'json'],
};
const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
for (let i = 0; i < rounds + 1; i++) {
  for (const [name, args] of Object.entries(commands)) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { cwd: root, stdio: 'ignore' });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== 0 && run.status !== 1) throw new Error(`${name} exited ${run.status}`);
    if (i > 0) times[name].push(ms); // round 0 warms the file cache
  }
}
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (xs) => quantile(xs, 0.5);
const base = median(times['node -e 0']);
console.log(
  `node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)}, ${rounds} interleaved rounds`,
);
for (const [name, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(
    `${name.padEnd(18)} median ${m.toFixed(0).padStart(4)} ms (p25 ${quantile(xs, 0.25).toFixed(0)}, p75 ${quantile(xs, 0.75).toFixed(0)})` +
      (name === 'node -e 0' ? '' : `, ${(m - base).toFixed(0)} ms above node -e 0`),
  );
}
