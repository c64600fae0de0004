#!/usr/bin/env node
/**
 * `npm run bench`: hvlint (the bundled dist/cli.js, rebuilt when stale) against the parse-only
 * floor (bench/floor.mjs: js-yaml 5's CommonJS build, the fastest parse it offers on this Node,
 * single-threaded) and ajv-cli, on two corpora and several sizes, with peak RSS and the scaling
 * exponent; then the "did you mean" index and start-up. Prints each section and writes
 * bench/RESULTS.md (hand-written notes between the NOTES markers there are kept).
 *
 *   node bench/run.mjs [--quick] [--sizes 10000,100000,300000] [--corpora synthetic,estate]
 *                      [--runs 3] [--large-runs 1] [--sections corpora,suggestions,startup,whatif,policies] [--no-ajv] [--no-write]
 *
 * --quick: 1,000 and 10,000 documents, for a check in a few minutes (not the targets' sizes).
 * --runs applies below 100,000 documents, --large-runs from 100,000 (a round there takes minutes).
 *
 * Noise: the machine may be shared. Each round runs the floor, hvlint and ajv-cli one after the
 * other, in an order that rotates between rounds, so all three see the same load; the table
 * gives medians, and hvlint ÷ floor is the median of the per-round ratios. The load average is
 * recorded before and after.
 *
 * Adding a measurement: write a section ({ id, title, run(context) → { markdown, targets } })
 * and add it to SECTIONS below. `targets` are { what, value, met } lines for the summary.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generate, existing } from './gen.mjs';
import { generateEstate, existingEstate, typo } from './gen-estate.mjs';
import { generateInventory } from './gen-inventory.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'bench', 'out');
const resultsFile = path.join(root, 'bench', 'RESULTS.md');
// The bundle as it was when the run started (copied there): a rebuild during a long run must not change it.
const cliDir = path.join(outDir, 'dist');
const cli = path.join(cliDir, 'cli.js');
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
  const args = {
    sizes: [10000, 100000, 300000],
    corpora: ['synthetic', 'estate'],
    runs: 3,
    largeRuns: 1,
    sections: undefined,
    ajv: true,
    write: true,
    quick: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--sizes') args.sizes = argv[++i].split(',').map(Number);
    else if (a === '--corpora') args.corpora = argv[++i].split(',');
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else if (a === '--large-runs') args.largeRuns = Number(argv[++i]);
    else if (a === '--sections') args.sections = argv[++i].split(',');
    else if (a === '--no-ajv') args.ajv = false;
    else if (a === '--no-write') args.write = false;
    else if (a === '--quick') {
      args.quick = true;
      args.sizes = [1000, 10000];
    } else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// Running and measuring

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
  if (built >= sources) return;
  console.log('dist/ is stale: npm run bundle');
  const r = spawnSync('npm', ['run', 'bundle'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run bundle failed');
}

const haveTime = fs.existsSync('/usr/bin/time');
const rssWrapper = path.join(root, 'bench', 'rss.mjs');

/** Run a command; wall time in seconds (measured here), peak RSS in bytes, exit status. */
function measure(command, args, cwd, { stdoutFile, env } = {}) {
  const out = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore';
  const [cmd, argv] = haveTime
    ? ['/usr/bin/time', ['-v', command, ...args]]
    : [process.execPath, [rssWrapper, command, ...args]];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd,
    env: env ? { ...process.env, ...env } : process.env,
    stdio: ['ignore', out, 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (typeof out === 'number') fs.closeSync(out);
  const stderr = r.stderr.toString();
  const rssMatch = haveTime
    ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
    : /^maxRSS (\d+)$/m.exec(stderr);
  const statusMatch = haveTime ? /Exit status: (\d+)/.exec(stderr) : /^status (\d+)$/m.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  return {
    wall,
    // CPU seconds (NaN without /usr/bin/time): unlike wall time, not stretched by waiting for a core.
    cpu: user && system ? Number(user[1]) + Number(system[1]) : NaN,
    rss: rssMatch ? Number(rssMatch[1]) * 1024 : NaN,
    status: statusMatch ? Number(statusMatch[1]) : r.status,
    stderr,
  };
}

function median(values) {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const fmtS = (s) => `${s.toFixed(2)} s`;
const fmtMiB = (b) => `${Math.round(b / (1024 * 1024))} MiB`;
const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtX = (x) => `${x.toFixed(2)}×`;
const verdict = (met) => (met ? '**met**' : '**missed**');

// ---------------------------------------------------------------------------------------------
// Corpora

const CORPORA = {
  synthetic: {
    title: 'synthetic (bench/gen.mjs)',
    describe:
      'sites of 50 documents in 9 files (5.6 documents a file), every reference resolving, deliberate mistakes in some sites; all in the fast parser’s subset',
    prepare(size) {
      const dir = path.join(outDir, String(size));
      const split = path.join(outDir, `${size}-split`);
      let stats = existing(dir, size);
      if (!stats || !fs.existsSync(split)) stats = generate(dir, size, { split });
      return { dir, split, stats };
    },
  },
  estate: {
    title: 'estate (bench/gen-estate.mjs)',
    describe:
      'datacenters with their own naming, mostly one document a file, references resolving as in a real estate, ~1 % planted findings (typos in references of every kind and other mistakes), ~3 % of files valid YAML outside the fast parser’s subset',
    prepare(size) {
      const dir = path.join(outDir, `estate-${size}`);
      const split = path.join(outDir, `estate-${size}-split`);
      let stats = existingEstate(dir, size);
      if (!stats || !fs.existsSync(split)) stats = generateEstate(dir, size, { split });
      return { dir, split, stats };
    },
  },
};

function floorRun(dir, extra = []) {
  const f = measure(process.execPath, [path.join(root, 'bench', 'floor.mjs'), ...extra, dir], outDir);
  if (f.status !== 0) throw new Error(`floor failed:\n${f.stderr}`);
  return f;
}

function hvlintRun(dir, reportFile, env) {
  const h = measure(process.execPath, [cli, dir], outDir, {
    stdoutFile: reportFile,
    env: { HVLINT_TIMING: '1', ...env },
  });
  if (h.status !== 0 && h.status !== 1) throw new Error(`hvlint exited ${h.status}:\n${h.stderr.slice(-3000)}`);
  const ms = (name) => {
    const m = new RegExp(`^hvlint timing: ${name} ([\\d.]+) ms$`, 'm').exec(h.stderr);
    return m ? Number(m[1]) / 1000 : NaN;
  };
  h.rulePhase = ms('rules') + (ms('model') || 0);
  h.unresolved = ms('rule unresolved-reference');
  return h;
}

/**
 * ajv-cli reads one document a file and takes one schema a process. Two ways on the split copy:
 * one process per kind (its schema; seven start-ups), or one process with hvlint.schema.json
 * (`--strict=false`: ajv-cli cannot turn on `discriminator`, so `oneOf` tries every kind).
 */
function ajvRun(split, schema, refs, data, extra = []) {
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
}

function ajvAllAtOnce(split) {
  return ajvRun(split, 'hvlint.schema.json', [], path.join(split, '*', '*.yaml'), ['--strict=false']);
}

function ajvPerKind(split) {
  let wall = 0;
  let rss = 0;
  for (const [kind, schema] of Object.entries(KIND_SCHEMAS)) {
    if (!fs.existsSync(path.join(split, kind))) continue;
    const m = ajvRun(split, schema, ['common.schema.json'], path.join(split, kind, '*.yaml'));
    wall += m.wall;
    rss = Math.max(rss, m.rss);
  }
  return { wall, rss };
}

/** One corpus at one size: `runs` rounds of floor, hvlint and ajv-cli in rotating order. */
function measureCorpus(corpusId, size, args) {
  const corpus = CORPORA[corpusId];
  process.stdout.write(`${corpusId} ${fmtInt(size)}: preparing… `);
  const { dir, split, stats } = corpus.prepare(size);
  process.stdout.write(`${fmtInt(stats.documents)} documents in ${fmtInt(stats.files)} files; `);
  const reportFile = path.join(outDir, `${corpusId}-${size}.report.txt`);
  const rounds = [];
  let perKind;
  let esmFloor;
  const runs = size >= 100000 ? args.largeRuns : args.runs;
  for (let r = 0; r < runs; r++) {
    const round = {};
    const steps = [
      () => {
        round.floor = floorRun(dir);
        // The ES module build of js-yaml, for the footnote: once, up to 100,000 documents.
        if (r === 0 && size <= 100000) esmFloor = floorRun(dir, ['--esm']);
      },
      () => (round.hvlint = hvlintRun(dir, reportFile)),
      () => {
        if (!args.ajv) return;
        round.ajv = ajvAllAtOnce(split);
        // Per kind (seven start-ups) was slower at every size measured; once, up to 10,000 documents.
        if (r === 0 && size <= 10000) perKind = ajvPerKind(split);
      },
    ];
    for (let k = 0; k < steps.length; k++) steps[(k + r) % steps.length]();
    rounds.push(round);
    process.stdout.write('.');
  }
  const report = fs.readFileSync(reportFile, 'utf8').trim().split('\n').pop();
  const hv = rounds.map((x) => x.hvlint);
  const fl = rounds.map((x) => x.floor);
  const result = {
    corpus: corpusId,
    size,
    stats,
    report,
    hvlint: {
      wall: median(hv.map((s) => s.wall)),
      rss: Math.max(...hv.map((s) => s.rss)),
      rulePhase: median(hv.map((s) => s.rulePhase)),
      unresolved: median(hv.map((s) => s.unresolved)),
    },
    floor: { wall: median(fl.map((s) => s.wall)), rss: Math.max(...fl.map((s) => s.rss)) },
    esmFloor: esmFloor?.wall,
    ratio: median(rounds.map((x) => x.hvlint.wall / x.floor.wall)),
  };
  if (args.ajv) {
    const union = median(rounds.map((x) => x.ajv.wall));
    const ajvWall = Math.min(union, perKind?.wall ?? Infinity);
    result.ajv = {
      wall: ajvWall,
      union,
      perKind: perKind?.wall,
      // Paired: each round's ajv-cli (the faster way) over that round's hvlint.
      overHvlint: median(rounds.map((x) => Math.min(x.ajv.wall, perKind?.wall ?? Infinity) / x.hvlint.wall)),
      rss: Math.max(...rounds.map((x) => x.ajv.rss), perKind?.rss ?? 0),
    };
  }
  console.log(
    ` hvlint ${fmtS(result.hvlint.wall)} (${fmtMiB(result.hvlint.rss)}), floor ${fmtS(result.floor.wall)}, hvlint ÷ floor ${fmtX(result.ratio)}` +
      (result.ajv ? `, ajv-cli ${fmtS(result.ajv.wall)} (ajv-cli ÷ hvlint ${fmtX(result.ajv.overHvlint)})` : ''),
  );
  return result;
}

/** Exponent of wall time against documents between two sizes: 1.0 is linear. */
function exponent(a, b) {
  return Math.log(b.hvlint.wall / a.hvlint.wall) / Math.log(b.stats.documents / a.stats.documents);
}

const corporaSection = {
  id: 'corpora',
  title: 'Lint against the floor and ajv-cli',
  run({ args }) {
    const results = [];
    // Size by size, both corpora at each: a run cut short still compares them.
    for (const size of args.sizes)
      for (const corpusId of args.corpora) results.push(measureCorpus(corpusId, size, args));
    results.sort((a, b) => args.corpora.indexOf(a.corpus) - args.corpora.indexOf(b.corpus) || a.size - b.size);
    const lines = [];
    const targets = [];
    lines.push(
      '| Corpus | Documents | Files | MB | hvlint | peak RSS | floor | floor RSS | hvlint ÷ floor | ajv-cli (all at once / per kind) | ajv-cli RSS | ajv-cli ÷ hvlint | model + rules | unresolved-reference |',
    );
    lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const r of results) {
      lines.push(
        `| ${r.corpus} | ${fmtInt(r.stats.documents)} | ${fmtInt(r.stats.files)} | ${(r.stats.bytes / 1e6).toFixed(1)} | ${fmtS(r.hvlint.wall)} | ${fmtMiB(r.hvlint.rss)} | ${fmtS(r.floor.wall)} | ${fmtMiB(r.floor.rss)} | ${fmtX(r.ratio)} | ${r.ajv ? `${fmtS(r.ajv.wall)} (${r.ajv.union.toFixed(2)} / ${r.ajv.perKind?.toFixed(2) ?? '–'})` : '–'} | ${r.ajv ? fmtMiB(r.ajv.rss) : '–'} | ${r.ajv ? fmtX(r.ajv.overHvlint) : '–'} | ${fmtS(r.hvlint.rulePhase)} | ${Number.isNaN(r.hvlint.unresolved) ? '< top ten' : fmtS(r.hvlint.unresolved)} |`,
      );
    }
    lines.push(
      '',
      `Footnote: against the floor on js-yaml’s ES module build (\`dist/js-yaml.mjs\`, what \`import\` resolves to; one run each, not the floor): ${results
        .filter((r) => r.esmFloor !== undefined)
        .map(
          (r) => `${r.corpus} ${fmtInt(r.size)} ${fmtS(r.esmFloor)} (hvlint ÷ it ${fmtX(r.hvlint.wall / r.esmFloor)})`,
        )
        .join('; ')}.`,
    );
    lines.push('', 'Scaling of hvlint’s wall time (exponent of time against documents; 1.00 is linear):', '');
    lines.push('| Corpus | From | To | exponent |', '|---|---:|---:|---:|');
    for (const corpusId of args.corpora) {
      const rs = results.filter((r) => r.corpus === corpusId);
      for (let i = 1; i < rs.length; i++) {
        const e = exponent(rs[i - 1], rs[i]);
        lines.push(
          `| ${corpusId} | ${fmtInt(rs[i - 1].stats.documents)} | ${fmtInt(rs[i].stats.documents)} | ${e.toFixed(2)} |`,
        );
        console.log(`scaling ${corpusId} ${fmtInt(rs[i - 1].size)} → ${fmtInt(rs[i].size)}: exponent ${e.toFixed(2)}`);
        if (rs[i - 1].size === 100000 && rs[i].size === 300000)
          targets.push({
            what: `${corpusId}: scaling exponent 100,000 → 300,000 ≤ 1.1`,
            value: e.toFixed(2),
            met: e <= 1.1,
          });
      }
    }
    lines.push('', 'Reports (last line of the last run):', '');
    for (const r of results) lines.push(`- ${r.corpus} ${fmtInt(r.size)}: \`${r.report}\``);
    const bound = { 10000: 1.3, 100000: 1.0, 300000: 1.0 };
    for (const r of results) {
      const name = `${r.corpus} ${fmtInt(r.size)}`;
      if (bound[r.size] !== undefined)
        targets.push({
          what: `${name}: hvlint ÷ floor ≤ ${bound[r.size].toFixed(1)}`,
          value: fmtX(r.ratio),
          met: r.ratio <= bound[r.size],
        });
      if (r.size === 300000)
        targets.push({ what: `${name}: peak RSS < 1 GiB`, value: fmtMiB(r.hvlint.rss), met: r.hvlint.rss < 2 ** 30 });
      if (r.ajv)
        targets.push({
          what: `${name}: ajv-cli takes ≥ 1.5× hvlint’s time`,
          value: fmtX(r.ajv.overHvlint),
          met: r.ajv.overHvlint >= 1.5,
        });
    }
    return { markdown: lines.join('\n'), targets, results };
  },
};

// ---------------------------------------------------------------------------------------------
// "Did you mean" over many names

const suggestionsSection = {
  id: 'suggestions',
  title: 'Did-you-mean index: 1,000 typos against 100,000 names',
  async run() {
    // The index as hvlint bundles it, from the TypeScript source.
    const { build } = await import('esbuild');
    const entry = path.join(outDir, 'suggestions.mjs');
    await build({
      stdin: {
        contents: "export { SuggestionIndex, closest } from './src/util/strings.ts';",
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: entry,
      logLevel: 'warning',
    });
    const { SuggestionIndex, closest } = await import(`${entry}?${Date.now()}`);
    // VM names as the estate corpus writes them, in three naming styles.
    const names = [];
    const roles = ['app', 'sql', 'file', 'web', 'rds', 'iis', 'exch', 'sccm', 'wsus', 'mgmt'];
    for (let i = 0; names.length < 100000; i++) {
      const dc = `${['ams', 'fra', 'lon', 'par', 'mad'][i % 5]}${1 + Math.floor(i / 5000)}`;
      const n = String(1 + (Math.floor(i / 5) % 1000)).padStart(3, '0');
      const role = roles[Math.floor(i / 7) % roles.length];
      names.push(
        i % 3 === 0
          ? `${dc}${role}${n}`.toUpperCase()
          : i % 3 === 1
            ? `${dc}-${role}-${n}`
            : `${dc.toUpperCase()}-${role.toUpperCase()}${n}`,
      );
    }
    let seed = 16;
    const rand = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    rand.int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
    const typos = Array.from({ length: 1000 }, () => typo(rand, names[Math.floor(rand() * names.length)]));
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const index = new SuggestionIndex(names);
    const t1 = process.hrtime.bigint();
    const hints = typos.map((t) => index.closest(t));
    const t2 = process.hrtime.bigint();
    const cpu = process.cpuUsage(cpu0);
    const buildS = Number(t1 - t0) / 1e9;
    const lookupS = Number(t2 - t1) / 1e9;
    const cpuS = (cpu.user + cpu.system) / 1e6;
    // The same hints as a scan of every name, on a sample (a scan is ~20 ms a typo at this size).
    const sample = typos.slice(0, 20);
    const s0 = process.hrtime.bigint();
    const scanned = sample.map((t) => closest(t, names));
    const scanS = (Number(process.hrtime.bigint() - s0) / 1e9 / sample.length) * typos.length;
    const same = scanned.every((h, i) => h === hints[i]);
    const found = hints.filter(Boolean).length;
    const line = `build ${fmtS(buildS)}, 1,000 lookups ${fmtS(lookupS)} (${fmtS(cpuS)} CPU for both); ${found} of 1,000 typos get a hint; a scan of every name would take ~${fmtS(scanS)}; same hints as the scan on ${sample.length} of them: ${same ? 'yes' : 'NO'}`;
    console.log(`suggestions: ${line}`);
    return {
      markdown: `100,000 VM names in three naming styles, 1,000 typos of them (dropped, doubled, swapped or wrong characters): ${line}.`,
      targets: [
        {
          // CPU time: on a shared machine the wall time also counts waiting for a core.
          what: 'did-you-mean: index build + 1,000 typos against 100,000 names well under a second (≤ 0.5 s of CPU, same hints as a scan)',
          value: `${fmtS(cpuS)} CPU (${fmtS(buildS + lookupS)} wall)`,
          met: cpuS <= 0.5 && same,
        },
      ],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Start-up

const startupSection = {
  id: 'startup',
  title: 'Start-up',
  run() {
    const small = path.join(root, 'examples', 'backup.yaml');
    // The same file in a folder with no .hvlint.yml (the repository's own config compiles the example policies).
    const plainDir = path.join(outDir, 'startup-plain');
    fs.rmSync(plainDir, { recursive: true, force: true });
    fs.mkdirSync(plainDir, { recursive: true });
    fs.copyFileSync(small, path.join(plainDir, 'backup.yaml'));
    const runs = 15;
    const commands = {
      bare: ['-e', '0'],
      version: [cli, '--version'],
      one: [cli, small],
      plain: [cli, 'backup.yaml'],
    };
    const wall = { bare: [], version: [], one: [], plain: [] };
    const cpu = { bare: [], version: [], one: [], plain: [] };
    // Interleaved, so all see the same load.
    for (let i = 0; i < runs; i++) {
      for (const [key, args] of Object.entries(commands)) {
        const m = measure(process.execPath, args, key === 'plain' ? plainDir : root);
        wall[key].push(m.wall);
        cpu[key].push(m.cpu);
      }
    }
    // Medians of paired differences, in ms. CPU time is not stretched by waiting for a core.
    const over = (series, key) => median(series[key].map((v, i) => v - series.bare[i])) * 1000;
    const row = (label, key) =>
      `| ${label} | ${(Math.min(...wall[key]) * 1000).toFixed(0)} ms | ${(median(wall[key]) * 1000).toFixed(0)} ms | ${key === 'bare' ? '–' : `+${over(wall, key).toFixed(0)} ms`} | ${key === 'bare' ? '–' : `+${over(cpu, key).toFixed(0)} ms`} |`;
    const lines = [
      '| Command | min | median | over `node -e 0` (median of paired differences) | CPU over `node -e 0` |',
      '|---|---:|---:|---:|---:|',
    ];
    lines.push(row('`node -e 0`', 'bare'));
    lines.push(row('`hvlint --version`', 'version'));
    lines.push(row("`hvlint examples/backup.yaml` (with the repository's .hvlint.yml: three policy files)", 'one'));
    lines.push(row('`hvlint backup.yaml` (the same file, no config)', 'plain'));
    const one = over(wall, 'one');
    const oneCpu = over(cpu, 'one');
    console.log(
      `start-up: --version +${over(wall, 'version').toFixed(0)} ms, one file +${one.toFixed(0)} ms over node -e 0 (CPU +${oneCpu.toFixed(0)} ms), without a config +${over(wall, 'plain').toFixed(0)} ms`,
    );
    return {
      markdown: lines.join('\n'),
      targets: [
        {
          what: 'cold start, one-file lint ≤ +80 ms over `node -e 0` (wall; CPU time in brackets)',
          value: `+${one.toFixed(0)} ms (CPU +${oneCpu.toFixed(0)} ms)`,
          met: one <= 80,
        },
      ],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Import

const importSection = {
  id: 'import',
  title: 'Import',
  run({ args }) {
    const inventory = path.join(outDir, 'inventory');
    const size = { hosts: 50, vms: 2000 };
    generateInventory(inventory, size);
    const runs = Math.max(3, args.runs);
    const samples = [];
    let files = 0;
    for (let i = 0; i < runs; i++) {
      const out = path.join(outDir, `imported-${i}`);
      fs.rmSync(out, { recursive: true, force: true });
      const r = measure(
        process.execPath,
        [path.join(root, 'dist', 'cli.js'), 'import', '--inventory', inventory, '--out', out],
        outDir,
      );
      if (r.status !== 0) throw new Error(`hvlint import exited ${r.status}: ${r.stderr.slice(0, 500)}`);
      samples.push(r);
      files = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;
    }
    // The same bytes every time.
    const text = (i) =>
      fs
        .readdirSync(path.join(outDir, `imported-${i}`), { recursive: true })
        .map(String)
        .sort()
        .map((f) => (f.endsWith('.yaml') ? fs.readFileSync(path.join(outDir, `imported-${i}`, f), 'utf8') : ''))
        .join('\0');
    const same = text(0) === text(runs - 1);
    const update = measure(
      process.execPath,
      [
        path.join(root, 'dist', 'cli.js'),
        'import',
        '--inventory',
        inventory,
        '--update',
        '--dry-run',
        path.join(outDir, 'imported-0'),
      ],
      outDir,
    );
    const wall = median(samples.map((s) => s.wall));
    const cpu = median(samples.map((s) => s.cpu));
    const rss = median(samples.map((s) => s.rss));
    console.log(
      `import: ${size.hosts} hosts, ${size.vms} VMs in ${fmtS(wall)} (${fmtMiB(rss)}); --update --dry-run ${fmtS(update.wall)}`,
    );
    return {
      markdown: [
        `An inventory of ${size.hosts} hosts in clusters of 5 and ${fmtInt(size.vms)} VMs (two disks and an adapter each), half written by Windows PowerShell 5.1 (UTF-16 LE, enums as numbers), half by PowerShell 7 (bench/gen-inventory.mjs). \`hvlint import --inventory <dir> --out <new dir>\`, ${runs} runs; then \`--update --dry-run\` over the result (nothing to change).`,
        '',
        '| Command | median wall | median CPU (user + system) | peak RSS | files written |',
        '|---|---:|---:|---:|---:|',
        `| \`hvlint import\` | ${fmtS(wall)} | ${Number.isNaN(cpu) ? '–' : fmtS(cpu)} | ${fmtMiB(rss)} | ${files} |`,
        `| \`hvlint import --update --dry-run\` | ${fmtS(update.wall)} | ${Number.isNaN(update.cpu) ? '–' : fmtS(update.cpu)} | ${fmtMiB(update.rss)} | – |`,
        '',
        `Every run wrote the same bytes: ${same ? 'yes' : '**no**'}.`,
      ].join('\n'),
      targets: [
        {
          what: 'import of 50 hosts and 2,000 VMs < 5 s',
          value: `${fmtS(wall)} wall${Number.isNaN(cpu) ? '' : `, ${fmtS(cpu)} CPU`}`,
          met: wall < 5 && same,
        },
      ],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// What-if sweep

/**
 * `hvlint whatif` over the synthetic 10,000-document estate (every host, switch and LAG failed
 * in turn) against the plain lint with the six single-failure rules off, and the lint as it
 * ships (those rules on: the same sweep inside every lint). Rounds interleave the three runs.
 */
const whatifSection = {
  id: 'whatif',
  title: 'What-if sweep',
  run({ args }) {
    const size = 10000;
    const { dir, stats } = CORPORA.synthetic.prepare(size);
    const offConfig = path.join(outDir, 'whatif-rules-off.hvlint.yml');
    const ids = [
      'backup-proxy-single-failure-domain',
      'cluster-n1-capacity',
      'cluster-quorum-n1',
      'dc-single-failure-domain',
      'network-single-failure-domain',
      'nlb-single-failure-domain',
    ];
    fs.writeFileSync(offConfig, `rules:\n${ids.map((id) => `  ${id}: off\n`).join('')}`);
    const cli = path.join(root, 'dist', 'cli.js');
    const run = (argv, file) => {
      const m = measure(process.execPath, [cli, ...argv], outDir, { stdoutFile: path.join(outDir, file) });
      if (m.status !== 0 && m.status !== 1)
        throw new Error(`hvlint ${argv.join(' ')} exited ${m.status}:\n${m.stderr.slice(-2000)}`);
      return m.wall;
    };
    const samples = { plain: [], lint: [], whatif: [], ratio: [] };
    for (let i = 0; i < args.runs; i++) {
      process.stdout.write(`what-if ${fmtInt(size)}: round ${i + 1}/${args.runs}… `);
      const plain = run(['-c', offConfig, dir], 'whatif-plain.txt');
      const lint = run([dir], 'whatif-lint.txt');
      const whatif = run(
        ['whatif', dir, '--format', 'json', '-o', path.join(outDir, 'whatif.json')],
        'whatif-stdout.txt',
      );
      samples.plain.push(plain);
      samples.lint.push(lint);
      samples.whatif.push(whatif);
      samples.ratio.push(whatif / plain);
      console.log(`plain ${fmtS(plain)}, lint ${fmtS(lint)}, whatif ${fmtS(whatif)}`);
    }
    const report = JSON.parse(fs.readFileSync(path.join(outDir, 'whatif.json'), 'utf8'));
    const failures = report.failures.length;
    const hit = report.failures.filter((f) => f.consequences.length > 0).length;
    const ratio = median(samples.ratio);
    const lines = [
      `${fmtInt(stats.documents ?? size)} documents; ${fmtInt(failures)} single failures simulated (every host, switch and LAG), ${fmtInt(hit)} with consequences, ${fmtInt(report.findings.length)} findings.`,
      '',
      '| Run | median wall |',
      '|---|---:|',
      `| \`hvlint -c <six single-failure rules off> <dir>\` (plain lint) | ${fmtS(median(samples.plain))} |`,
      `| \`hvlint <dir>\` (as shipped: the N-1 rules run the sweep in every lint) | ${fmtS(median(samples.lint))} |`,
      `| \`hvlint whatif <dir> --format json\` (full sweep and report) | ${fmtS(median(samples.whatif))} |`,
      '',
      `whatif ÷ plain lint: ${fmtX(ratio)} (median of the per-round ratios).`,
    ];
    console.log(`what-if: ${fmtX(ratio)} the plain lint (${fmtInt(failures)} failures)`);
    return {
      markdown: lines.join('\n'),
      targets: [
        {
          what: `full single-failure sweep (\`hvlint whatif\`) over ${fmtInt(size)} documents ≤ 2× the plain lint`,
          value: fmtX(ratio),
          met: ratio <= 2,
        },
      ],
    };
  },
};

// ---------------------------------------------------------------------------------------------
// Custom policies

/**
 * The twenty policies of bench/policies/ (CEL, docs/policies.md) over the synthetic
 * 10,000-document estate: the lint with them against the lint without them (the same estate and
 * settings otherwise), rounds interleaved. The figure is the median of the per-round ratios of
 * CPU time (user + system: unlike wall time, not stretched by other jobs on a shared machine;
 * wall time when /usr/bin/time is missing); the in-process policy phase (HVLINT_TIMING) is shown
 * beside it.
 */
const policiesSection = {
  id: 'policies',
  title: 'Custom policies',
  run({ args }) {
    const size = 10000;
    const { dir, stats } = CORPORA.synthetic.prepare(size);
    const policyDir = path.join(root, 'bench', 'policies');
    const count = fs
      .readdirSync(policyDir)
      .filter((f) => f.endsWith('.yaml'))
      .reduce(
        (n, f) => n + (fs.readFileSync(path.join(policyDir, f), 'utf8').match(/^kind: Policy$/gm) ?? []).length,
        0,
      );
    // Policy globs are relative to the config's directory and stay inside it: a copy beside the config.
    fs.rmSync(path.join(outDir, 'policies'), { recursive: true, force: true });
    fs.cpSync(policyDir, path.join(outDir, 'policies'), { recursive: true });
    const withConfig = path.join(outDir, 'policies.hvlint.yml');
    fs.writeFileSync(withConfig, 'policies:\n  - policies/*.yaml\n');
    const withoutConfig = path.join(outDir, '.hvlint.yml');
    const run = (config, file) => {
      const m = measure(process.execPath, [cli, '-c', config, dir], outDir, {
        stdoutFile: path.join(outDir, file),
        env: { HVLINT_TIMING: '1' },
      });
      if (m.status !== 0 && m.status !== 1) throw new Error(`hvlint exited ${m.status}:\n${m.stderr.slice(-2000)}`);
      const phase = /^hvlint timing: policies ([\d.]+) ms$/m.exec(m.stderr);
      m.policyPhase = phase ? Number(phase[1]) / 1000 : NaN;
      return m;
    };
    const samples = { without: [], with: [], ratio: [], phase: [] };
    const rounds = Math.max(3, args.runs);
    for (let i = 0; i < rounds; i++) {
      process.stdout.write(`policies ${fmtInt(size)}: round ${i + 1}/${rounds}… `);
      const pair = i % 2 === 0 ? ['without', 'with'] : ['with', 'without'];
      const got = {};
      for (const which of pair)
        got[which] = run(which === 'with' ? withConfig : withoutConfig, `policies-${which}.txt`);
      const time = (m) => (Number.isNaN(m.cpu) ? m.wall : m.cpu);
      samples.without.push(got.without);
      samples.with.push(got.with);
      samples.ratio.push(time(got.with) / time(got.without) - 1);
      samples.phase.push(got.with.policyPhase);
      console.log(
        `without ${fmtS(time(got.without))}, with ${fmtS(time(got.with))} (policy phase ${fmtS(got.with.policyPhase)})`,
      );
    }
    const report = fs.readFileSync(path.join(outDir, 'policies-with.txt'), 'utf8');
    const found = [...report.matchAll(/\[bench\/[\w-]+\]$/gm)].length;
    const stopped = (report.match(/\[policy\]$/gm) ?? []).length;
    const added = median(samples.ratio) * 100;
    const cpuKnown = samples.with.every((m) => !Number.isNaN(m.cpu));
    const what = cpuKnown ? 'CPU' : 'wall';
    const line = `${count} policies over the ${fmtInt(stats.documents ?? size)}-document bench estate add ${added.toFixed(0)} % to lint time`;
    console.log(line);
    return {
      markdown: [
        `bench/policies/: ${count} policies (VM labels, adapters and disks per element with \`forEach\`, backup, cluster, NLB, switch and domain joins, helpers, \`matches\`) over the synthetic ${fmtInt(stats.documents ?? size)}-document estate; ${found} policy findings, ${stopped} policies stopped. ${rounds} rounds, in alternating order.`,
        '',
        '| Run | median wall | median CPU (user + system) |',
        '|---|---:|---:|',
        `| \`hvlint <dir>\` (no policies) | ${fmtS(median(samples.without.map((m) => m.wall)))} | ${cpuKnown ? fmtS(median(samples.without.map((m) => m.cpu))) : '–'} |`,
        `| \`hvlint -c <policies> <dir>\` | ${fmtS(median(samples.with.map((m) => m.wall)))} | ${cpuKnown ? fmtS(median(samples.with.map((m) => m.cpu))) : '–'} |`,
        '',
        `**${line}** (median of the per-round ratios of ${what} time); the policy phase itself (HVLINT_TIMING, in process) takes ${fmtS(median(samples.phase))}.`,
      ].join('\n'),
      targets: [
        {
          what: `${count} policies over the ${fmtInt(size)}-document bench estate add ≤ 25 % to lint time`,
          value: `${added.toFixed(0)} % (${what})`,
          met: added <= 25 && stopped === 0,
        },
      ],
    };
  },
};

/** Every measured section, in order. Add new ones here. */
const SECTIONS = [corporaSection, suggestionsSection, startupSection, importSection, whatifSection, policiesSection];

// ---------------------------------------------------------------------------------------------
// Report

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

function render(sections, env, load, args) {
  const lines = [];
  lines.push('# hvlint benchmark', '');
  lines.push(`Generated by \`npm run bench${args.quick ? ' -- --quick' : ''}\` (bench/run.mjs) on ${env.date}.`, '');
  lines.push(`- Machine: ${env.cpu}, ${env.memory}, ${env.os}; Node ${env.node}`);
  lines.push(
    `- Load average (1, 5, 15 min) before / after: ${load.before.map((l) => l.toFixed(2)).join(' ')} / ${load.after.map((l) => l.toFixed(2)).join(' ')} — a shared machine: other jobs add noise`,
  );
  lines.push(
    '- hvlint: `node dist/cli.js <dir>` (the bundle, default config, stylish report to a file, its own choice of threads)',
  );
  lines.push(
    '- Floor: `node bench/floor.mjs <dir>`: read every file and parse it with js-yaml 5 `loadAll`, single-threaded, nothing else; js-yaml’s **CommonJS build** (`dist/js-yaml.cjs.js`, loaded with `require`), the fastest parse js-yaml 5 offers on this Node (see the footnote for its ES module build)',
  );
  lines.push(
    '- ajv-cli: on a copy with one document a file, the faster of one process for everything (`ajv validate -s schemas/hvlint.schema.json -d "<split>/*/*.yaml" --spec=draft2020 --all-errors --validate-formats=false --strict=false`) and one process per kind (`-s schemas/<kind>.schema.json -r schemas/common.schema.json -d "<split>/<Kind>/*.yaml"`, times summed; up to 10,000 documents only, where it was already the slower way)',
  );
  lines.push(
    `- ${args.runs} rounds per corpus and size below 100,000 documents, ${args.largeRuns} from 100,000; each round runs the floor, hvlint and ajv-cli in rotating order; times are medians, ratios the median of the per-round ratios`,
  );
  lines.push(`- Corpora: ${args.corpora.map((c) => `**${c}**: ${CORPORA[c].describe}`).join('; ')}`, '');
  const targets = [];
  for (const s of sections) {
    lines.push(`## ${s.title}`, '', s.markdown, '');
    targets.push(...s.targets);
  }
  lines.push('## Targets', '');
  for (const t of targets) lines.push(`- ${t.what}: ${t.value} — ${verdict(t.met)}`);
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
ensureBundle();
fs.mkdirSync(outDir, { recursive: true });
fs.rmSync(cliDir, { recursive: true, force: true });
fs.cpSync(path.join(root, 'dist'), cliDir, { recursive: true });
// An empty config here stops hvlint's search for .hvlint.yml from reaching the repository's.
fs.writeFileSync(path.join(outDir, '.hvlint.yml'), '# benchmark: default settings\n');
const load = { before: os.loadavg() };
console.log(`load average ${load.before.map((l) => l.toFixed(2)).join(' ')}`);
const done = [];
for (const section of SECTIONS) {
  if (args.sections && !args.sections.includes(section.id)) continue;
  const result = await section.run({ args });
  done.push({ title: section.title, ...result });
}
load.after = os.loadavg();
const markdown = render(done, machine(), load, args);
console.log('\n' + markdown);
if (args.write) {
  fs.writeFileSync(resultsFile, markdown + '\n' + keptNotes());
  console.log(`wrote ${path.relative(root, resultsFile)}`);
}
