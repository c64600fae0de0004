#!/usr/bin/env node
/**
 * Peak RSS of a command when /usr/bin/time is missing: run it as a child and print its
 * `maxRSS` (from the child's own resource usage, via a preloaded hook) and exit status to stderr.
 *   node bench/rss.mjs <command> [args...]
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const [command, ...args] = process.argv.slice(2);
const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-rss-')), 'rss');
// The hook writes the child's peak RSS (KiB) when it exits; works for node children only.
const hook = path.join(path.dirname(report), 'hook.cjs');
fs.writeFileSync(
  hook,
  `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS)));\n`,
);
const r = spawnSync(command, args, {
  stdio: 'inherit',
  env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim() },
});
const maxRSS = fs.existsSync(report) ? fs.readFileSync(report, 'utf8') : 'NaN';
fs.rmSync(path.dirname(report), { recursive: true, force: true });
process.stderr.write(`maxRSS ${maxRSS}\nstatus ${r.status}\n`);
process.exitCode = r.status ?? 1;
