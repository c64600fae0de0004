#!/usr/bin/env node
/**
 * The published package, checked as a user gets it: `npm pack`, then install the tarball into a
 * fresh directory and run it there. Fails (exit 1) unless
 *   - the tarball holds LICENSE, the PowerShell exporter, the bundles and the schemas;
 *   - installing it installs nothing else (no runtime dependencies);
 *   - `npx hvlint estate/` lints a copy of the example estate (exit 1, its deliberate findings),
 *     also with worker threads, and the action bundle starts without node_modules.
 * Usage: node scripts/check-package.mjs [--keep]   (prints what it checked)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-pack-'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const problems = [];
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) problems.push(what);
};

try {
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }),
  )[0];
  const files = new Set(packed.files.map((f) => f.path));
  for (const wanted of [
    'LICENSE',
    'README.md',
    'scripts/Export-HvInventory.ps1',
    'dist/cli.js',
    'dist/index.js',
    'dist/worker.js',
    'action.yml',
    'schemas/hvlint.schema.json',
  ])
    check(files.has(wanted), `the package holds ${wanted}`);
  check(
    ![...files].some((f) => f.startsWith('src/') || f.startsWith('__tests__/')),
    'the package holds no sources or tests',
  );
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  check(Object.keys(manifest.dependencies ?? {}).length === 0, 'package.json declares no runtime dependencies');

  const project = path.join(work, 'infra');
  fs.mkdirSync(path.join(project, 'estate'), { recursive: true });
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'infra', private: true }) + '\n');
  for (const f of fs.readdirSync(path.join(root, 'examples')))
    if (f.endsWith('.yaml')) fs.copyFileSync(path.join(root, 'examples', f), path.join(project, 'estate', f));
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--offline', path.join(work, packed.filename)], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const installed = fs.readdirSync(path.join(project, 'node_modules')).filter((n) => !n.startsWith('.'));
  check(
    installed.length === 1 && installed[0] === 'hvlint',
    `installing it installs only hvlint (node_modules: ${installed.join(', ')})`,
  );

  const npx = (args, env = {}) =>
    spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['--no-install', 'hvlint', ...args], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });
  const version = npx(['--version']);
  check(
    version.status === 0 && version.stdout.trim() === manifest.version,
    `npx hvlint --version prints ${manifest.version}`,
  );
  const run = npx(['estate/', '--format', 'json']);
  const report = run.status === 1 ? JSON.parse(run.stdout) : undefined;
  check(
    report?.summary.documents > 0 && report.findings.some((f) => f.ruleId === 'nlb-igmp-group-missing'),
    `npx hvlint estate/ exits 1 with the example estate's findings (exit ${run.status}${run.stderr ? `, ${run.stderr.trim().split('\n')[0]}` : ''})`,
  );
  const threaded = npx(['estate/', '--format', 'json'], { HVLINT_THREADS: '2' });
  check(
    threaded.status === 1 && threaded.stdout === run.stdout,
    'with worker threads (dist/worker.js): the same report',
  );

  // The action bundle: it must load with no node_modules around it and fail on its inputs, not on an import.
  const action = spawnSync(process.execPath, [path.join(project, 'node_modules/hvlint/dist/index.js')], {
    cwd: project,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, GITHUB_WORKSPACE: project, INPUT_MODE: 'not-a-mode' },
  });
  check(
    /input "mode" must be one of/.test(action.stdout + action.stderr) &&
      !/ERR_MODULE_NOT_FOUND|Cannot find/.test(action.stderr),
    'the action bundle starts without node_modules',
  );
} finally {
  if (!process.argv.includes('--keep')) fs.rmSync(work, { recursive: true, force: true });
  else console.log(`kept ${work}`);
}
if (problems.length > 0) {
  console.error(`check-package: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log('check-package: the packed package installs alone and runs');
