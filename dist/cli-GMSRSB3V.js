import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  mermaidText
} from "./cli-ZCYVSVGD.js";
import {
  SEVERITY_RANK,
  countBySeverity,
  escapeMarkdown,
  formatReport,
  jsonFinding
} from "./cli-XZRRD5KR.js";
import "./cli-PDNBL44L.js";
import {
  VERSION
} from "./cli-YNIA6BNC.js";
import {
  applyFilters,
  lint,
  ruleSetting
} from "./cli-HLRBK3TU.js";
import {
  loadConfig
} from "./cli-EFDIN77Y.js";
import {
  CATALOGUE,
  CORE_RULES,
  WHATIF_RULE_IDS,
  describeFailure,
  failureId,
  failureRules,
  parseFailure,
  reportToFinding,
  reportsFor,
  usageMessage,
  whatIf
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/whatif.ts
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

// src/report/whatif.ts
var plural = (n, word) => `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
function whatIfTable(failures, maxRows = 200) {
  const hit = failures.filter((f) => f.consequences.length > 0);
  const quiet = failures.length - hit.length;
  const lines = ["| Failure | Consequences |", "| --- | --- |"];
  for (const failure of hit.slice(0, maxRows)) {
    const text = failure.consequences.map((c) => `${escapeMarkdown(c.summary)} (\`${c.ruleId}\`)`).join("<br>");
    lines.push(`| ${escapeMarkdown(failure.description)} | ${text} |`);
  }
  const out = [lines.join("\n"), ""];
  if (hit.length > maxRows)
    out.push(`${plural(hit.length - maxRows, "more failure")} with consequences not shown.`, "");
  if (quiet > 0) out.push(`${plural(quiet, "other failure")}: no consequence found.`, "");
  return out.join("\n");
}
function whatIfDiagram(failures, maxFailures = 8) {
  const drawn = failures.filter((f) => f.consequences.some((c) => c.takesDown.length > 0)).slice(0, maxFailures);
  if (drawn.length === 0) return void 0;
  const ids = /* @__PURE__ */ new Map();
  const lines = ["flowchart LR"];
  const node = (key, label, failed = false) => {
    let id = ids.get(key);
    if (!id) {
      id = `n${ids.size}`;
      ids.set(key, id);
      lines.push(`  ${id}["${mermaidText(label)}"]${failed ? ":::failed" : ""}`);
    }
    return id;
  };
  for (const failure of drawn) {
    const from = node(`failure|${failure.id}`, `\u2716 ${failure.description.replace(/"/g, "")}`, true);
    const down = /* @__PURE__ */ new Set();
    for (const c of failure.consequences) for (const name of c.takesDown) down.add(name);
    for (const name of [...down].slice(0, 12)) lines.push(`  ${from} --> ${node(`down|${failure.id}|${name}`, name)}`);
    if (down.size > 12) lines.push(`  ${from} --> ${node(`more|${failure.id}`, `${down.size - 12} more`)}`);
    for (const restart of failure.restarts.filter((r) => r.from).slice(0, 6))
      lines.push(
        `  ${from} -.->|restarts| ${node(`vm|${failure.id}|${restart.vm}`, `${restart.vm} on ${restart.to}`)}`
      );
  }
  lines.push("  classDef failed fill:#ffebe9,stroke:#d1242f,color:#d1242f");
  return lines.join("\n");
}
function formatWhatIfMarkdown(input) {
  const { result } = input;
  const visible = result.findings.filter((f) => !f.suppressed);
  const out = ["## hvlint what-if", ""];
  const hit = result.failures.filter((f) => f.consequences.length > 0).length;
  out.push(
    `${plural(result.failures.length, "single failure")} simulated over ${plural(input.documents, "document")} (${plural(input.files, "file")}): ${plural(hit, "failure")} with consequences, ${plural(visible.length, "finding")}.`,
    ""
  );
  out.push(whatIfTable(result.failures));
  const diagram = whatIfDiagram(result.failures);
  if (diagram) out.push("### What each failure takes down", "", "```mermaid", diagram, "```", "");
  if (visible.length > 0) {
    out.push("### Findings", "");
    for (const f of visible)
      out.push(
        `- \`${escapeMarkdown(f.file)}:${f.line}\` ${escapeMarkdown(f.message)} (\`${f.ruleId}\`, ${f.severity})`
      );
    out.push("");
  }
  if (result.notJudged.length > 0) {
    out.push("### Not judged", "");
    for (const gap of result.notJudged)
      out.push(`- \`${escapeMarkdown(gap.file)}:${gap.line}\` ${escapeMarkdown(gap.message)}`);
    out.push("");
  }
  if (input.skipped.length > 0) {
    out.push(
      `> [!WARNING]
> ${plural(input.skipped.length, "problem")} in the manifests kept documents out of the simulation: run \`hvlint\` to see them.`,
      ""
    );
  }
  return out.join("\n");
}
function formatWhatIfJson(input) {
  const { result } = input;
  const findings = [...input.skipped, ...result.findings].filter((f) => !f.suppressed);
  return JSON.stringify(
    {
      version: 1,
      failures: result.failures.map((f) => ({
        failure: f.id,
        description: f.description,
        consequences: f.consequences,
        restarts: f.restarts,
        down: f.down
      })),
      notJudged: result.notJudged,
      findings: findings.map(jsonFinding),
      summary: {
        files: input.files,
        documents: input.documents,
        failures: result.failures.length,
        errors: countBySeverity(findings).error,
        warnings: countBySeverity(findings).warning,
        notices: countBySeverity(findings).notice
      }
    },
    null,
    2
  ) + "\n";
}

// src/whatif/result.ts
function whatIfResult(estate, failures, severityOf) {
  const outcomes = whatIf(estate, failures);
  const on = /* @__PURE__ */ new Map();
  for (const rule of failureRules) {
    const severity = severityOf(rule);
    if (severity) on.set(rule.meta.id, severity);
  }
  const findings = [];
  for (const rule of failureRules) {
    const severity = on.get(rule.meta.id);
    if (!severity) continue;
    for (const report of reportsFor(outcomes, rule.meta.id, void 0, { includeCovered: true }))
      findings.push({ ...reportToFinding(rule, report), severity });
  }
  return {
    failures: outcomes.map((outcome) => failureResult(outcome, on)),
    findings,
    notJudged: notJudged(outcomes)
  };
}
function failureResult(outcome, on) {
  return {
    id: failureId(outcome.failure),
    description: describeFailure(outcome.failure),
    kind: outcome.failure.kind,
    consequences: outcome.consequences.filter((c) => on.has(c.rule)).map((c) => ({ ruleId: c.rule, summary: c.summary, takesDown: c.takesDown })),
    restarts: outcome.restarts.map((r) => ({ vm: r.vm.name, ...r.from ? { from: r.from.name } : {}, to: r.to.name })),
    down: outcome.down.map((vm) => vm.name)
  };
}
function notJudged(outcomes) {
  const seen = /* @__PURE__ */ new Map();
  for (const outcome of outcomes)
    for (const gap of outcome.notJudged) {
      const range = gap.doc.locate(gap.path, "key");
      const entry = { file: gap.doc.file, line: range.line, column: range.column, message: gap.message };
      const key = `${entry.file}|${entry.line}|${entry.column}|${entry.message}`;
      if (!seen.has(key)) seen.set(key, entry);
    }
  return [...seen.values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

// src/whatif/run.ts
function canSimulate(estate) {
  return estate.of("HyperVHost").length > 0 || estate.of("Switch").length > 0;
}
function runWhatIf(linted, options) {
  const { config } = options;
  const result = whatIfResult(
    linted.estate,
    options.failures,
    (rule) => ruleSetting(rule, config) ? rule.meta.severity : void 0
  );
  result.findings = applyFilters(result.findings, {
    config,
    ...options.cwd !== void 0 ? { cwd: options.cwd } : {},
    sources: linted.sources,
    now: options.now,
    catalogue: options.catalogue ?? CATALOGUE
    // Suppression comments of other rules are the lint's business: only the simulation's findings stay.
  }).findings.filter((f) => WHATIF_RULE_IDS.includes(f.ruleId));
  return result;
}

// src/cli/commands/whatif.ts
var WHATIF_HELP = `Usage: hvlint whatif [options] [paths...]

Simulate the loss of each host, each switch and each LAG of the estate described by the
manifests (paths: files or directories, default: the current directory), or only of the
elements given with --fail, and report what each failure takes down: VMs without room to
restart, clusters without quorum, NLB clusters without nodes or multicast path, domains
without a DC, backup jobs without their proxy, VMs without a network. See docs/whatif.md.

Options:
      --fail <element>    simulate only this failure (repeatable): host:<name>, switch:<name>,
                          lag:<switch>/<id>
  -f, --format <name>     stylish (default), json, markdown
  -c, --config <file>     config file (default: nearest .hvlint.yml upwards)
      --fail-on <level>   exit 1 when a consequence is at least: error (default), warning, notice
  -o, --output <file>     write the report to a file instead of stdout
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage error or nothing to simulate.
`;
var FORMATS = ["stylish", "json", "markdown"];
var PIPELINE_RULES = new Set(CORE_RULES.map((meta) => meta.id));
async function whatifCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        fail: { type: "string", multiple: true },
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        "fail-on": { type: "string", default: "error" },
        output: { type: "string", short: "o" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`hvlint whatif: ${usageMessage(error)}

${WHATIF_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(WHATIF_HELP);
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint whatif: --format must be one of ${FORMATS.join(", ")}; got "${values.format}"
`);
    return 2;
  }
  const failOn = values["fail-on"];
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint whatif: --fail-on must be one of error, warning, notice; got "${values["fail-on"]}"
`);
    return 2;
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config);
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint whatif: config file "${values.config}" not found
`);
      return 2;
    }
    const config = loadedConfig.config;
    const linted = await lint({ cwd: io.cwd, paths: positionals, config, ...io.now ? { now: io.now } : {} });
    const estate = linted.estate;
    if (!canSimulate(estate)) {
      io.stderr(
        `hvlint whatif: nothing to simulate: no valid HyperVHost or Switch manifest in ${count(linted.documents, "document")} (${count(linted.files, "file")})${linted.files === 0 ? "; check the paths" : "; run hvlint to see why"}
`
      );
      return 2;
    }
    let failures;
    if (values.fail?.length) {
      failures = [];
      for (const text2 of values.fail) {
        const parsedFailure = parseFailure(estate, text2);
        if ("error" in parsedFailure) {
          io.stderr(`hvlint whatif: ${parsedFailure.error}
`);
          return 2;
        }
        failures.push(parsedFailure);
      }
    }
    const result = runWhatIf(linted, {
      config,
      cwd: io.cwd,
      now: io.now ?? /* @__PURE__ */ new Date(),
      ...failures ? { failures } : {}
    });
    const skipped = [...loadedConfig.findings, ...linted.findings.filter((f) => PIPELINE_RULES.has(f.ruleId))];
    const input = { result, skipped, files: linted.files, documents: linted.documents, version: VERSION };
    let text;
    if (format === "json") text = formatWhatIfJson(input);
    else if (format === "markdown") text = formatWhatIfMarkdown(input);
    else {
      const color = values["no-color"] ? false : values.color ? true : io.isTTY && !io.env["NO_COLOR"];
      const sources = new Map(linted.sources);
      if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
      text = formatReport(
        "stylish",
        {
          findings: [...skipped, ...result.findings],
          files: linted.files,
          documents: linted.documents,
          sources,
          version: VERSION
        },
        { color }
      ) + stylishTail(result, failures === void 0);
    }
    if (values.output) fs.writeFileSync(path.resolve(io.cwd, values.output), text);
    else io.stdout(text);
    const threshold = SEVERITY_RANK[failOn];
    const all = [...skipped, ...result.findings];
    return all.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold) ? 1 : 0;
  } catch (error) {
    io.stderr(`hvlint whatif: internal error: ${error.stack ?? String(error)}
`);
    return 2;
  }
}
function stylishTail(result, sweep) {
  const hit = result.failures.filter((f) => f.consequences.length > 0);
  const lines = [
    "",
    `${result.failures.length} ${sweep ? "single failures simulated (every host, switch and LAG)" : result.failures.length === 1 ? "failure simulated" : "failures simulated"}; ${hit.length} with consequences${hit.length ? `: ${hit.map((f) => f.description).join(", ")}` : ""}`
  ];
  if (result.notJudged.length > 0) {
    lines.push("", "not judged (add the field named to let the simulation judge it):");
    for (const gap of result.notJudged) lines.push(`  ${gap.file}:${gap.line}:${gap.column}  ${gap.message}`);
  }
  return lines.join("\n") + "\n";
}
var count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
export {
  WHATIF_HELP,
  whatifCommand
};
