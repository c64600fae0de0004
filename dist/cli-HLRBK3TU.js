import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  CATALOGUE,
  DEFAULT_LIMITS,
  Estate,
  MODEL_RULES,
  ManifestDocument,
  SourceFile,
  YamlLines,
  assignSeverities,
  checkFile,
  checkText,
  closest,
  discover,
  entryOptions,
  entrySeverity,
  fileFinding,
  nodeFileReader,
  policyRule,
  problemFinding,
  runPolicies,
  runRules,
  treeBuilder
} from "./cli-YGPPNYVY.js";

// src/filter/baseline.ts
import * as fs from "node:fs";

// src/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_VERSION = "hvlint/v1";
function fingerprintKey(finding) {
  const parts = [FINGERPRINT_VERSION, finding.ruleId, finding.file];
  if (finding.document) {
    parts.push(
      finding.document.kind,
      finding.document.name,
      JSON.stringify(finding.path ?? []),
      finding.messageId ?? ""
    );
  } else {
    parts.push("", "", "", finding.message);
  }
  return parts.join("\0");
}
function fingerprint(finding) {
  return createHash("sha256").update(fingerprintKey(finding)).digest("hex").slice(0, 32);
}

// src/filter/baseline.ts
var BASELINE_VERSION = 1;
function createBaseline(findings) {
  const entries = findings.filter((f) => !f.suppressed).map(entryOf);
  entries.sort(compareEntries);
  return { version: BASELINE_VERSION, findings: entries };
}
function formatBaseline(baseline) {
  return JSON.stringify(baseline, null, 2) + "\n";
}
var BaselineError = class extends Error {
};
function readBaselineFile(absolute) {
  let text;
  try {
    text = fs.readFileSync(absolute, "utf8");
  } catch (error) {
    const code = error.code;
    throw new BaselineError(
      code === "ENOENT" ? `baseline file "${absolute}" not found: write one with --write-baseline` : `cannot read the baseline file "${absolute}": ${code ?? error.message}`
    );
  }
  return parseBaseline(text);
}
function parseBaseline(text) {
  let value;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new BaselineError(
      `the baseline is not valid JSON (${error.message}): write it again with --write-baseline`
    );
  }
  const record = value;
  if (!record || typeof record !== "object" || record.version !== BASELINE_VERSION || !Array.isArray(record.findings)) {
    throw new BaselineError(
      `the baseline is not an hvlint baseline (version ${BASELINE_VERSION} with a findings list): write it again with --write-baseline`
    );
  }
  const findings = [];
  record.findings.forEach((entry, i) => {
    const e = entry;
    if (!e || typeof e.fingerprint !== "string" || typeof e.ruleId !== "string" || typeof e.file !== "string") {
      throw new BaselineError(
        `baseline entry ${i} has no fingerprint, ruleId or file: write the baseline again with --write-baseline`
      );
    }
    findings.push({ ...e, message: typeof e.message === "string" ? e.message : "" });
  });
  return { version: BASELINE_VERSION, findings };
}
function applyBaseline(findings, baseline) {
  const remaining = /* @__PURE__ */ new Map();
  for (const entry of baseline.findings) {
    const list = remaining.get(entry.fingerprint);
    if (list) list.push(entry);
    else remaining.set(entry.fingerprint, [entry]);
  }
  let matched = 0;
  const out = findings.map((finding) => {
    if (finding.suppressed) return finding;
    const entries = remaining.get(fingerprint(finding));
    const entry = entries?.shift();
    if (!entry) return finding;
    matched++;
    return { ...finding, suppressed: { kind: "baseline", reason: "accepted in the baseline" } };
  });
  const fixedEntries = [...remaining.values()].flat().sort(compareEntries);
  return { findings: out, outcome: { matched, fixed: fixedEntries.length, fixedEntries } };
}
function entryOf(finding) {
  const entry = {
    fingerprint: fingerprint(finding),
    ruleId: finding.ruleId,
    file: finding.file,
    message: finding.message
  };
  if (finding.document) {
    entry.document = `${finding.document.kind}/${finding.document.name}`;
    entry.path = JSON.stringify(finding.path ?? []);
  }
  return entry;
}
function compareEntries(a, b) {
  for (const key of ["file", "ruleId", "document", "path", "fingerprint", "message"]) {
    const x = a[key] ?? "";
    const y = b[key] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

// src/lint.ts
import * as path from "node:path";

// src/filter/suppressions.ts
var INCOMPLETE_RULES = /* @__PURE__ */ new Set(["schema", "yaml-syntax", "yaml-limits"]);
var SUPPRESSION_RULES = /* @__PURE__ */ new Set([
  "suppression-reason",
  "invalid-suppression",
  "unused-suppression"
]);
var DIRECTIVES = ["hvlint-disable-next-line", "hvlint-disable"];
var RULE_ID = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\/)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
function applySuppressions(findings, sources, options) {
  const byFile = /* @__PURE__ */ new Map();
  const problems = [];
  const out = [];
  for (const [file, source] of sources) {
    if (!source.text.includes("hvlint-")) continue;
    const scanned = scanSuppressions(source, options);
    problems.push(...scanned.problems);
    if (scanned.directives.length > 0) byFile.set(file, scanned.directives);
  }
  if (byFile.size === 0) return { findings, problems };
  for (const finding of findings) {
    const directives = byFile.get(finding.file);
    if (!directives || finding.suppressed || SUPPRESSION_RULES.has(finding.ruleId)) {
      out.push(finding);
      continue;
    }
    let active;
    let expired;
    for (const directive of directives) {
      if (finding.line < directive.fromLine || finding.line > directive.toLine) continue;
      const rule = directive.rules.find((r) => r.id === finding.ruleId);
      if (!rule) continue;
      rule.used = true;
      if (directive.expired) expired ??= directive;
      else if (!active || active.kind === "document" && directive.kind === "next-line") active = directive;
    }
    if (active) {
      const suppressed = {
        kind: active.kind === "next-line" ? "inline" : "document",
        reason: active.reason,
        file: active.file,
        line: active.line
      };
      if (active.until) suppressed.until = active.until;
      out.push({ ...finding, suppressed });
    } else if (expired) {
      const source = sources.get(expired.file);
      const at = source.lineStart(expired.line);
      out.push({
        ...finding,
        message: `${finding.message} (its suppression expired on ${expired.until}: fix the problem or renew the suppression)`,
        related: [
          ...finding.related,
          {
            file: expired.file,
            message: `suppression expired on ${expired.until}`,
            ...source.range(at, at + source.lineText(expired.line).length)
          }
        ]
      });
    } else {
      out.push(finding);
    }
  }
  const partlyChecked = new Set(findings.filter((f) => INCOMPLETE_RULES.has(f.ruleId)).map((f) => f.file));
  for (const [file, directives] of byFile) {
    if (partlyChecked.has(file)) continue;
    const source = sources.get(file);
    for (const directive of directives) {
      for (const rule of directive.rules) {
        if (rule.used) continue;
        const where = directive.kind === "next-line" ? "on the next line" : "in this document";
        problems.push(
          problem(
            source,
            "unused-suppression",
            rule.start,
            rule.end,
            `suppression of "${rule.id}" matched no finding ${where}: remove it`
          )
        );
      }
    }
  }
  return { findings: out, problems };
}
function scanSuppressions(source, options) {
  const text = source.text;
  const layout = new Layout(text);
  const directives = [];
  const problems = [];
  let searchFrom = 0;
  for (; ; ) {
    const hit = text.indexOf("hvlint-", searchFrom);
    if (hit === -1) break;
    const lineStart = text.lastIndexOf("\n", hit - 1) + 1;
    let lineEnd = text.indexOf("\n", hit);
    if (lineEnd === -1) lineEnd = text.length;
    searchFrom = lineEnd + 1;
    const hash = layout.commentStart(lineStart);
    if (hash === -1 || hash > hit) continue;
    const body = text.slice(hash + 1, lineEnd).replace(/\r$/, "");
    const lead = /^\s*/.exec(body)[0].length;
    if (!body.startsWith("hvlint-", lead)) continue;
    const parsed = parseDirective(source, layout, hash, body, lead, options, problems);
    if (parsed) directives.push(parsed);
  }
  return { directives, problems };
}
function parseDirective(source, layout, hash, body, lead, options, problems) {
  const bodyStart = hash + 1;
  const commentEnd = bodyStart + body.length;
  const name = /^hvlint-[a-z-]*/.exec(body.slice(lead))[0];
  const nameStart = bodyStart + lead;
  const report = (ruleId, start, end, message) => {
    problems.push(problem(source, ruleId, start, end, message));
    return void 0;
  };
  if (!DIRECTIVES.includes(name)) {
    const hint = closest(name, DIRECTIVES);
    return report(
      "invalid-suppression",
      nameStart,
      nameStart + name.length,
      `unknown directive "${name}"${hint ? ` (did you mean "${hint}"?)` : ""}: use hvlint-disable-next-line or hvlint-disable`
    );
  }
  const kind = name === "hvlint-disable" ? "document" : "next-line";
  const restStart = lead + name.length;
  const rest = body.slice(restStart);
  const separator = /(^|\s)--(?=\s|$)/.exec(rest);
  const head = separator ? rest.slice(0, separator.index + separator[1].length) : rest;
  let reason = separator ? rest.slice(separator.index + separator[0].length).trim() : "";
  let until;
  const rules = [];
  const tokens = /[^\s,]+/g;
  for (let m = tokens.exec(head); m; m = tokens.exec(head)) {
    const start = bodyStart + restStart + m.index;
    const token = m[0];
    if (token.startsWith("until=")) until = { value: token.slice(6), start, end: start + token.length };
    else rules.push({ id: token, start, end: start + token.length, used: false });
  }
  const trailingUntil = /(^|\s)until=(\S*)$/.exec(reason);
  if (trailingUntil && !until) {
    const start = bodyStart + body.lastIndexOf(`until=${trailingUntil[2]}`);
    until = { value: trailingUntil[2], start, end: start + 6 + trailingUntil[2].length };
    reason = reason.slice(0, trailingUntil.index).trim();
  }
  if (rules.length === 0) {
    return report(
      "invalid-suppression",
      nameStart,
      nameStart + name.length,
      `${name} names no rule: list the rule ids to suppress, as in "# ${name} <rule-id> -- <reason>"`
    );
  }
  const known = [];
  for (const rule of rules) {
    if (SUPPRESSION_RULES.has(rule.id)) {
      report(
        "invalid-suppression",
        rule.start,
        rule.end,
        `"${rule.id}" cannot be suppressed by a comment: fix the suppression, or set the rule's severity in .hvlint.yml`
      );
    } else if (!RULE_ID.test(rule.id) || !options.knownRuleIds.has(rule.id)) {
      const hint = closest(rule.id, [...options.knownRuleIds]);
      report(
        "invalid-suppression",
        rule.start,
        rule.end,
        `unknown rule "${rule.id}" in suppression${hint ? ` (did you mean "${hint}"?)` : ""}: run hvlint rules to list the rule ids`
      );
    } else {
      known.push(rule);
    }
  }
  if (known.length === 0) return void 0;
  let expired = false;
  if (until) {
    const day = parseDay(until.value);
    if (day === void 0) {
      return report(
        "invalid-suppression",
        until.start,
        until.end,
        `until= must be a date written YYYY-MM-DD; got "${until.value}"`
      );
    }
    expired = options.now.getTime() >= day;
  }
  if (reason === "") {
    return report(
      "suppression-reason",
      hash,
      commentEnd,
      `suppression has no reason: add " -- <why>" after the rule ids (without one it suppresses nothing)`
    );
  }
  const line = source.position(hash).line;
  let fromLine = 0;
  let toLine = -1;
  if (kind === "next-line") {
    const target = layout.nextContentLine(source, line);
    if (target !== void 0) fromLine = toLine = target;
  } else {
    if (!layout.isCommentOnlyLine(source, line) || !layout.atTopOfDocument(source, line)) {
      return report(
        "invalid-suppression",
        nameStart,
        nameStart + name.length,
        "hvlint-disable must come before the first line of its document: move it to the top, or use hvlint-disable-next-line here"
      );
    }
    fromLine = line;
    toLine = layout.documentEndLine(source, line);
  }
  const directive = { kind, file: source.path, line, rules: known, reason, expired, fromLine, toLine };
  if (until) directive.until = until.value;
  return directive;
}
function parseDay(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return void 0;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return void 0;
  return time;
}
function problem(source, ruleId, start, end, message) {
  return {
    ruleId,
    message,
    file: source.path,
    ...source.range(start, end),
    related: []
  };
}
var Layout = class {
  lines;
  constructor(text) {
    this.lines = new YamlLines(text);
  }
  /** Offset of the `#` that starts a comment on the line, or -1. */
  commentStart(lineStart) {
    return this.lines.commentStart(lineStart);
  }
  classify(source, line) {
    const text = source.lineText(line);
    const start = source.lineStart(line);
    const first = text.search(/\S/);
    if (first === -1) return "blank";
    const inScalar = this.lines.startsInScalar(start);
    if (text[first] === "#" && !inScalar) return "comment";
    if (first === 0 && /^(---|\.\.\.)(\s+(#.*)?)?$/.test(text) && !inScalar) return "marker";
    if (first === 0 && text.startsWith("%") && !inScalar) return "marker";
    return "content";
  }
  isCommentOnlyLine(source, line) {
    return this.classify(source, line) === "comment";
  }
  /** The first line after `line` that holds content (not blank, a comment or a `---`). */
  nextContentLine(source, line) {
    for (let n = line + 1; n <= source.lineCount; n++) if (this.classify(source, n) === "content") return n;
    return void 0;
  }
  /** Whether only blank lines, comments and document markers come before `line` in its document. */
  atTopOfDocument(source, line) {
    for (let n = line - 1; n >= 1; n--) {
      const kind = this.classify(source, n);
      if (kind === "content") return false;
      if (kind === "marker" && /^(---|\.\.\.)/.test(source.lineText(n))) return true;
    }
    return true;
  }
  /** The last line of the document that `line` (at its top) belongs to. */
  documentEndLine(source, line) {
    let seenContent = false;
    for (let n = line + 1; n <= source.lineCount; n++) {
      const kind = this.classify(source, n);
      if (kind === "content") seenContent = true;
      else if (kind === "marker" && seenContent && /^---/.test(source.lineText(n))) return n - 1;
    }
    return source.lineCount;
  }
};

// src/filter/index.ts
function applyFilters(emitted, options) {
  const configured = assignSeverities(emitted, options.catalogue, options.config, options.cwd);
  const suppressed = applySuppressions(configured, options.sources, {
    now: options.now,
    knownRuleIds: options.catalogue.ids()
  });
  let out = suppressed.problems.length > 0 ? [
    ...suppressed.findings,
    ...assignSeverities(suppressed.problems, options.catalogue, options.config, options.cwd)
  ] : suppressed.findings;
  let outcome;
  if (options.baseline) {
    const applied = applyBaseline(out, options.baseline);
    out = applied.findings;
    outcome = applied.outcome;
  }
  out.sort(compareFindings);
  return outcome ? { findings: out, baseline: outcome } : { findings: out };
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}

// src/pipeline/parallel.ts
import * as fs2 from "node:fs";
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
    return fs2.existsSync(fileURLToPath(workerScript));
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
    work += (fs2.statSync(files[i].absolute, { throwIfNoEntry: false })?.size ?? 0) / PARALLEL_BYTES;
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
  fingerprintKey,
  createBaseline,
  formatBaseline,
  BaselineError,
  readBaselineFile,
  applyFilters,
  compareFindings,
  resolveLimits,
  loadAndValidate,
  lint,
  emptyPaths,
  lintTexts,
  ruleSetting
};
