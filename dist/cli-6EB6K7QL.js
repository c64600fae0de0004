import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  applyFilters,
  readBaselineFile
} from "./cli-KLYKXWSW.js";
import {
  DEFAULT_LIMITS,
  SourceFile,
  checkFile,
  checkText,
  discover,
  fileFinding,
  nodeFileReader,
  policyRule,
  problemFinding,
  runPolicies,
  runRules,
  treeBuilder
} from "./cli-BEQ6GYCR.js";
import {
  CATALOGUE,
  Estate,
  MODEL_RULES,
  ManifestDocument
} from "./cli-PUD23IAA.js";
import {
  entryOptions,
  entrySeverity
} from "./cli-C4AQW5EH.js";

// src/lint.ts
import * as path from "node:path";

// src/pipeline/parallel.ts
import * as fs from "node:fs";
import * as os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var PARALLEL_FILES = 3e4;
var PARALLEL_BYTES = 16 * 1024 * 1024;
var MAX_BATCH_FILES = 64;
var parallelStats = { batchesOnWorkers: 0, batchesOnMain: 0 };
function fromWire(entry, wire, limits) {
  const checked = { file: entry.file, source: void 0, documents: [], findings: wire.findings };
  if (wire.text === void 0) return checked;
  const source = new SourceFile(entry.file, wire.text);
  checked.source = source;
  const treeOf = treeBuilder(source, limits);
  for (const d of wire.documents) {
    const value = d.json !== void 0 ? JSON.parse(d.json) : d.value;
    const text = { index: d.index, start: d.start, end: d.end, value };
    checked.documents.push(new ManifestDocument(source, { ...text, root: treeOf(text) }, d.valid));
  }
  return checked;
}
var workerScript = new URL("./worker.js", import.meta.url);
function workerAvailable() {
  if (!workerScript) return false;
  try {
    return fs.existsSync(fileURLToPath(workerScript));
  } catch {
    return false;
  }
}
function workerThreadsFor(files, requested) {
  const fromEnv = process.env["HVLINT_THREADS"];
  if (requested === void 0 && fromEnv !== void 0 && /^\d+$/.test(fromEnv)) requested = Number(fromEnv);
  if (requested !== void 0) return requested > 1 && workerAvailable() ? Math.floor(requested) : 0;
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  if (cores < 2 || files.length < 2 || !workerAvailable()) return 0;
  let work = files.length / PARALLEL_FILES;
  for (let i = 0; i < files.length && work < 1; i++) {
    if (files[i].refused) continue;
    work += (fs.statSync(files[i].absolute, { throwIfNoEntry: false })?.size ?? 0) / PARALLEL_BYTES;
  }
  return work >= 1 ? Math.min(cores, 8) : 0;
}
async function checkFilesParallel(files, limits, threads) {
  const size = Math.max(1, Math.min(MAX_BATCH_FILES, Math.ceil(files.length / (threads * 4))));
  const batches = [];
  for (let i = 0; i < files.length; i += size) batches.push({ id: batches.length, files: files.slice(i, i + size) });
  const results = new Array(batches.length);
  const adopt = (batch, wire) => {
    results[batch.id] = batch.files.map((entry, i) => fromWire(entry, wire[i], limits));
  };
  const checkHere = (batch) => {
    parallelStats.batchesOnMain++;
    results[batch.id] = batch.files.map((entry) => checkFile(entry, limits));
  };
  Object.assign(parallelStats, { batchesOnWorkers: 0, batchesOnMain: 0 });
  let next = 0;
  await new Promise((resolve2, reject) => {
    let running = 0;
    let failed = false;
    const workers = [];
    const guard = (handler) => (...args) => {
      if (failed) return;
      try {
        handler(...args);
      } catch (error) {
        failed = true;
        for (const w of workers) void w.terminate();
        reject(error);
      }
    };
    const start = () => {
      let worker;
      try {
        worker = new Worker(workerScript, { workerData: { limits } });
      } catch {
        return;
      }
      workers.push(worker);
      const inFlight = /* @__PURE__ */ new Map();
      let dead = false;
      running++;
      const feed = () => {
        while (inFlight.size < 2 && next < batches.length) {
          const batch = batches[next++];
          inFlight.set(batch.id, batch);
          worker.postMessage({ id: batch.id, files: batch.files });
        }
        if (inFlight.size === 0) finish();
      };
      const finish = () => {
        if (dead) return;
        dead = true;
        void worker.terminate();
        if (--running === 0) resolve2();
      };
      worker.on(
        "message",
        guard((message) => {
          const batch = inFlight.get(message.id);
          if (!batch) return;
          inFlight.delete(message.id);
          feed();
          parallelStats.batchesOnWorkers++;
          adopt(batch, message.files);
        })
      );
      const fail = guard(() => {
        if (dead) return;
        for (const batch of inFlight.values()) checkHere(batch);
        inFlight.clear();
        finish();
      });
      worker.on("error", fail);
      worker.on("messageerror", fail);
      worker.on("exit", fail);
      feed();
    };
    guard(() => {
      for (let t = 0; t < Math.min(threads, batches.length); t++) start();
      if (running === 0) resolve2();
    })();
  });
  for (const batch of batches) if (!results[batch.id]) checkHere(batch);
  return results.flat();
}

// src/lint.ts
function resolveLimits(config) {
  return { ...DEFAULT_LIMITS, ...config?.limits ?? {} };
}
function loadAndValidate(files, limits, reader = nodeFileReader) {
  return collect(files.map((entry) => checkFile(entry, limits, reader)));
}
function collect(files) {
  const loaded = { documents: [], findings: [], sources: /* @__PURE__ */ new Map() };
  for (const file of files) {
    if (file.source) loaded.sources.set(file.file, file.source);
    for (const finding of file.findings) loaded.findings.push(finding);
    for (const doc of file.documents) loaded.documents.push(doc);
  }
  return loaded;
}
function check(loaded, options, timings, findings = []) {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  const manifests = loaded.documents.filter((doc) => doc.kind !== "Policy");
  const estate = new Estate(manifests);
  timings.model = lap();
  findings.push(
    ...loaded.findings,
    ...runRules(estate, options.rules, (rule) => ruleSetting(rule, options.config), options.now, timings.byRule)
  );
  timings.rules = lap();
  const policySet = options.config.policySet;
  findings.push(...unlistedPolicies(loaded.documents, policySet));
  if (policySet) {
    for (const [file, source] of policySet.sources) loaded.sources.set(file, source);
    findings.push(
      ...policySet.findings,
      ...runPolicies(estate, policySet.policies, {
        enabled: (id) => {
          const rule = policySet.policies.find((p) => p.id === id);
          return rule !== void 0 && ruleSetting(policyRule(rule), options.config) !== void 0;
        },
        costLimit: options.config.limits?.policyCost,
        timings: timings.byRule
      })
    );
  }
  timings.policies = lap();
  const filtered = applyFilters(findings, {
    config: options.config,
    cwd: options.cwd,
    sources: loaded.sources,
    now: options.now,
    catalogue: catalogueFor(options.rules, options.catalogue, options.config.policySet),
    baseline: options.baseline
  });
  timings.filter = lap();
  return {
    missing: [],
    empty: [],
    findings: filtered.findings,
    files: options.files,
    documents: manifests.length,
    sources: loaded.sources,
    estate,
    ...filtered.baseline ? { baseline: filtered.baseline } : {},
    timings
  };
}
function newTimings() {
  return { discover: 0, load: 0, model: 0, rules: 0, policies: 0, filter: 0, byRule: {} };
}
async function lint(options) {
  const config = options.config ?? {};
  const limits = resolveLimits(config);
  const baseline = typeof options.baseline === "string" ? readBaselineFile(path.resolve(options.cwd, options.baseline)) : options.baseline;
  const timings = newTimings();
  let mark = performance.now();
  const paths = options.paths && options.paths.length > 0 ? options.paths : ["."];
  const discovered = discover({
    cwd: options.cwd,
    paths,
    include: config.include,
    exclude: config.exclude,
    base: config.root ?? options.cwd
  });
  const policyFiles = config.policySet?.files;
  const files = policyFiles ? discovered.files.filter((f) => !policyFiles.has(f.absolute)) : discovered.files;
  const missing = discovered.missing;
  const findings = missing.map(
    (p) => fileFinding(p, "file-unreadable", `"${p}" does not exist: check the path`)
  );
  timings.discover = performance.now() - mark;
  mark = performance.now();
  const threads = options.reader ? 0 : workerThreadsFor(files, options.threads);
  const loaded = threads > 1 ? collect(await checkFilesParallel(files, limits, threads)) : loadAndValidate(files, limits, options.reader);
  timings.load = performance.now() - mark;
  const result = check(
    loaded,
    {
      config,
      now: options.now ?? /* @__PURE__ */ new Date(),
      rules: options.rules ?? MODEL_RULES,
      catalogue: options.catalogue,
      baseline,
      cwd: options.cwd,
      files: files.length
    },
    timings,
    findings
  );
  result.missing = missing;
  result.empty = emptyPaths(paths, missing, files, loaded.documents);
  return result;
}
function emptyPaths(paths, missing, files, documents) {
  const originsOf = new Map(files.map((f) => [f.file, f.origins]));
  const checked = /* @__PURE__ */ new Set();
  for (const doc of documents) for (const origin of originsOf.get(doc.source.path) ?? []) checked.add(origin);
  const absent = new Set(missing);
  return paths.filter((p, i) => !checked.has(i) && !absent.has(p));
}
function lintTexts(files, options = {}) {
  const config = options.config ?? {};
  const limits = resolveLimits(config);
  const timings = newTimings();
  const mark = performance.now();
  const names = Object.keys(files).sort();
  const loaded = collect(names.map((file) => checkText(file, files[file], limits)));
  timings.load = performance.now() - mark;
  return check(
    loaded,
    {
      config,
      now: options.now ?? /* @__PURE__ */ new Date(),
      rules: options.rules ?? MODEL_RULES,
      catalogue: options.catalogue,
      baseline: options.baseline,
      files: names.length
    },
    timings
  );
}
function ruleSetting(rule, config) {
  const entry = config.rules?.[rule.meta.id];
  const overridden = (config.overrides ?? []).some(
    (o) => o.rules[rule.meta.id] !== void 0 && entrySeverity(o.rules[rule.meta.id]) !== "off"
  );
  if (entry !== void 0 && entrySeverity(entry) === "off" && !overridden) return void 0;
  return { options: entry !== void 0 ? entryOptions(entry) : {} };
}
function catalogueFor(rules, catalogue = CATALOGUE, policies) {
  const extra = /* @__PURE__ */ new Map();
  for (const meta of [...rules.map((rule) => rule.meta), ...policies?.metas ?? []])
    if (!catalogue.has(meta.id) && !extra.has(meta.id)) extra.set(meta.id, meta);
  return extra.size === 0 ? catalogue : catalogue.with([...extra.values()]);
}
function unlistedPolicies(documents, set) {
  const findings = [];
  for (const doc of documents) {
    if (doc.kind !== "Policy") continue;
    findings.push({
      ...problemFinding({
        document: doc,
        field: ["kind"],
        message: `Policy "${doc.name}" is not run: list ${doc.file} under policies: in .hvlint.yml${set ? "" : " (there is no config with policies)"}`
      }),
      defaultSeverity: "notice"
    });
  }
  return findings;
}

export {
  resolveLimits,
  loadAndValidate,
  lint,
  emptyPaths,
  lintTexts,
  ruleSetting
};
