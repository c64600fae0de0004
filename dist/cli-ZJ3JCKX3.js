import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  docUrl
} from "./cli-EFDIN77Y.js";
import {
  CONFIG_NAMES,
  DEFAULT_LIMITS,
  allRuleMeta,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/init.ts
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "node:util";

// src/config/starter.ts
function starterConfig(rules) {
  const width = Math.max(...rules.map((r) => r.id.length));
  const ruleLines = [...rules].sort((a, b) => a.area === b.area ? a.id < b.id ? -1 : 1 : a.area < b.area ? -1 : 1).map((rule) => {
    const setting = rule.defaultOptions && Object.keys(rule.defaultOptions).length > 0 ? `[${rule.severity}, ${flow(rule.defaultOptions)}]` : rule.severity;
    return `#   ${`${rule.id}:`.padEnd(width + 1)} ${setting}`;
  });
  return [
    `# hvlint configuration. Every key is described in ${docUrl("configuration.md")}`,
    "# Globs are minimatch patterns relative to the directory of this file.",
    "",
    "# Files to lint when hvlint is given a directory (default: every .yml and .yaml file).",
    "include:",
    '  - "**/*.{yml,yaml}"',
    "",
    "# Files and directories never linted (.git and node_modules are always skipped).",
    "# exclude:",
    '#   - "archive/**"',
    "",
    "# Each rule's severity: error, warning, notice or off; a rule with options takes",
    "# [severity, { options }]. `hvlint rules` lists the rules, `hvlint explain <rule-id>`",
    '# explains one. To change a rule, uncomment "rules:" and its line. The defaults:',
    "# rules:",
    ...ruleLines,
    "",
    "# Severities for some paths only (later overrides win). Options are set in rules only.",
    "# overrides:",
    '#   - files: ["lab/**"]',
    "#     rules:",
    "#       nlb-unicast-mode: off",
    "",
    "# Limits of the YAML loader, against hostile or runaway files (the defaults).",
    "# limits:",
    ...Object.entries(DEFAULT_LIMITS).map(([key, value]) => `#   ${key}: ${value}`),
    ""
  ].join("\n");
}
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)}: ${flow(v)}`
    );
    return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
  }
  if (typeof value === "string")
    return /^[A-Za-z_][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(value) ? value : JSON.stringify(value);
  return JSON.stringify(value);
}

// src/cli/commands/init.ts
var INIT_HELP = `Usage: hvlint init [--force]

Write a starter .hvlint.yml in the current directory: every setting explained and every
rule listed with its default severity and options. An existing config is kept unless
--force is given.

Options:
      --force   overwrite an existing config
  -h, --help    print this help
`;
async function initCommand(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { force: { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } }
    }));
  } catch (error) {
    io.stderr(`hvlint init: ${usageMessage(error)}

${INIT_HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const existing = CONFIG_NAMES.find((name) => fs.existsSync(path.join(io.cwd, name)));
  if (existing && !values.force) {
    io.stderr(`hvlint init: ${existing} already exists: edit it, or run hvlint init --force to replace it
`);
    return 2;
  }
  const file = path.join(io.cwd, existing ?? CONFIG_NAMES[0]);
  fs.writeFileSync(file, starterConfig(allRuleMeta()));
  io.stdout(`wrote ${path.basename(file)}: see ${docUrl("configuration.md")}, or hvlint rules for the rule ids
`);
  return 0;
}
export {
  INIT_HELP,
  initCommand
};
