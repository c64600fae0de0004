import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  formatReport
} from "./cli-XZRRD5KR.js";
import "./cli-PDNBL44L.js";
import {
  VERSION
} from "./cli-YNIA6BNC.js";
import {
  lintTexts
} from "./cli-HLRBK3TU.js";
import {
  emptyPolicySet,
  loadConfig,
  loadPolicies
} from "./cli-EFDIN77Y.js";
import {
  CATALOGUE,
  POLICY_MISTAKE,
  allRuleMeta,
  assignSeverities,
  discover,
  parsePath,
  policyMeta,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/test.ts
import * as path from "node:path";
import { parseArgs } from "node:util";

// src/policy/test.ts
function runPolicyTests(set, now = /* @__PURE__ */ new Date()) {
  const run = { cases: [], untested: [] };
  const byId = new Map(set.policies.map((p) => [p.id, p]));
  for (const doc of set.documents) {
    const policy = byId.get(doc.name);
    const tests = doc.value["spec"].tests ?? [];
    if (!policy) continue;
    if (tests.length === 0) {
      run.untested.push(policy.id);
      continue;
    }
    tests.forEach((test, i) => run.cases.push(runCase(policy, test, i, now)));
  }
  return run;
}
function runCase(policy, test, i, now) {
  const doc = policy.document;
  const file = `${doc.file} (tests[${i}])`;
  const only = { ...emptyPolicySet(), policies: [policy], metas: [policyMeta(policy)] };
  const result = lintTexts({ [file]: test.manifests }, { config: { policySet: only }, rules: [], now });
  const actual = result.findings.filter((f) => !f.suppressed);
  const unexpected = [...actual];
  const missing = [];
  for (const expected of test.expect) {
    const k = unexpected.findIndex((f) => f.ruleId === policy.id && matches(f, expected));
    if (k >= 0) unexpected.splice(k, 1);
    else missing.push(expected);
  }
  return {
    policy: policy.id,
    name: test.name,
    file: doc.file,
    line: doc.locate(["spec", "tests", i, "name"]).line,
    passed: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected
  };
}
function matches(finding, expected) {
  if (!finding.document || `${finding.document.kind}/${finding.document.name}`.toLowerCase() !== expected.document.toLowerCase())
    return false;
  if (expected.at !== void 0) {
    const path2 = parsePath(expected.at);
    if (!path2 || JSON.stringify(path2) !== JSON.stringify(finding.path ?? [])) return false;
  }
  return expected.message === void 0 || finding.message.includes(expected.message);
}
function describeFound(finding) {
  const where = finding.document ? `${finding.document.kind}/${finding.document.name}` : finding.file;
  const at = finding.path && finding.path.length > 0 ? ` at ${formatPath(finding.path)}` : "";
  const rule = finding.ruleId === POLICY_MISTAKE || finding.document === void 0 ? ` [${finding.ruleId}]` : "";
  return `${where}${at}${rule}: ${finding.message}`;
}
function describeExpected(expected) {
  const at = expected.at !== void 0 ? ` at ${expected.at}` : "";
  const message = expected.message !== void 0 ? ` (message containing ${JSON.stringify(expected.message)})` : "";
  return `${expected.document}${at}${message}`;
}
function formatPath(path2) {
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function formatTestRun(run, color) {
  const paint = (code, text) => color ? `\x1B[${code}m${text}\x1B[0m` : text;
  const lines = [];
  for (const c of run.cases) {
    const mark = c.passed ? paint("32", "ok  ") : paint("31", "FAIL");
    lines.push(`${mark}  ${c.policy} \u203A ${c.name}  (${c.file}:${c.line})`);
    if (c.passed) continue;
    for (const m of c.missing) lines.push(paint("31", `        - expected ${describeExpected(m)}`));
    for (const u of c.unexpected) lines.push(paint("32", `        + got      ${describeFound(u)}`));
  }
  for (const id of run.untested) lines.push(`note  ${id} has no tests`);
  const failed = run.cases.filter((c) => !c.passed).length;
  lines.push(
    "",
    `${failed > 0 ? paint("31", "\u2716") : paint("32", "\u2714")} ${run.cases.length} test${run.cases.length === 1 ? "" : "s"}, ${failed} failed` + (failed > 0 ? " (- expected but not reported, + reported but not expected)" : "")
  );
  return lines.join("\n") + "\n";
}

// src/cli/commands/test.ts
var TEST_HELP = `Usage: hvlint test [options] [paths...]

Run the tests of custom policies: each case's manifests are linted with its policy alone, and
the findings must be exactly the expected ones. Paths are policy files or directories
(default: the files listed under policies: and extends: in the config).

Options:
  -c, --config <file>     config file (default: nearest .hvlint.yml upwards)
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help              print this help

Exit status: 0 every test passed, 1 a test failed or a policy has mistakes, 2 no tests found or usage error.
`;
async function testCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: "string", short: "c" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h", default: false }
      }
    });
  } catch (error) {
    io.stderr(`hvlint test: ${usageMessage(error)}

${TEST_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(TEST_HELP);
    return 0;
  }
  const color = values["no-color"] ? false : values.color ? true : io.isTTY && !io.env["NO_COLOR"];
  let set;
  if (positionals.length > 0) {
    const { files, missing } = discover({ cwd: io.cwd, paths: positionals });
    if (missing.length > 0) {
      io.stderr(`hvlint test: ${missing.map((m) => `"${m}"`).join(", ")} does not exist: check the path
`);
      return 2;
    }
    set = loadPolicies(
      files.map((f) => f.absolute),
      { root: io.cwd, cwd: io.cwd, builtinIds: new Set(allRuleMeta().map((m) => m.id)) }
    );
  } else {
    const loaded = loadConfig(io.cwd, values.config);
    set = loaded.config.policySet;
    if (!set) {
      io.stderr(
        `hvlint test: ${loaded.file ?? "no .hvlint.yml"} lists no policies: name policy files (hvlint test policies/) or list them under policies:
`
      );
      return 2;
    }
  }
  const run = runPolicyTests(set, io.now ?? /* @__PURE__ */ new Date());
  let status = 0;
  if (set.findings.length > 0) {
    io.stdout(
      formatReport(
        "stylish",
        {
          findings: assignSeverities(set.findings, CATALOGUE, {}),
          files: set.sources.size,
          documents: set.documents.length,
          sources: set.sources,
          version: VERSION,
          cwd: io.cwd
        },
        { color }
      )
    );
    status = 1;
  }
  if (run.cases.length === 0) {
    io.stderr(
      `hvlint test: no test cases in ${set.files.size} policy file${set.files.size === 1 ? "" : "s"} (${[...set.files].map((f) => path.relative(io.cwd, f)).join(", ") || "none"}): add tests: to the policies
`
    );
    return 2;
  }
  io.stdout(formatTestRun(run, color));
  return run.cases.some((c) => !c.passed) ? 1 : status;
}
export {
  TEST_HELP,
  testCommand
};
