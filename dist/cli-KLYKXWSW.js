import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  YamlLines,
  assignSeverities
} from "./cli-C4AQW5EH.js";
import {
  closest
} from "./cli-UCKEVVTC.js";

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

export {
  fingerprintKey,
  createBaseline,
  formatBaseline,
  BaselineError,
  readBaselineFile,
  applyFilters,
  compareFindings
};
