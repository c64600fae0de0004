import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  ruleDocPage
} from "./cli-PDNBL44L.js";
import {
  absoluteDocHref,
  loadConfig,
  ruleDocUrl
} from "./cli-EFDIN77Y.js";
import {
  allRuleMeta,
  closest,
  usageMessage
} from "./cli-YGPPNYVY.js";
import "./cli-TAYVNBWF.js";

// src/cli/commands/explain.ts
import { parseArgs } from "node:util";
var EXPLAIN_HELP = `Usage: hvlint explain <rule-id>

Print a rule's page: what it checks, why, a bad and a good example, how to fix it,
and where the fact behind it comes from. hvlint rules lists the rule ids.

Options:
  -c, --config <file>       config file, for the ids of custom policies (default: nearest .hvlint.yml upwards)
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help                print this help
`;
var ANSI = { bold: "\x1B[1m", dim: "\x1B[2m", cyan: "\x1B[36m", reset: "\x1B[0m" };
async function explainCommand(argv, io) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h", default: false },
        color: { type: "boolean" },
        config: { type: "string", short: "c" },
        "no-color": { type: "boolean" }
      }
    });
  } catch (error) {
    io.stderr(`hvlint explain: ${usageMessage(error)}

${EXPLAIN_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`hvlint explain: name one rule id

${EXPLAIN_HELP}`);
    return 2;
  }
  const id = positionals[0];
  const loaded = loadConfig(io.cwd, values.config);
  const metas = [...allRuleMeta(), ...loaded.config.policySet?.metas ?? []];
  const meta = metas.find((m) => m.id === id);
  if (!meta) {
    const hint = closest(
      id,
      metas.map((m) => m.id)
    );
    io.stderr(
      `hvlint explain: unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}: run hvlint rules to list the rule ids
`
    );
    return 2;
  }
  const color = values["no-color"] ? false : values.color ? true : io.isTTY && !io.env["NO_COLOR"];
  if (meta.policy) {
    io.stdout(policyPage(meta, loaded.config.policySet));
    return 0;
  }
  const page = ruleDocPage(id);
  if (page === void 0) {
    io.stdout(
      `${id}

${meta.description}

Severity: ${meta.severity} \xB7 Area: ${meta.area} \xB7 Fixable: ${meta.fixable ? "yes" : "no"}
Sources: ${meta.sources.join("; ")}
(no doc page at ${ruleDocUrl(id)})
`
    );
    return 0;
  }
  const text = terminalLinks(page);
  io.stdout(color ? highlight(text) : text.endsWith("\n") ? text : `${text}
`);
  return 0;
}
function policyPage(meta, set) {
  const doc = set?.documents.find((d) => d.name === meta.id);
  const spec = doc?.value["spec"] ?? {};
  const where = doc ? `${doc.file}:${doc.locate(["metadata", "name"]).line}` : meta.policy.file;
  const lines = [
    `# ${meta.id}`,
    "",
    meta.description,
    "",
    `- **Severity:** ${meta.severity} \xB7 **Custom policy** defined in ${where}`
  ];
  if (spec.match)
    lines.push(
      `- **Checks:** ${spec.match.kinds.join(", ")}${spec.match.names ? ` named ${spec.match.names.join(", ")}` : ""}`
    );
  if (meta.policy.docs) lines.push("", "## Docs", "", meta.policy.docs);
  if (spec.assert) lines.push("", "## Assertion (CEL)", "", "```", spec.assert, "```");
  if (spec.match?.where) lines.push("", "## Where (CEL)", "", "```", spec.match.where, "```");
  return lines.join("\n") + "\n";
}
function terminalLinks(markdown) {
  let inCode = false;
  return markdown.split("\n").map((line) => {
    if (/^```/.test(line)) inCode = !inCode;
    if (inCode) return line;
    return line.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, text, href) => {
      if (href.startsWith("#")) return text;
      return `${text} (${absoluteDocHref(href)})`;
    });
  }).join("\n");
}
function highlight(markdown) {
  let inCode = false;
  const out = markdown.replace(/\n$/, "").split("\n").map((line) => {
    if (/^```/.test(line)) {
      inCode = !inCode;
      return `${ANSI.dim}${line}${ANSI.reset}`;
    }
    if (inCode) return `${ANSI.cyan}${line}${ANSI.reset}`;
    if (/^#{1,6} /.test(line)) return `${ANSI.bold}${line}${ANSI.reset}`;
    return line;
  });
  return out.join("\n") + "\n";
}
export {
  EXPLAIN_HELP,
  explainCommand,
  terminalLinks
};
