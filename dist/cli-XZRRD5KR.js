import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  ruleDocPage
} from "./cli-PDNBL44L.js";
import {
  fingerprintKey
} from "./cli-HLRBK3TU.js";
import {
  HOMEPAGE,
  absoluteDocLinks,
  policyDocsUrl,
  ruleDocUrl,
  ruleHelpUrl
} from "./cli-EFDIN77Y.js";
import {
  allRuleMeta
} from "./cli-YGPPNYVY.js";

// src/types.ts
var SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };

// src/report/json.ts
function formatJson(input) {
  const counts = countBySeverity(input.findings);
  const report = {
    version: 1,
    findings: input.findings.map(jsonFinding),
    summary: {
      files: input.files,
      documents: input.documents,
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice
    }
  };
  return JSON.stringify(report, null, 2) + "\n";
}
function jsonFinding(f) {
  const out = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message }))
  };
  if (f.suppressed) out["suppressed"] = f.suppressed;
  return out;
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return counts;
}

// src/report/markdown.ts
var SUMMARY_MAX_BYTES = 1e6;
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "@": "&#64;" };
function escapeMarkdown(text) {
  return text.replace(/\r\n|\r|\n/g, " ").replace(/[&<>|@]/g, (c) => ESCAPES[c]).replace(/[\\`*_[\]~]/g, (c) => `\\${c}`);
}
function markdownUrl(url) {
  return url.replace(/[()\s<>"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
var plural = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
var ICON = { error: "\u{1F534} error", warning: "\u{1F7E1} warning", notice: "\u{1F535} notice" };
var Budget = class {
  constructor(max) {
    this.max = max;
  }
  max;
  parts = [];
  used = 0;
  truncated = false;
  /** Add `text` if it fits (leaving `reserve` bytes); false, and nothing added, if not. */
  add(text, reserve = 400) {
    if (this.truncated) return false;
    const size = Buffer.byteLength(text, "utf8");
    if (this.used + size + reserve > this.max) {
      this.truncated = true;
      return false;
    }
    this.parts.push(text);
    this.used += size;
    return true;
  }
  /** Add unconditionally (the closing note; callers keep it within the reserve). */
  force(text) {
    this.parts.push(text);
    this.used += Buffer.byteLength(text, "utf8");
  }
  get text() {
    return this.parts.join("");
  }
};
function formatMarkdown(input, options = {}) {
  const budget = new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES);
  const visible = input.findings.filter((f) => !f.suppressed);
  const suppressed = input.findings.filter((f) => f.suppressed);
  const counts = countBySeverity(input.findings);
  const total = counts.error + counts.warning + counts.notice;
  const changed = input.changed;
  const scope = (changed ? `on lines changed since \`${changed.since.replace(/`/g, "'")}\` in ` : "in ") + `${plural(input.documents, "document")} (${plural(input.files, "file")})` + (changed && changed.outside > 0 ? ` (${plural(changed.outside, "finding")} elsewhere not shown)` : "");
  const head = [`## ${escapeMarkdown(options.title ?? "hvlint")}

`];
  head.push(
    total === 0 ? `\u2705 No problems ${scope}.

` : `\u274C **${plural(total, "problem")}**: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.notice, "notice")} ${scope}.

`
  );
  for (const note of options.notes ?? []) head.push(`- ${note}
`);
  if ((options.notes ?? []).length > 0) head.push("\n");
  budget.add(head.join(""));
  if (visible.length > 0) {
    budget.add(rulesTable(visible, input.rules));
    budget.add(filesTable(visible));
  }
  const notAnnotated = options.notAnnotated;
  if (notAnnotated && notAnnotated.findings.length > 0 || suppressed.length > 0) {
    const lines = ["### Not annotated\n\n"];
    if (notAnnotated && notAnnotated.findings.length > 0) {
      lines.push(
        `- ${plural(notAnnotated.findings.length, "finding")} (${breakdown(notAnnotated.findings)}) ${notAnnotated.reason}: counted above, listed below, not annotated.
`
      );
    }
    if (suppressed.length > 0) {
      const byKind = /* @__PURE__ */ new Map();
      for (const f of suppressed) byKind.set(f.suppressed.kind, (byKind.get(f.suppressed.kind) ?? 0) + 1);
      const kinds = [...byKind.entries()].sort().map(([kind, n]) => `${n} ${kind}`).join(", ");
      lines.push(`- ${plural(suppressed.length, "suppressed finding")} (${kinds}): not counted and not annotated.
`);
    }
    budget.add(lines.join("") + "\n");
  }
  const diagram = input.topology;
  if (options.topology !== false && diagram) {
    if (diagram.mermaid) {
      const notes = [];
      if (diagram.failingLinks > 0)
        notes.push(
          `Dashed red links are missing: ${plural(diagram.failingLinks, "link")} that hosts able to run a node need.`
        );
      if (diagram.omittedClusters > 0) notes.push(`${plural(diagram.omittedClusters, "more NLB cluster")} not drawn.`);
      budget.add(
        `### NLB topology

\`\`\`mermaid
${diagram.mermaid}
\`\`\`

${notes.length ? notes.join(" ") + "\n\n" : ""}`
      );
    }
  }
  if (visible.length > 0) addFindingList(budget, visible, options);
  if (budget.truncated) {
    budget.force(
      `
> [!NOTE]
> This summary was cut to stay under ${Math.floor((options.maxBytes ?? SUMMARY_MAX_BYTES) / 1e3).toLocaleString("en-US")} kB. Every finding is in the JSON report and the SARIF file.
`
    );
  }
  return budget.text;
}
function breakdown(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return ["error", "warning", "notice"].map((s) => plural(counts[s], s)).join(", ");
}
function rulesTable(findings, metas = []) {
  const policies = new Map(metas.map((m) => [m.id, m]));
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId);
    if (!entry) byRule.set(f.ruleId, { count: 1, severity: f.severity, files: /* @__PURE__ */ new Set([f.file]) });
    else {
      entry.count++;
      entry.files.add(f.file);
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    }
  }
  const rows = [...byRule.entries()].sort(
    (a, b) => SEVERITY_RANK[b[1].severity] - SEVERITY_RANK[a[1].severity] || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)
  );
  const lines = [
    "### Findings by rule\n\n",
    "| Rule | Severity | Findings | Files |\n",
    "| --- | --- | ---: | ---: |\n"
  ];
  for (const [ruleId, entry] of rows) {
    lines.push(
      `| ${ruleLink(ruleId, policies.get(ruleId))} | ${ICON[entry.severity]} | ${entry.count.toLocaleString("en-US")} | ${entry.files.size.toLocaleString("en-US")} |
`
    );
  }
  return lines.join("") + "\n";
}
function ruleLink(ruleId, meta) {
  const url = ruleHelpUrl(ruleId, meta);
  return url ? `[${escapeMarkdown(ruleId)}](${markdownUrl(url)})` : escapeMarkdown(ruleId);
}
var TOP_FILES = 10;
function filesTable(findings) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    let entry = byFile.get(f.file);
    if (!entry) byFile.set(f.file, entry = { error: 0, warning: 0, notice: 0, total: 0 });
    entry[f.severity]++;
    entry.total++;
  }
  const rows = [...byFile.entries()].sort(
    (a, b) => b[1].error - a[1].error || b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1)
  );
  const lines = [
    `### Files with the most findings

`,
    "| File | Errors | Warnings | Notices |\n",
    "| --- | ---: | ---: | ---: |\n"
  ];
  for (const [file, c] of rows.slice(0, TOP_FILES))
    lines.push(`| ${escapeMarkdown(file)} | ${c.error} | ${c.warning} | ${c.notice} |
`);
  if (rows.length > TOP_FILES) lines.push(`
\u2026and ${plural(rows.length - TOP_FILES, "more file")} with findings.
`);
  return lines.join("") + "\n";
}
var MAX_MESSAGE = 300;
function addFindingList(budget, findings, options) {
  const maxRows = options.maxFindingRows ?? 5e3;
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  if (!budget.add(
    `<details><summary>All findings (${ordered.length.toLocaleString("en-US")})</summary>

| Severity | Location | Rule | Message |
| --- | --- | --- | --- |
`,
    600
  ))
    return;
  let shown = 0;
  for (const f of ordered) {
    if (shown >= maxRows) break;
    const where = `${f.file}:${f.line}:${f.column}`;
    const url = options.fileUrl?.(f.file, f.line, f.endLine);
    const location = url ? `[${escapeMarkdown(where)}](${markdownUrl(url)})` : escapeMarkdown(where);
    const message = f.message.length > MAX_MESSAGE ? `${f.message.slice(0, MAX_MESSAGE - 1)}\u2026` : f.message;
    const related = f.related.length > 0 ? ` (also ${f.related.slice(0, 3).map((r) => escapeMarkdown(`${r.file}:${r.line}`)).join(", ")}${f.related.length > 3 ? ", \u2026" : ""})` : "";
    if (!budget.add(
      `| ${ICON[f.severity]} | ${location} | ${escapeMarkdown(f.ruleId)} | ${escapeMarkdown(message)}${related} |
`,
      600
    ))
      break;
    shown++;
  }
  const rest = ordered.length - shown;
  budget.force(`${rest > 0 ? `
\u2026and ${plural(rest, "more finding")} not listed here.
` : ""}
</details>
`);
}

// src/report/github.ts
var ANNOTATIONS_PER_KIND = 10;
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(kind, properties, message) {
  const pairs = [
    ["file", properties.file],
    ["line", properties.startLine],
    ["col", properties.startColumn],
    ["endLine", properties.endLine],
    ["endColumn", properties.endColumn],
    ["title", properties.title]
  ];
  const props = pairs.filter(([, v]) => v !== void 0 && v !== "").map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",");
  return `::${kind}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}
function findingProperties(location, title) {
  return {
    title,
    file: location.file,
    startLine: location.line,
    endLine: location.endLine,
    startColumn: location.column,
    endColumn: location.endColumn
  };
}
function messageWithRelated(finding) {
  if (finding.related.length === 0) return finding.message;
  return [finding.message, ...finding.related.map((r) => `\u2192 ${r.file}:${r.line}:${r.column}: ${r.message}`)].join("\n");
}
function prioritize(items, severityOf, onChangedLine = () => false) {
  return items.map((item, index) => ({
    item,
    index,
    rank: SEVERITY_RANK[severityOf(item)],
    changed: onChangedLine(item) ? 1 : 0
  })).sort((a, b) => b.rank - a.rank || b.changed - a.changed || a.index - b.index).map((entry) => entry.item);
}
function selectAnnotations(items, severityOf, onChangedLine, limits = {
  error: ANNOTATIONS_PER_KIND,
  warning: ANNOTATIONS_PER_KIND,
  notice: ANNOTATIONS_PER_KIND - 1
}) {
  const used = { error: 0, warning: 0, notice: 0 };
  const selection = { shown: [], omitted: [] };
  for (const item of prioritize(items, severityOf, onChangedLine)) {
    const kind = severityOf(item);
    if (used[kind] < limits[kind]) {
      used[kind]++;
      selection.shown.push(item);
    } else {
      selection.omitted.push(item);
    }
  }
  return selection;
}
function describeCounts(findings) {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = ["error", "warning", "notice"].filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}${counts[s] === 1 ? "" : "s"}`);
  return parts.join(", ");
}
function formatGithub(input) {
  const visible = input.findings.filter((f) => !f.suppressed);
  const { omitted } = selectAnnotations(visible, (f) => f.severity);
  const lines = [];
  if (omitted.length > 0) {
    lines.push(
      workflowCommand(
        "notice",
        { title: "hvlint" },
        `${omitted.length} more finding${omitted.length === 1 ? "" : "s"} (${describeCounts(omitted)}) than GitHub annotates per step: they are in this log; use --format sarif for code scanning or --format markdown for a job summary`
      )
    );
  }
  for (const finding of prioritize(visible, (f) => f.severity)) {
    lines.push(
      workflowCommand(finding.severity, findingProperties(finding, finding.ruleId), messageWithRelated(finding))
    );
  }
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

// src/report/stylish.ts
var MARK = { error: "\u2716", warning: "\u26A0", notice: "\u2139" };
var ANSI = {
  red: "\x1B[31m",
  yellow: "\x1B[33m",
  cyan: "\x1B[36m",
  dim: "\x1B[2m",
  bold: "\x1B[1m",
  underline: "\x1B[4m",
  reset: "\x1B[0m"
};
var MAX_LINE = 160;
function formatStylish(input, options) {
  const paint = (code, text) => options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text;
  const sevColor = (f) => f.severity === "error" ? "red" : f.severity === "warning" ? "yellow" : "cyan";
  const visible = input.findings.filter((f) => !f.suppressed);
  const lines = [];
  let currentFile;
  for (const f of visible) {
    if (f.file !== currentFile) {
      if (currentFile !== void 0) lines.push("");
      lines.push(paint("underline", f.file));
      currentFile = f.file;
    }
    lines.push(
      `  ${options.githubActions ? `${paint(sevColor(f), MARK[f.severity])} ` : ""}${paint("dim", `${f.line}:${f.column}`)}  ${paint(sevColor(f), f.severity)}  ${f.message}  ${paint("dim", `[${f.ruleId}]`)}`
    );
    const source = input.sources.get(f.file);
    if (source && f.line <= source.lineCount) {
      const text = source.lineText(f.line);
      const gutter = String(f.line);
      const window = lineWindow(text, f.column);
      const shown = sanitize(window.text);
      if (shown.trim().length > 0) {
        const column = f.column - window.shift;
        const startCol = Math.min(column, shown.length + 1);
        const endCol = f.endLine === f.line ? Math.min(Math.max(f.endColumn - window.shift, column + 1), shown.length + 1) : shown.length + 1;
        const width = Math.max(1, endCol - startCol);
        lines.push(`    ${paint("dim", `${gutter} |`)} ${shown}`);
        lines.push(
          `    ${" ".repeat(gutter.length)} ${paint("dim", "|")} ${" ".repeat(startCol - 1)}${paint(sevColor(f), `^${"~".repeat(width - 1)}`)}`
        );
      }
    }
    for (const r of f.related) {
      lines.push(`    ${paint("dim", "\u2192")} ${r.file}:${r.line}:${r.column}: ${r.message}`);
    }
  }
  const counts = countBySeverity(input.findings);
  const total = counts.error + counts.warning + counts.notice;
  const suppressed = input.findings.length - visible.length;
  if (lines.length > 0) lines.push("");
  const plural2 = (n, word, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;
  const hidden = input.hidden ?? 0;
  const changed = input.changed;
  const where = (changed ? `on lines changed since ${changed.since} in ` : "in ") + `${plural2(input.documents, "document")} (${plural2(input.files, "file")})`;
  const summary = total > 0 ? `\u2716 ${plural2(total, "problem")} (${plural2(counts.error, "error")}, ${plural2(counts.warning, "warning")}, ${plural2(counts.notice, "notice")}) ${where}` : input.documents === 0 ? `\u2716 nothing checked: no hvlint manifests in ${plural2(input.files, "file")}` : hidden > 0 ? `\u2713 no errors ${where}` : `\u2713 no problems ${where}`;
  lines.push(
    paint(total === 0 && input.documents > 0 ? "bold" : counts.error > 0 || total === 0 ? "red" : "yellow", summary) + (hidden > 0 ? paint("dim", `, ${plural2(hidden, "warning or notice", "warnings and notices")} hidden by --quiet`) : "") + (suppressed > 0 ? paint("dim", `, ${suppressed} suppressed`) : "") + (changed && changed.outside > 0 ? paint("dim", `, ${plural2(changed.outside, "finding")} elsewhere not shown`) : "")
  );
  if (!options.githubActions) return lines.join("\n") + "\n";
  const annotations = formatGithub(input);
  const report = lines.map(defuseForMatchers).join("\n") + "\n";
  return annotations === "" ? report : `${report}::group::hvlint annotations
${annotations}::endgroup::
`;
}
var MATCHER_REGEXPS = {
  tsc: "^([^\\s].*)[\\(:](\\d+)[,:](\\d+)(?:\\):\\s+|\\s+-\\s+)(error|warning|info)\\s+TS(\\d+)\\s*:\\s*(.*)$",
  "eslint-compact": "^(.+):\\sline\\s(\\d+),\\scol\\s(\\d+),\\s([Ee]rror|[Ww]arning|[Ii]nfo)\\s-\\s(.+)\\s\\((.+)\\)$"
};
var MATCHER_SHAPES = [
  [new RegExp(MATCHER_REGEXPS.tsc), /TS(?=\d)/g],
  [new RegExp(MATCHER_REGEXPS["eslint-compact"]), /line(?=\s\d)/g]
];
function defuseForMatchers(line) {
  let out = line;
  for (const [shape, part] of MATCHER_SHAPES)
    if (shape.test(out)) out = out.replace(part, (m) => `${m[0]}\u2060${m.slice(1)}`);
  return out;
}
function lineWindow(text, column) {
  if (text.length <= MAX_LINE) return { text, shift: 0 };
  const context = 20;
  if (column + context <= MAX_LINE) return { text: `${text.slice(0, MAX_LINE)}\u2026`, shift: 0 };
  const start = Math.min(column - 1 - context, text.length - MAX_LINE);
  const end = start + MAX_LINE;
  return { text: `\u2026${text.slice(start, end)}${end < text.length ? "\u2026" : ""}`, shift: start - 1 };
}
function sanitize(text) {
  return text.replace(/\t/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, "?");
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var FINGERPRINT_KEY = "hvlint/v1";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function formatSarif(input, options = {}) {
  return JSON.stringify(buildSarif(input, options), null, 2) + "\n";
}
function buildSarif(input, options = {}) {
  const root = input.sarifRoot ?? input.cwd;
  input = { ...input, findings: rootRelative(input.findings, input.cwd, root) };
  const metas = new Map([...options.rules ?? allRuleMeta(), ...input.rules ?? []].map((m) => [m.id, m]));
  const docPage = options.docPage ?? ruleDocPage;
  const ruleIds = [...new Set(input.findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const run = {
    tool: {
      driver: {
        name: "hvlint",
        version: input.version,
        semanticVersion: input.version,
        informationUri: HOMEPAGE,
        rules: ruleIds.map((id) => ruleDescriptor(id, metas.get(id), docPage(id)))
      }
    },
    originalUriBaseIds: {
      [SRCROOT]: root ? {
        uri: directoryUri(root),
        description: { text: "The repository root; file paths are relative to it." }
      } : { description: { text: "The repository root; file paths are relative to it." } }
    },
    columnKind: "utf16CodeUnits",
    invocations: [{ executionSuccessful: true }],
    results: withFingerprints(input.findings).map(([f, print]) => result(f, ruleIndex.get(f.ruleId), print))
  };
  return { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
}
function ruleDescriptor(id, meta, page) {
  if (meta?.policy) return policyDescriptor(meta, meta.policy);
  const url = ruleDocUrl(id);
  const description = meta?.description ?? `Findings of the ${id} check.`;
  const markdown = page ? `${absoluteDocLinks(page).trimEnd()}

[Documentation of ${id}](${url})` : `${description}

[Documentation of ${id}](${url})`;
  const name = pascalCase(id);
  const descriptor = {
    id,
    // A friendly name must differ from the id (SARIF1001), so one-word ids have none.
    ...name.toLowerCase() !== id.toLowerCase() ? { name } : {},
    shortDescription: { text: description },
    fullDescription: { text: description },
    helpUri: url,
    help: { text: `${description} Documentation: ${url}`, markdown },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? "error"] }
  };
  if (meta) descriptor["properties"] = { tags: [meta.area] };
  return descriptor;
}
function policyDescriptor(meta, policy) {
  const url = policyDocsUrl(meta);
  const defined = `Custom policy defined in ${policy.file}.`;
  const docsText = policy.docs?.trim();
  let markdown;
  let text;
  if (url) {
    markdown = `${meta.description}

[Documentation of ${meta.id}](${url})

${defined}`;
    text = `${sentence(meta.description)} Documentation: ${url} ${defined}`;
  } else if (docsText) {
    markdown = `${docsText}

${defined}`;
    text = `${sentence(meta.description)} ${docsText} ${defined}`;
  } else {
    markdown = `${meta.description}

${defined}`;
    text = `${sentence(meta.description)} ${defined}`;
  }
  const name = pascalCase(meta.id);
  return {
    id: meta.id,
    ...name.toLowerCase() !== meta.id.toLowerCase() ? { name } : {},
    shortDescription: { text: meta.description },
    fullDescription: { text: meta.description },
    ...url ? { helpUri: url } : {},
    help: { text, markdown },
    defaultConfiguration: { level: LEVEL[meta.severity] },
    properties: { tags: [meta.area] }
  };
}
function result(finding, ruleIndex, print) {
  const out = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: { text: messageText(finding) },
    locations: [{ physicalLocation: physicalLocation(finding.file, finding) }],
    partialFingerprints: { [FINGERPRINT_KEY]: print }
  };
  if (finding.related.length > 0) {
    out["relatedLocations"] = finding.related.map((r, i) => ({
      id: i + 1,
      physicalLocation: physicalLocation(r.file, r),
      message: { text: sentence(r.message) }
    }));
  }
  if (finding.suppressed) {
    const kind = finding.suppressed.kind === "baseline" ? "external" : "inSource";
    out["suppressions"] = [{ kind, status: "accepted", justification: finding.suppressed.reason }];
  }
  return out;
}
function messageText(finding) {
  if (finding.related.length === 0) return sentence(finding.message);
  const links = finding.related.map((r, i) => `[${escapeLinkText(r.message)}](${i + 1})`);
  return `${escapeLinkText(finding.message)}. See ${links.join(", ")}.`;
}
function sentence(text) {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
function escapeLinkText(text) {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}
function physicalLocation(file, range) {
  const region = {
    startLine: range.line,
    startColumn: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn
  };
  if (range.endLine < range.line || range.endLine === range.line && range.endColumn < range.column) {
    region["endLine"] = range.line;
    region["endColumn"] = range.column;
  }
  const artifactLocation = file.startsWith(FILE_URI) ? { uri: file } : { uri: relativeUri(file), uriBaseId: SRCROOT };
  return { artifactLocation, region };
}
var FILE_URI = "file:";
function rootRelative(findings, cwd, root) {
  if (!cwd || !root || path.resolve(cwd) === path.resolve(root)) return findings;
  const cache = /* @__PURE__ */ new Map();
  const rebase = (file) => {
    let out = cache.get(file);
    if (out === void 0) {
      const absolute = path.resolve(cwd, file);
      const relative2 = path.relative(root, absolute);
      out = relative2.startsWith("..") || path.isAbsolute(relative2) ? pathToFileURL(absolute).href : relative2.split(path.sep).join("/");
      cache.set(file, out);
    }
    return out;
  };
  return findings.map((f) => ({
    ...f,
    file: rebase(f.file),
    related: f.related.map((r) => ({ ...r, file: rebase(r.file) }))
  }));
}
function relativeUri(file) {
  return file.split("/").map(
    (segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  ).join("/");
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function fingerprint(finding) {
  return createHash("sha256").update(fingerprintKey(finding)).digest("hex");
}
function withFingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((f) => {
    const print = fingerprint(f);
    const n = (seen.get(print) ?? 0) + 1;
    seen.set(print, n);
    return [f, n === 1 ? print : `${print}:${n}`];
  });
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join("");
}

// src/report/azure.ts
function escapeAzureData(text) {
  return text.replace(/%/g, "%AZP25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeAzureProperty(text) {
  return escapeAzureData(text).replace(/]/g, "%5D").replace(/;/g, "%3B");
}
function logIssue(finding) {
  const type = finding.severity === "error" ? "error" : "warning";
  const props = [
    `type=${type}`,
    `sourcepath=${escapeAzureProperty(finding.file)}`,
    `linenumber=${finding.line}`,
    `columnnumber=${finding.column}`,
    `code=${escapeAzureProperty(finding.ruleId)}`
  ];
  const related = finding.related.map((r) => `
\u2192 ${r.file}:${r.line}:${r.column}: ${r.message}`).join("");
  const prefix = finding.severity === "notice" ? "notice: " : "";
  return `##vso[task.logissue ${props.join(";")};]${escapeAzureData(`${prefix}${finding.message} [${finding.ruleId}]${related}`)}`;
}
function formatAzure(input, options = {}) {
  const visible = input.findings.filter((f) => !f.suppressed);
  const lines = prioritize(visible, (f) => f.severity).map(logIssue);
  if (options.summaryFile) lines.push(`##vso[task.uploadsummary]${escapeAzureData(options.summaryFile)}`);
  return lines.length > 0 ? lines.join("\n") + "\n" : "";
}

// src/report/gitlab.ts
var SEVERITY = { error: "major", warning: "minor", notice: "info" };
function formatGitlab(input) {
  const visible = input.findings.filter((f) => !f.suppressed);
  const issues = withFingerprints(visible).map(([f, fingerprint2]) => ({
    description: `${f.message} [${f.ruleId}]`,
    check_name: f.ruleId,
    fingerprint: fingerprint2,
    severity: SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line, end: Math.max(f.line, f.endLine) } }
  }));
  return JSON.stringify(issues, null, 2) + "\n";
}

// src/report/xml.ts
function escapeXml(text) {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function escapeXmlAttribute(text) {
  return escapeXml(text).replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

// src/report/junit.ts
function formatJunit(input) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of [...input.sources.keys()].sort()) byFile.set(file, []);
  for (const f of input.findings) {
    if (f.suppressed) continue;
    byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  }
  const suites = [];
  let tests = 0;
  let failures = 0;
  for (const [file, findings] of [...byFile].sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)) {
    const name = escapeXmlAttribute(file);
    const cases = findings.length === 0 ? [`    <testcase name="${name}" classname="${name}" time="0"/>`] : findings.map((f) => {
      const related = f.related.map((r) => `
\u2192 ${r.file}:${r.line}:${r.column}: ${r.message}`).join("");
      return [
        `    <testcase name="${escapeXmlAttribute(`${f.line}:${f.column} ${f.ruleId}`)}" classname="${name}" time="0">`,
        `      <failure message="${escapeXmlAttribute(f.message)}" type="${f.severity}">${escapeXml(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]${related}`)}</failure>`,
        "    </testcase>"
      ].join("\n");
    });
    tests += cases.length;
    failures += findings.length;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0" time="0">
${cases.join("\n")}
  </testsuite>`
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="hvlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    "</testsuites>",
    ""
  ].join("\n");
}

// src/report/checkstyle.ts
var SEVERITY2 = { error: "error", warning: "warning", notice: "info" };
function formatCheckstyle(input) {
  const byFile = /* @__PURE__ */ new Map();
  for (const f of input.findings) {
    if (f.suppressed) continue;
    byFile.set(f.file, [...byFile.get(f.file) ?? [], f]);
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [file, findings] of byFile) {
    lines.push(`  <file name="${escapeXmlAttribute(file)}">`);
    for (const f of findings)
      lines.push(
        `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY2[f.severity]}" message="${escapeXmlAttribute(f.message)}" source="hvlint.${escapeXmlAttribute(f.ruleId)}"/>`
      );
    lines.push("  </file>");
  }
  lines.push("</checkstyle>");
  return lines.join("\n") + "\n";
}

// src/report/index.ts
var FORMATS = [
  "stylish",
  "json",
  "sarif",
  "github",
  "markdown",
  "azure",
  "gitlab",
  "junit",
  "checkstyle"
];
function formatReport(format, input, options) {
  switch (format) {
    case "json":
      return formatJson(input);
    case "stylish":
      return formatStylish(input, options);
    case "sarif":
      return formatSarif(input);
    case "github":
      return formatGithub(input);
    case "markdown":
      return formatMarkdown(input);
    case "azure":
      return formatAzure(input, options.azureSummaryFile ? { summaryFile: options.azureSummaryFile } : {});
    case "gitlab":
      return formatGitlab(input);
    case "junit":
      return formatJunit(input);
    case "checkstyle":
      return formatCheckstyle(input);
  }
}

export {
  SEVERITY_RANK,
  jsonFinding,
  countBySeverity,
  escapeMarkdown,
  markdownUrl,
  formatMarkdown,
  FORMATS,
  formatReport
};
