#!/usr/bin/env node
/**
 * `npm run bench`: hvlint (the bundled dist/cli.js, rebuilt when stale) on deterministic
 * estates of 1,000, 10,000 and 100,000 documents, against a parse-only floor (bench/floor.mjs:
 * js-yaml `loadAll` of every file, single-threaded) and ajv-cli validating the same documents
 * against the same schemas (one document per file: ajv-cli reads one). Prints a table and
 * writes bench/RESULTS.md; hand-written notes between the NOTES markers there are kept.
 *
 *   node bench/run.mjs [--sizes 1000,10000,100000] [--runs 3] [--no-ajv] [--no-write]
 *
 * Times are the best of --runs runs (runs of hvlint and the floor alternate, so both see the
 * same machine); peak RSS comes from /usr/bin/time -v when it exists, else from a wrapper
 * reading the child's `process.resourceUsage().maxRSS`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, existing } from './gen.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench', 'out');
const resultsFile = path.join(root, 'bench', 'RESULTS.md');
const KIND_SCHEMAS = {
  HyperVHost: 'hyperv-host.schema.json',
  HyperVCluster: 'hyperv-cluster.schema.json',
  VirtualMachine: 'virtual-machine.schema.json',
  NlbCluster: 'nlb-cluster.schema.json',
  Switch: 'switch.schema.json',
  DomainController: 'domain-controller.schema.json',
  BackupJob: 'backup-job.schema.json',
};

function parseArgs(argv) {
  const args = { sizes: [1000, 10000, 100000], runs: 3, ajv: true, write: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--no-ajv') args.ajv = false;
    else if (a === '--no-write') args.write = false;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Rebuild dist/ when a source, schema or build script is newer than the bundle. */
function ensureBundle() {
  const bundles = ['cli.js', 'worker.js'].map((f) => path.join(root, 'dist', f));
  const built = Math.min(...bundles.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  const sources = Math.max(
    newestMtime(path.join(root, 'src')),
    newestMtime(path.join(root, 'schemas')),
    newestMtime(path.join(root, 'scripts')),
  );
  if (built >= sources) return false;
  console.log('dist/ is stale: npm run bundle');
  const r = spawnSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run bundle failed');
  return true;
}

const haveTime = fs.existsSync('/usr/bin/time');
const rssWrapper = path.join(root, 'bench', 'rss.mjs');

/** Run a command; wall time in seconds (measured here), peak RSS in bytes, exit status. */
function measure(command, args, cwd, stdoutFile) {
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const [cmd, argv] = haveTime
    ? ['/usr/bin/time', ['-v', command, ...args]]
    : [process.execPath, [rssWrapper, command, ...args]];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', out, 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (typeof out === 'number') fs.closeSync(out);
  const stderr = r.stderr.toString();
  const rssMatch = haveTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    : /^maxRSS (\d+)$/m.exec(stderr);
  const statusMatch = haveTime ? /Exit status: (\d+)/.exec(stderr) : /^status (\d+)$/m.exec(stderr);
  return {
    wall,
    rss: rssMatch ? Number(rssMatch[1]) * 1024 : NaN,
    status: statusMatch ? Number(statusMatch[1]) : r.status,
    stderr,
  };
}

function best(samples) {
  return samples.reduce((a, b) => (b.wall < a.wall ? b : a));
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const fmtS = (s) => `${s.toFixed(2)} s`;
const fmtMiB = (b) => `${Math.round(b / (1024 * 1024))} MiB`;
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');

function prepare(size) {
  const dir = path.join(outDir, String(size));
  const split = path.join(outDir, `${size}-split`);
  let stats = existing(dir, size);
  if (!stats || !fs.existsSync(split)) {
    process.stdout.write(`generating ${fmtInt(size)} documents... `);
    stats = generate(dir, size, { split });
    console.log(`${stats.files} files, ${(stats.bytes / 1e6).toFixed(1)} MB`);
  }
  return stats;
}

function runSize(size, runs, withAjv) {
  const stats = prepare(size);
  const rel = String(size);
  const hv = [];
  const floor = [];
  let report = '';
  for (let r = 0; r < runs; r++) {
    const f = measure(process.execPath, [path.join(root, 'bench', 'floor.mjs'), rel], outDir);
    if (f.status !== 0) throw new Error(`floor failed:\n${f.stderr}`);
    floor.push(f);
    const reportFile = path.join(outDir, `${size}.report.txt`);
    const h = measure(process.execPath, [path.join(root, 'dist', 'cli.js'), rel], outDir, reportFile);
    if (h.status !== 0 && h.status !== 1) throw new Error(`hvlint exited ${h.status}:\n${h.stderr}`);
    const rules = /^hvlint timing: rules ([\d.]+) ms$/m.exec(h.stderr);
    const model = /^hvlint timing: model ([\d.]+) ms$/m.exec(h.stderr);
    h.rulePhase = rules ? Number(rules[1]) + (model ? Number(model[1]) : 0) : NaN;
    hv.push(h);
    report = fs.readFileSync(reportFile, 'utf8').trim().split('\n').pop();
  }
  let ajv;
  if (withAjv) {
    // ajv-cli reads one document per file and takes one schema per process. Two ways to run
    // it on the split copy: one process per kind (its schema), or one process for everything
    // with hvlint.schema.json (strict mode off: ajv-cli cannot enable the `discriminator`
    // keyword, so `oneOf` tries each kind). Seven processes pay seven start-ups; one process
    // pays a slower `oneOf`. The faster way is ajv-cli's time.
    const ajvCli = (schema, refs, data, extra = []) => {
      const m = measure(
        process.execPath,
        [
          path.join(root, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
          'validate',
          '-s',
          path.join(root, 'schemas', schema),
          ...refs.flatMap((r) => ['-r', path.join(root, 'schemas', r)]),
          '-d',
          data,
          '--spec=draft2020',
          '--all-errors',
          '--validate-formats=false',
          ...extra,
        ],
        outDir,
      );
      // 1 is "some document is invalid"; a schema that fails to compile also exits 1, so check it validated.
      if ((m.status !== 0 && m.status !== 1) || /^schema .* is invalid$/m.test(m.stderr))
        throw new Error(`ajv-cli exited ${m.status}:\n${m.stderr.slice(-2000)}`);
      return m;
    };
    const perKind = [];
    const union = [];
    for (let r = 0; r < Math.min(runs, 2); r++) {
      let wall = 0;
      let rss = 0;
      for (const [kind, schema] of Object.entries(KIND_SCHEMAS)) {
        const data = path.join(outDir, `${size}-split`, kind, '*.yaml');
        if (!fs.existsSync(path.dirname(data))) continue;
        const m = ajvCli(schema, ['common.schema.json'], data);
        wall += m.wall;
        rss = Math.max(rss, m.rss);
      }
      perKind.push({ wall, rss });
      union.push(
        ajvCli('hvlint.schema.json', [], path.join(outDir, `${size}-split`, '*', '*.yaml'), ['--strict=false']),
      );
    }
    const a = best(perKind);
    const b = best(union);
    ajv = { wall: Math.min(a.wall, b.wall), perKind: a.wall, union: b.wall };
  }
  const h = best(hv);
  const f = best(floor);
  return {
    size,
    stats,
    report,
    hvlint: {
      wall: h.wall,
      rss: Math.max(...hv.map((s) => s.rss)),
      median: median(hv.map((s) => s.wall)),
      rulePhase: Math.min(...hv.map((s) => s.rulePhase)),
    },
    floor: { wall: f.wall, rss: Math.max(...floor.map((s) => s.rss)), median: median(floor.map((s) => s.wall)) },
    ajv,
  };
}

function startup(runs) {
  const small = path.join(root, 'examples', 'backup.yaml');
  const sample = (args) => {
    const walls = [];
    for (let i = 0; i < runs; i++) walls.push(measure(process.execPath, args, root).wall);
    return { min: Math.min(...walls), median: median(walls) };
  };
  const bare = sample(['-e', '0']);
  const version = sample([path.join(root, 'dist', 'cli.js'), '--version']);
  const one = sample([path.join(root, 'dist', 'cli.js'), small]);
  return { bare, version, one };
}

function machine() {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${os.availableParallelism?.() ?? cpus.length}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

function verdict(ok) {
  return ok ? '**met**' : '**missed**';
}

function render(results, start, env, load) {
  const lines = [];
  lines.push('# hvlint benchmark', '');
  lines.push(`Generated by \`npm run bench\` (bench/run.mjs) on ${env.date}.`, '');
  lines.push(`- Machine: ${env.cpu}, ${env.memory}, ${env.os}`);
  lines.push(
    `- Node ${env.node}; hvlint = \`node dist/cli.js <dir>\` (bundled, stylish report to a file, default config); best of the runs, median in brackets`,
  );
  lines.push(
    `- Load average before / after: ${load.before.map((l) => l.toFixed(2)).join(' ')} / ${load.after.map((l) => l.toFixed(2)).join(' ')} (a shared machine: other processes add noise)`,
  );
  lines.push(
    '- Floor: `node bench/floor.mjs <dir>`: read every file and js-yaml 5 `loadAll` it, single-threaded, nothing else',
  );
  lines.push(
    '- ajv-cli, on a copy with one document per file, the faster of two ways (best of two runs each): per kind, `ajv validate -s schemas/<kind>.schema.json -r schemas/common.schema.json -d "<split>/<Kind>/*.yaml" --spec=draft2020 --all-errors --validate-formats=false`, one process per kind, times summed; or all at once, `ajv validate -s schemas/hvlint.schema.json -d "<split>/*/*.yaml" --strict=false` with the same other options (one start-up, but `oneOf` tries each kind: ajv-cli cannot turn on `discriminator`)',
    '',
  );
  lines.push(
    '| Documents | Files | MB | hvlint wall | docs/s | MB/s | peak RSS | floor wall | floor RSS | hvlint ÷ floor | ajv-cli wall (per kind / all at once) | ajv-cli ÷ floor | ajv-cli ÷ hvlint |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const mb = r.stats.bytes / 1e6;
    const ratio = r.hvlint.wall / r.floor.wall;
    lines.push(
      `| ${fmtInt(r.stats.documents)} | ${fmtInt(r.stats.files)} | ${mb.toFixed(1)} | ${fmtS(r.hvlint.wall)} (${r.hvlint.median.toFixed(2)}) | ${fmtInt(r.stats.documents / r.hvlint.wall)} | ${(mb / r.hvlint.wall).toFixed(1)} | ${fmtMiB(r.hvlint.rss)} | ${fmtS(r.floor.wall)} (${r.floor.median.toFixed(2)}) | ${fmtMiB(r.floor.rss)} | ${ratio.toFixed(2)}× | ${r.ajv ? `${fmtS(r.ajv.wall)} (${r.ajv.perKind.toFixed(2)} / ${r.ajv.union.toFixed(2)})` : '–'} | ${r.ajv ? `${(r.ajv.wall / r.floor.wall).toFixed(2)}×` : '–'} | ${r.ajv ? `${(r.ajv.wall / r.hvlint.wall).toFixed(2)}×` : '–'} |`,
    );
  }
  lines.push('', 'Reports (last line of each run):', '');
  for (const r of results) lines.push(`- ${fmtInt(r.size)}: \`${r.report}\``);
  lines.push('', '## Rule phase', '');
  lines.push(
    'Model and rules only (`HVLINT_TIMING=1`: building the indexed estate and running every rule, after loading and validation), best of the runs. Linear rules grow with the estate: about tenfold per tenfold more documents.',
    '',
  );
  lines.push('| Documents | model + rules | growth over the previous size |', '|---:|---:|---:|');
  results.forEach((r, i) => {
    const prev = results[i - 1];
    const growth = prev
      ? `×${(r.hvlint.rulePhase / prev.hvlint.rulePhase).toFixed(1)} for ×${(r.stats.documents / prev.stats.documents).toFixed(0)} documents`
      : '–';
    lines.push(`| ${fmtInt(r.stats.documents)} | ${r.hvlint.rulePhase.toFixed(0)} ms | ${growth} |`);
  });
  lines.push('', '## Start-up', '');
  lines.push('| Command | min | median | over `node -e 0` |', '|---|---:|---:|---:|');
  lines.push(
    `| \`node -e 0\` | ${(start.bare.min * 1000).toFixed(0)} ms | ${(start.bare.median * 1000).toFixed(0)} ms | – |`,
  );
  lines.push(
    `| \`hvlint --version\` | ${(start.version.min * 1000).toFixed(0)} ms | ${(start.version.median * 1000).toFixed(0)} ms | ${((start.version.median - start.bare.median) * 1000).toFixed(0)} ms |`,
  );
  lines.push(
    `| \`hvlint examples/backup.yaml\` | ${(start.one.min * 1000).toFixed(0)} ms | ${(start.one.median * 1000).toFixed(0)} ms | ${((start.one.median - start.bare.median) * 1000).toFixed(0)} ms |`,
  );
  lines.push('', '## Targets', '');
  const at = (n) => results.find((r) => r.size === n);
  const r10 = at(10000);
  const r100 = at(100000);
  if (r10)
    lines.push(
      `- Full lint within 1.3× the floor at 10,000 documents: ${(r10.hvlint.wall / r10.floor.wall).toFixed(2)}× — ${verdict(r10.hvlint.wall / r10.floor.wall <= 1.3)}`,
    );
  if (r100)
    lines.push(
      `- At or below 1.0× the floor at 100,000 documents: ${(r100.hvlint.wall / r100.floor.wall).toFixed(2)}× — ${verdict(r100.hvlint.wall / r100.floor.wall <= 1.0)}`,
    );
  for (const r of results)
    if (r.ajv)
      lines.push(
        `- At least twice as fast as ajv-cli (schema validation only) at ${fmtInt(r.size)}: ajv-cli takes ${(r.ajv.wall / r.hvlint.wall).toFixed(2)}× hvlint's time — ${verdict(r.ajv.wall / r.hvlint.wall >= 2)}`,
      );
  const r1 = at(1000);
  if (r1 && r10) {
    const growth = r10.hvlint.rulePhase / r1.hvlint.rulePhase;
    lines.push(
      `- Rule phase linear, about tenfold from 1,000 to 10,000 documents (not a hundredfold): ×${growth.toFixed(1)} — ${verdict(growth < 20)}`,
    );
  }
  if (r100)
    lines.push(
      `- 100,000 documents under 1 GiB peak RSS: ${fmtMiB(r100.hvlint.rss)} — ${verdict(r100.hvlint.rss < 2 ** 30)}`,
    );
  lines.push(
    `- \`hvlint --version\` within 150 ms of \`node -e 0\`: +${((start.version.median - start.bare.median) * 1000).toFixed(0)} ms — ${verdict(start.version.median - start.bare.median <= 0.15)}`,
  );
  lines.push(
    `- Lint of one small file within 150 ms of \`node -e 0\`: +${((start.one.median - start.bare.median) * 1000).toFixed(0)} ms — ${verdict(start.one.median - start.bare.median <= 0.15)}`,
  );
  return lines.join('\n') + '\n';
}

const NOTES_START = '<!-- NOTES: kept by bench/run.mjs -->';
const NOTES_END = '<!-- /NOTES -->';

function keptNotes() {
  if (!fs.existsSync(resultsFile)) return `${NOTES_START}\n${NOTES_END}\n`;
  const text = fs.readFileSync(resultsFile, 'utf8');
  const a = text.indexOf(NOTES_START);
  const b = text.indexOf(NOTES_END);
  return a >= 0 && b > a ? text.slice(a, b + NOTES_END.length) + '\n' : `${NOTES_START}\n${NOTES_END}\n`;
}

const args = parseArgs(process.argv.slice(2));
// hvlint prints its phase timings to stderr; the rule phase is read from there.
process.env.HVLINT_TIMING = '1';
ensureBundle();
fs.mkdirSync(outDir, { recursive: true });
// An empty config here stops hvlint's search for .hvlint.yml from reaching the repository's.
fs.writeFileSync(path.join(outDir, '.hvlint.yml'), '# benchmark: default settings\n');
const load = { before: os.loadavg() };
const results = [];
for (const size of args.sizes) {
  const runs = size >= 100000 ? Math.max(1, Math.min(args.runs, 2)) : args.runs;
  const r = runSize(size, runs, args.ajv);
  results.push(r);
  console.log(
    `${fmtInt(size).padStart(8)} docs: hvlint ${fmtS(r.hvlint.wall)} (${fmtMiB(r.hvlint.rss)}), floor ${fmtS(r.floor.wall)}, ratio ${(r.hvlint.wall / r.floor.wall).toFixed(2)}×${r.ajv ? `, ajv-cli ${fmtS(r.ajv.wall)} (${(r.ajv.wall / r.floor.wall).toFixed(2)}× floor; per kind ${fmtS(r.ajv.perKind)}, all at once ${fmtS(r.ajv.union)})` : ''}`,
  );
}
const start = startup(10);
load.after = os.loadavg();
const markdown = render(results, start, machine(), load);
console.log('\n' + markdown);
if (args.write) {
  fs.writeFileSync(resultsFile, markdown + '\n' + keptNotes());
  console.log(`wrote ${path.relative(root, resultsFile)}`);
}
