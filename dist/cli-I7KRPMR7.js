import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  azureSummary,
  exitStatus,
  quietFilter,
  reportUnchecked,
  writeOutputFile
} from "./cli-4V7WTMKW.js";
import {
  mermaidText
} from "./cli-ZCYVSVGD.js";
import {
  lintAndFix,
  unifiedDiff,
  writeFixes
} from "./cli-26I3A67K.js";
import {
  FORMATS,
  SEVERITY_RANK,
  formatMarkdown,
  formatReport
} from "./cli-XZRRD5KR.js";
import "./cli-PDNBL44L.js";
import {
  VERSION
} from "./cli-YNIA6BNC.js";
import {
  BaselineError,
  createBaseline,
  formatBaseline,
  lint,
  readBaselineFile
} from "./cli-HLRBK3TU.js";
import {
  findConfigFor,
  loadConfig
} from "./cli-EFDIN77Y.js";
import {
  bridgeGroupLabel,
  bridgeGroupsFor,
  clusterMacFor,
  describeAttachment,
  igmpGroupFor,
  membersCover,
  nameKey,
  nlbReach,
  realpathOr,
  repositoryRoot,
  staticMacEntries,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/lint.ts
import { parseArgs } from "node:util";
import * as path2 from "node:path";

// src/model/topology-diagram.ts
var MermaidGraph = class {
  ids = /* @__PURE__ */ new Map();
  lines = [];
  failingNodes = /* @__PURE__ */ new Set();
  failingEdges = [];
  edges = 0;
  edgeKeys = /* @__PURE__ */ new Set();
  get size() {
    return this.ids.size;
  }
  node(key, label, failing = false) {
    let id = this.ids.get(key);
    if (!id) {
      id = `n${this.ids.size}`;
      this.ids.set(key, id);
      this.lines.push(`  ${id}["${label}"]`);
    }
    if (failing) this.failingNodes.add(id);
    return id;
  }
  edge(from, to, failing = false, label) {
    const key = `${from}|${to}|${failing}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.lines.push(failing ? `  ${from} -. ${label ?? "missing"} .-> ${to}` : `  ${from} --> ${to}`);
    if (failing) this.failingEdges.push(this.edges);
    this.edges++;
  }
  render() {
    const out = ["flowchart LR", ...this.lines];
    if (this.failingNodes.size > 0 || this.failingEdges.length > 0)
      out.push("  classDef failing stroke:#d1242f,stroke-width:3px,color:#d1242f");
    if (this.failingNodes.size > 0) out.push(`  class ${[...this.failingNodes].join(",")} failing`);
    if (this.failingEdges.length > 0)
      out.push(`  linkStyle ${this.failingEdges.join(",")} stroke:#d1242f,stroke-width:2px`);
    return out.join("\n");
  }
};
function nlbTopology(estate, findings, options = {}) {
  const maxClusters = options.maxClusters ?? 25;
  const maxNodes = options.maxNodes ?? 200;
  const clusters = estate.of("NlbCluster");
  const flagged = /* @__PURE__ */ new Set();
  for (const f of findings) {
    if (f.suppressed || f.severity === "notice" || !f.document) continue;
    flagged.add(`${f.document.kind}|${nameKey(f.document.name)}|${f.path?.slice(0, 3).join(".") ?? ""}`);
    flagged.add(`${f.document.kind}|${nameKey(f.document.name)}`);
  }
  const graph = new MermaidGraph();
  let drawn = 0;
  let failingLinks = 0;
  for (const cluster of clusters) {
    if (drawn >= maxClusters || graph.size >= maxNodes) break;
    drawn++;
    const spec = cluster.spec;
    const clusterId = graph.node(
      `nlb|${nameKey(cluster.name)}`,
      `${mermaidText(cluster.name)}<br/>${mermaidText(`${spec.vip} \xB7 ${spec.mode}`)}`,
      flagged.has(`NlbCluster|${nameKey(cluster.name)}`)
    );
    const vlanId = graph.node(`vlan|${spec.vlan}`, `VLAN ${spec.vlan}`);
    graph.edge(clusterId, vlanId);
    for (const reach of nlbReach(estate, cluster).values()) {
      const sw = reach.switch;
      const groups = groupsOn(estate, sw, cluster, flagged);
      if (groups.length === 0) {
        const missing = graph.node(
          `missing|${nameKey(sw.name)}|${nameKey(cluster.name)}`,
          `${mermaidText(sw.name)}: no group for ${mermaidText(expectedGroup(cluster))}`,
          true
        );
        graph.edge(vlanId, missing, true);
        failingLinks++;
        continue;
      }
      for (const group of groups) {
        const groupId = graph.node(
          `group|${nameKey(sw.name)}|${group.key}`,
          `${mermaidText(sw.name)}<br/>${mermaidText(group.label)}`,
          group.failing
        );
        graph.edge(vlanId, groupId);
        for (const at of reach.attachments.values()) {
          const pointId = graph.node(
            `point|${nameKey(sw.name)}|${describeAttachment(at)}`,
            `${mermaidText(sw.name)} ${mermaidText(describeAttachment(at))}`
          );
          const covered = group.floods || membersCover(group.members ?? {}, at);
          graph.edge(groupId, pointId, !covered);
          if (!covered) failingLinks++;
          graph.edge(pointId, hostNode(graph, at, flagged));
        }
      }
    }
  }
  if (drawn === 0) return { mermaid: "", clusters: 0, omittedClusters: 0, failingLinks: 0 };
  return { mermaid: graph.render(), clusters: drawn, omittedClusters: clusters.length - drawn, failingLinks };
}
function hostNode(graph, at, flagged) {
  return graph.node(
    `host|${nameKey(at.host.name)}`,
    mermaidText(at.host.name),
    flagged.has(`HyperVHost|${nameKey(at.host.name)}|spec.nicTeams.${at.teamIndex}`)
  );
}
function expectedGroup(cluster) {
  return cluster.spec.mode === "igmp-multicast" ? igmpGroupFor(cluster.spec.vip) : clusterMacFor(cluster.spec.vip, cluster.spec.mode);
}
function groupsOn(estate, sw, cluster, flagged) {
  const spec = cluster.spec;
  if (spec.mode === "unicast")
    return [{ key: `flood|${spec.vlan}`, label: `VLAN ${spec.vlan} flooded (unicast)`, floods: true }];
  if (spec.mode === "igmp-multicast") {
    return bridgeGroupsFor(estate, sw, cluster).map((g) => ({
      key: `bridge|${g.index}`,
      label: `group ${bridgeGroupLabel(g.entry)}`,
      members: g.entry,
      failing: flagged.has(`Switch|${nameKey(sw.name)}|spec.bridgeMulticastGroups.${g.index}`)
    }));
  }
  return staticMacEntries(estate, sw, spec.vlan, clusterMacFor(spec.vip, spec.mode)).map((e) => ({
    key: `mac|${e.index}`,
    label: `static MAC ${e.entry.mac}`,
    members: e.entry,
    failing: flagged.has(`Switch|${nameKey(sw.name)}|spec.staticMac.${e.index}`)
  }));
}

// src/filter/scope.ts
function mergeRanges(ranges) {
  const sorted = ranges.filter((r) => r.end >= r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}
function intersects(ranges, start, end) {
  if (ranges === "all") return true;
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (ranges[mid].end < start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = ranges[lo];
  return candidate !== void 0 && candidate.end >= start && candidate.start <= Math.max(start, end);
}
function changeIndex(files) {
  const index = /* @__PURE__ */ new Map();
  for (const file of files) index.set(file.path, file);
  return index;
}
function lastLine(location) {
  return location.endLine > location.line && location.endColumn <= 1 ? location.endLine - 1 : Math.max(location.line, location.endLine);
}
var FILE_LEVEL_RULES = /* @__PURE__ */ new Set(["file-unreadable", "file-encoding"]);
function inScope(location, changes, mode, wholeFile = false) {
  if (mode === "nofilter") return true;
  const changed = changes.get(location.file);
  if (!changed) return false;
  if (mode === "file" || wholeFile) return true;
  return intersects(mode === "added" ? changed.added : changed.hunks, location.line, lastLine(location));
}
function onAddedLine(location, changes) {
  const changed = changes?.get(location.file);
  return changed !== void 0 && intersects(changed.added, location.line, lastLine(location));
}
function locationOf(l) {
  return { file: l.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn };
}
function scopeFindings(findings, changedFiles, mode) {
  const changes = changedFiles ? changeIndex(changedFiles) : void 0;
  const effective = changes ? mode : "nofilter";
  const result = { inScope: [], outOfScope: [] };
  for (const finding of findings) {
    if (inScope(finding, changes ?? /* @__PURE__ */ new Map(), effective, FILE_LEVEL_RULES.has(finding.ruleId))) {
      result.inScope.push({ finding, at: locationOf(finding), onAddedLine: onAddedLine(finding, changes) });
      continue;
    }
    const via = finding.related.find((r) => inScope(r, changes, effective));
    if (via) result.inScope.push({ finding, at: locationOf(via), via, onAddedLine: onAddedLine(via, changes) });
    else result.outOfScope.push(finding);
  }
  return result;
}

// src/git/index.ts
import { execFile } from "node:child_process";
import * as path from "node:path";

// src/filter/diff.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;
function parsePatch(patch) {
  const added = [];
  const hunks = [];
  let next = 0;
  for (const line of patch.split("\n")) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const start = Number(header[1]);
      const count = header[2] === void 0 ? 1 : Number(header[2]);
      if (count > 0) hunks.push({ start, end: start + count - 1 });
      next = start;
      continue;
    }
    if (next === 0) continue;
    const marker = line[0];
    if (marker === "+") {
      added.push({ start: next, end: next });
      next++;
    } else if (marker === " " || line === "") {
      next++;
    } else if (marker === "-" || marker === "\\") {
    } else {
      next = 0;
    }
  }
  return { added: mergeRanges(added), hunks: mergeRanges(hunks) };
}
function unquoteGitPath(text) {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const body = text.slice(1, -1);
  const bytes = [];
  const simple = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, "\\": 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const nextCh = body[i + 1] ?? "";
    if (/[0-7]/.test(nextCh)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))[0];
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else {
      bytes.push(simple[nextCh] ?? nextCh.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
function stripPrefix(pathText) {
  const unquoted = unquoteGitPath(pathText.replace(/\t.*$/, ""));
  if (unquoted === "/dev/null") return void 0;
  return unquoted.replace(/^[ab]\//, "");
}
function parseGitDiff(diff) {
  const files = [];
  const sections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith("diff --git "));
  for (const section of sections) {
    const lines = section.split("\n");
    let newPath;
    let oldPath;
    let deleted = false;
    let hunkStart = -1;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.startsWith("@@")) {
        hunkStart = i;
        break;
      }
      if (line.startsWith("deleted file mode")) deleted = true;
      else if (line.startsWith("rename from ")) oldPath = unquoteGitPath(line.slice("rename from ".length));
      else if (line.startsWith("rename to ")) newPath = unquoteGitPath(line.slice("rename to ".length));
      else if (line.startsWith("copy to ")) newPath = unquoteGitPath(line.slice("copy to ".length));
      else if (line.startsWith("--- ")) oldPath = stripPrefix(line.slice(4)) ?? oldPath;
      else if (line.startsWith("+++ ")) {
        const target = stripPrefix(line.slice(4));
        if (target === void 0) deleted = true;
        else newPath = target;
      }
    }
    if (deleted) continue;
    if (newPath === void 0) newPath = pathFromHeader(lines[0]);
    if (newPath === void 0) continue;
    const previous = oldPath !== void 0 && oldPath !== newPath ? { previousPath: oldPath } : {};
    if (hunkStart < 0) {
      const binary = lines.some((l) => l.startsWith("Binary files ") || l === "GIT binary patch");
      files.push({ path: newPath, ...previous, added: binary ? "all" : [], hunks: binary ? "all" : [] });
      continue;
    }
    const patch = parsePatch(lines.slice(hunkStart).join("\n"));
    files.push({ path: newPath, ...previous, added: patch.added, hunks: patch.hunks });
  }
  return files;
}
function pathFromHeader(header) {
  const rest = header.slice("diff --git ".length);
  if (rest.startsWith('"')) {
    const m2 = /^"(?:[^"\\]|\\.)*" ("(?:[^"\\]|\\.)*"|.*)$/.exec(rest);
    return m2 ? stripPrefix(m2[1]) : void 0;
  }
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) return rest.slice(half + 3);
  const m = / b\/(.*)$/.exec(rest);
  return m ? m[1] : void 0;
}

// src/git/index.ts
var runGit = (args, cwd) => new Promise((resolve3, reject) => {
  execFile("git", args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" }, (error, stdout, stderr) => {
    if (!error) return resolve3(stdout);
    const code = error.code;
    reject(
      Object.assign(new Error(code === "ENOENT" ? "git is not installed" : stderr.trim() || error.message), { code })
    );
  });
});
var ChangedSinceError = class extends Error {
};
async function changedSince(ref, cwd, git = runGit) {
  let root;
  try {
    root = (await git(["rev-parse", "--show-toplevel"], cwd)).trim();
  } catch (error) {
    const message = error.message;
    throw new ChangedSinceError(
      /not installed/.test(message) ? `--changed-since needs git, and git is not installed` : `--changed-since needs a git repository, and ${cwd} is not in one`
    );
  }
  if (ref === "" || ref.startsWith("-"))
    throw new ChangedSinceError(`--changed-since: "${ref}" is not a git ref (a branch, tag or commit)`);
  try {
    await git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], root);
  } catch {
    throw new ChangedSinceError(
      `--changed-since: unknown git ref "${ref}" (in CI, fetch it first, e.g. git fetch origin main, or check out with full history)`
    );
  }
  let base;
  try {
    base = (await git(["merge-base", "--end-of-options", ref, "HEAD"], root)).trim();
  } catch {
    throw new ChangedSinceError(
      `--changed-since: "${ref}" and HEAD have no common commit here (a shallow clone? fetch more history, e.g. git fetch --unshallow)`
    );
  }
  const diff = await git(
    ["-c", "core.quotepath=off", "diff", "--no-color", "--no-ext-diff", "-M", "--unified=0", base, "--"],
    root
  );
  const untracked = await git(["-c", "core.quotepath=off", "ls-files", "-z", "--others", "--exclude-standard"], root);
  const files = parseGitDiff(diff);
  for (const file of untracked.split("\0")) if (file !== "") files.push({ path: file, added: "all", hunks: "all" });
  return { root: path.resolve(root), base, files };
}

// src/cli/commands/lint.ts
var LINT_HELP = `Usage: hvlint [options] [paths...]
       hvlint <command> [options]   (hvlint help lists the commands)

Lint Hyper-V infrastructure manifests (YAML, apiVersion hvlint/v1).
Paths are files, directories or globs (default: the current directory).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown, azure (Azure Pipelines
                          logging commands), gitlab (Code Quality), junit, checkstyle
  -c, --config <file>     config file (default: the nearest .hvlint.yml upwards from the paths)
      --fail-on <level>   exit 1 when a finding is at least: error (default), warning, notice
  -q, --quiet             report errors only
  -o, --output <file>     write the report to a file instead of stdout (missing folders are created)
      --sarif-root <dir>  SARIF file paths are relative to this folder (default: the repository root,
                          the nearest folder upwards holding .git, else the current directory)
      --fix               apply the fixes of fixable rules to the files, then report what is left
      --fix-dry-run       print the fixes as a unified diff; change nothing
      --baseline <file>   report only findings that are not in this baseline file
      --write-baseline <file>  record the current findings as the baseline, and exit 0
      --changed-since <ref>  report only findings on lines changed since the git ref (from where it
                          and HEAD meet to the working tree; untracked files count as new), and
                          findings about a changed file as a whole; the exit status follows
      --allow-empty       exit 0 when a path holds no hvlint manifests (default: exit 2, nothing was checked)
      --color / --no-color  force colour on or off (default: on for a terminal)
  -v, --version           print the version
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or internal error,
a path that does not exist, or a path with no hvlint manifests (nothing was checked).
-q hides findings below error from the report; it never changes the exit status.
`;
async function lintCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        "fail-on": { type: "string", default: "error" },
        quiet: { type: "boolean", short: "q", default: false },
        output: { type: "string", short: "o" },
        "sarif-root": { type: "string" },
        fix: { type: "boolean", default: false },
        "fix-dry-run": { type: "boolean", default: false },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        "changed-since": { type: "string" },
        "allow-empty": { type: "boolean", default: false },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v", default: false },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`hvlint: ${usageMessage(error)}

${LINT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint: --format must be one of ${FORMATS.join(", ")}; got "${values.format}"
`);
    return 2;
  }
  const failOn = values["fail-on"];
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint: --fail-on must be one of error, warning, notice; got "${values["fail-on"]}"
`);
    return 2;
  }
  if (values.fix && values["fix-dry-run"]) {
    io.stderr("hvlint: --fix and --fix-dry-run exclude each other: choose one\n");
    return 2;
  }
  const threads = threadsFromEnv(io.env);
  if (typeof threads === "string") {
    io.stderr(`hvlint: ${threads}
`);
    return 2;
  }
  const allowEmpty = values["allow-empty"];
  const changedSinceRef = values["changed-since"];
  if (changedSinceRef !== void 0 && values["write-baseline"] !== void 0) {
    io.stderr("hvlint: --write-baseline records every finding; it does not take --changed-since\n");
    return 2;
  }
  let changes;
  if (changedSinceRef !== void 0) {
    try {
      changes = await changedFilesSince(changedSinceRef, io.cwd);
    } catch (error) {
      if (!(error instanceof ChangedSinceError)) throw error;
      io.stderr(`hvlint: ${error.message}
`);
      return 2;
    }
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config ?? findConfigFor(io.cwd, positionals));
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint: config file "${values.config}" not found
`);
      return 2;
    }
    const options = { cwd: io.cwd, paths: positionals, config: loadedConfig.config };
    if (io.now) options.now = io.now;
    if (threads !== void 0) options.threads = threads;
    const writeBaseline = values["write-baseline"];
    if (writeBaseline !== void 0) {
      const current = await lint(options);
      if (reportUnchecked(io, "hvlint", current, allowEmpty)) {
        io.stderr(`hvlint: ${writeBaseline} not written
`);
        return 2;
      }
      const baseline = createBaseline(current.findings);
      const failed = writeOutputFile(io.cwd, writeBaseline, formatBaseline(baseline), "--write-baseline");
      if (failed) {
        io.stderr(`hvlint: ${failed}
`);
        return 2;
      }
      if (loadedConfig.findings.length > 0)
        io.stderr(
          `hvlint: ${loadedConfig.file} has ${plural(loadedConfig.findings.length, "problem")}, not recorded in the baseline: run hvlint to see them
`
        );
      io.stderr(`hvlint: wrote ${plural(baseline.findings.length, "finding")} to ${writeBaseline}
`);
      return 0;
    }
    if (values.baseline !== void 0) {
      try {
        options.baseline = readBaselineFile(path2.resolve(io.cwd, values.baseline));
      } catch (error) {
        if (!(error instanceof BaselineError)) throw error;
        io.stderr(`hvlint: ${error.message}
`);
        return 2;
      }
    }
    let result;
    if (values.fix || values["fix-dry-run"]) {
      const outcome = await lintAndFix(options);
      result = outcome.result;
      const files = plural(outcome.changes.length, "file");
      if (values["fix-dry-run"]) {
        const diff = outcome.changes.map((c) => unifiedDiff(c.file, c.before, c.after)).join("");
        if (values.output) {
          const failed = writeOutputFile(io.cwd, values.output, diff);
          if (failed) {
            io.stderr(`hvlint: ${failed}
`);
            return 2;
          }
        } else io.stdout(diff);
        io.stderr(
          `hvlint: --fix-dry-run: ${plural(outcome.fixed, "fix", "fixes")} in ${files} would be applied; ${describeLeft(result.findings)}
`
        );
        if (reportUnchecked(io, "hvlint", result, allowEmpty)) return 2;
        return exitStatus([...loadedConfig.findings, ...result.findings], failOn);
      }
      const written = writeFixes(io.cwd, outcome.changes);
      for (const failure of written.failed) io.stderr(`hvlint: could not write ${failure.file}: ${failure.reason}
`);
      if (outcome.fixed > 0)
        io.stderr(
          `hvlint: applied ${plural(outcome.fixed, "fix", "fixes")} in ${plural(written.written.length, "file")}
`
        );
    } else {
      result = await lint(options);
    }
    let all = [...loadedConfig.findings, ...result.findings];
    let changed;
    if (changes && changedSinceRef !== void 0) {
      const scope = scopeFindings(all, changes, "added");
      all = scope.inScope.map((s) => s.finding);
      changed = { since: changedSinceRef, outside: scope.outOfScope.filter((f) => !f.suppressed).length };
    }
    const { shown: findings, hidden } = quietFilter(all, values.quiet);
    const sources = new Map(result.sources);
    if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
    const color = values["no-color"] ? false : values.color ? true : io.isTTY && !io.env["NO_COLOR"];
    let diagram;
    const reportInput = {
      findings,
      files: result.files,
      documents: result.documents,
      sources,
      version: VERSION,
      // Drawn only when a Markdown report reads it.
      get topology() {
        return diagram ??= nlbTopology(result.estate, findings);
      },
      cwd: io.cwd,
      sarifRoot: values["sarif-root"] ? path2.resolve(io.cwd, values["sarif-root"]) : repositoryRoot(io.cwd) ?? io.cwd,
      hidden,
      ...loadedConfig.config?.policySet ? { rules: loadedConfig.config.policySet.metas } : {}
    };
    if (changed) reportInput.changed = changed;
    const text = formatReport(
      format,
      reportInput,
      {
        color,
        githubActions: io.env["GITHUB_ACTIONS"] === "true" && !values.output,
        ...azureSummary(io, format, () => formatMarkdown(reportInput))
      }
    );
    if (values.output) {
      const failed = writeOutputFile(io.cwd, values.output, text);
      if (failed) {
        io.stderr(`hvlint: ${failed}
`);
        return 2;
      }
    } else {
      io.stdout(text);
    }
    if (io.env["HVLINT_TIMING"]) io.stderr(formatTimings(result.timings));
    if (changed && format !== "stylish" && format !== "markdown")
      io.stderr(
        `hvlint: reported only findings on lines changed since ${changed.since}${changed.outside > 0 ? `; ${plural(changed.outside, "finding")} elsewhere not shown` : ""}
`
      );
    if (result.baseline && result.baseline.fixed > 0) {
      io.stderr(
        `hvlint: ${plural(result.baseline.fixed, "baseline finding")} fixed \u2014 refresh the baseline with hvlint --write-baseline ${values.baseline}
`
      );
    }
    if (reportUnchecked(io, "hvlint", result, allowEmpty)) return 2;
    return exitStatus(all, failOn);
  } catch (error) {
    io.stderr(`hvlint: internal error: ${error.stack ?? String(error)}
`);
    return 2;
  }
}
function formatTimings(timings) {
  const ms = (n) => `${n.toFixed(1)} ms`;
  const lines = ["discover", "load", "model", "rules", "policies", "filter"].map(
    (phase) => `hvlint timing: ${phase} ${ms(timings[phase])}`
  );
  const slowest = Object.entries(timings.byRule).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 10);
  for (const [id, time] of slowest) lines.push(`hvlint timing: rule ${id} ${ms(time)}`);
  return lines.join("\n") + "\n";
}
function threadsFromEnv(env) {
  const value = env["HVLINT_THREADS"];
  if (value === void 0 || value === "") return void 0;
  if (!/^\d+$/.test(value.trim()))
    return `HVLINT_THREADS must be a whole number of worker threads (0 or 1: none); got "${value}"`;
  return Number(value.trim());
}
function describeLeft(findings) {
  const left = findings.filter((f) => !f.suppressed).length;
  return left === 0 ? "no problems would be left" : `${plural(left, "problem")} would be left`;
}
function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}
async function changedFilesSince(ref, cwd) {
  const since = await changedSince(ref, cwd);
  const here = realpathOr(cwd);
  const relative2 = (p) => path2.relative(here, path2.join(since.root, p)).split(path2.sep).join("/");
  return since.files.map((f) => ({
    ...f,
    path: relative2(f.path),
    ...f.previousPath !== void 0 ? { previousPath: relative2(f.previousPath) } : {}
  }));
}
export {
  LINT_HELP,
  formatTimings,
  lintCommand,
  threadsFromEnv
};
