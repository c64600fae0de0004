import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  loadConfig,
  ruleDocUrl
} from "./cli-EFDIN77Y.js";
import {
  allRuleMeta,
  entrySeverity,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/rules.ts
import { parseArgs } from "node:util";
var RULES_HELP = `Usage: hvlint rules [options]

List every rule: id, severity (as the config sets it), area, whether --fix can fix it,
and what it checks. hvlint explain <rule-id> prints a rule's page.

Options:
  -f, --format <name>   stylish (default) or json
  -c, --config <file>   config file (default: nearest .hvlint.yml upwards)
  -h, --help            print this help
`;
async function rulesCommand(argv, io) {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        format: { type: "string", short: "f", default: "stylish" },
        config: { type: "string", short: "c" },
        help: { type: "boolean", short: "h", default: false }
      }
    }));
  } catch (error) {
    io.stderr(`hvlint rules: ${usageMessage(error)}

${RULES_HELP}`);
    return 2;
  }
  if (values.help) {
    io.stdout(RULES_HELP);
    return 0;
  }
  if (values.format !== "stylish" && values.format !== "json") {
    io.stderr(`hvlint rules: --format must be stylish or json; got "${values.format}"
`);
    return 2;
  }
  const loaded = loadConfig(io.cwd, values.config);
  if (values.config && !loaded.file) {
    io.stderr(`hvlint rules: config file "${values.config}" not found
`);
    return 2;
  }
  if (loaded.findings.length > 0)
    io.stderr(
      `hvlint rules: ${loaded.file} has ${loaded.findings.length} problem${loaded.findings.length === 1 ? "" : "s"}: run hvlint to see them
`
    );
  const metas = [...allRuleMeta(), ...loaded.config.policySet?.metas ?? []];
  const rules = metas.map((meta) => {
    const entry = loaded.config.rules?.[meta.id];
    return { meta, severity: entry !== void 0 ? entrySeverity(entry) : meta.severity };
  });
  if (values.format === "json") {
    const out = rules.map(({ meta, severity }) => ({
      id: meta.id,
      severity,
      defaultSeverity: meta.severity,
      area: meta.area,
      fixable: meta.fixable,
      description: meta.description,
      docs: meta.policy ? meta.policy.docs ?? meta.policy.file : ruleDocUrl(meta.id),
      ...meta.defaultOptions ? { defaultOptions: meta.defaultOptions } : {},
      ...meta.optionsSchema ? { optionsSchema: meta.optionsSchema } : {}
    }));
    io.stdout(JSON.stringify({ rules: out }, null, 2) + "\n");
    return 0;
  }
  const idWidth = Math.max(4, ...rules.map((r) => r.meta.id.length));
  const areaWidth = Math.max(4, ...rules.map((r) => r.meta.area.length));
  const lines = [`${"RULE".padEnd(idWidth)}  ${"SEVERITY".padEnd(8)}  ${"AREA".padEnd(areaWidth)}  FIX  DESCRIPTION`];
  for (const { meta, severity } of rules) {
    const shown = severity === meta.severity ? severity : `${severity}*`;
    lines.push(
      `${meta.id.padEnd(idWidth)}  ${shown.padEnd(8)}  ${meta.area.padEnd(areaWidth)}  ${meta.fixable ? "yes" : "   "}  ${meta.description}`
    );
  }
  lines.push(
    "",
    `${rules.length} rules${rules.some((r) => r.severity !== r.meta.severity) ? `; * set by ${loaded.file}` : ""}. hvlint explain <rule-id> shows a rule's page.`
  );
  io.stdout(lines.join("\n") + "\n");
  return 0;
}
export {
  RULES_HELP,
  rulesCommand
};
