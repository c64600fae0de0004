/** `hvlint explain <rule-id>`: a rule's doc page in the terminal. */
import { usageMessage } from '../io.js';
import { parseArgs } from 'node:util';
import { absoluteDocHref, ruleDocUrl } from '../../report/links.js';
import { allRuleMeta } from '../../rules/index.js';
import { ruleDocPage } from '../../rules/docs.js';
import { closest } from '../../util/strings.js';
import type { CliIO } from '../io.js';
import { loadConfig } from '../../config/load.js';
import type { RuleMeta } from '../../rules/types.js';
import type { PolicySet } from '../../policy/load.js';
import type { PolicySpec } from '../../policy/compile.js';

export const EXPLAIN_HELP = `Usage: hvlint explain <rule-id>

Print a rule's page: what it checks, why, a bad and a good example, how to fix it,
and where the fact behind it comes from. hvlint rules lists the rule ids.

Options:
  -c, --config <file>       config file, for the ids of custom policies (default: nearest .hvlint.yml upwards)
      --color / --no-color  force colour on or off (default: on for a terminal)
  -h, --help                print this help
`;

const ANSI = { bold: '\u001b[1m', dim: '\u001b[2m', cyan: '\u001b[36m', reset: '\u001b[0m' };

export async function explainCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        color: { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`hvlint explain: ${usageMessage(error)}\n\n${EXPLAIN_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr(`hvlint explain: name one rule id\n\n${EXPLAIN_HELP}`);
    return 2;
  }
  const id = positionals[0]!;
  const loaded = loadConfig(io.cwd, values.config);
  const metas = [...allRuleMeta(), ...(loaded.config.policySet?.metas ?? [])];
  const meta = metas.find((m) => m.id === id);
  if (!meta) {
    const hint = closest(
      id,
      metas.map((m) => m.id),
    );
    io.stderr(
      `hvlint explain: unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}: run hvlint rules to list the rule ids\n`,
    );
    return 2;
  }
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
  if (meta.policy) {
    io.stdout(policyPage(meta, loaded.config.policySet));
    return 0;
  }
  const page = ruleDocPage(id);
  if (page === undefined) {
    io.stdout(
      `${id}\n\n${meta.description}\n\nSeverity: ${meta.severity} · Area: ${meta.area} · Fixable: ${meta.fixable ? 'yes' : 'no'}\nSources: ${meta.sources.join('; ')}\n(no doc page at ${ruleDocUrl(id)})\n`,
    );
    return 0;
  }
  const text = terminalLinks(page);
  io.stdout(color ? highlight(text) : text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}

/** A custom policy's page: its description, where it is defined, its docs and its CEL. */
function policyPage(meta: RuleMeta, set: PolicySet | undefined): string {
  const doc = set?.documents.find((d) => d.name === meta.id);
  const spec = (doc?.value['spec'] ?? {}) as Partial<PolicySpec>;
  const where = doc ? `${doc.file}:${doc.locate(['metadata', 'name']).line}` : meta.policy!.file;
  const lines = [
    `# ${meta.id}`,
    '',
    meta.description,
    '',
    `- **Severity:** ${meta.severity} · **Custom policy** defined in ${where}`,
  ];
  if (spec.match)
    lines.push(
      `- **Checks:** ${spec.match.kinds.join(', ')}${spec.match.names ? ` named ${spec.match.names.join(', ')}` : ''}`,
    );
  if (meta.policy!.docs) lines.push('', '## Docs', '', meta.policy!.docs);
  if (spec.assert) lines.push('', '## Assertion (CEL)', '', '```', spec.assert, '```');
  if (spec.match?.where) lines.push('', '## Where (CEL)', '', '```', spec.match.where, '```');
  return lines.join('\n') + '\n';
}

/**
 * Markdown links read badly in a terminal: `[text](../domain.md#x)` becomes
 * `text (https://.../docs/domain.md#x)`. Relative targets are resolved from docs/rules/ to the
 * documentation's web address, since the user's repository has no docs/ of hvlint's. Code
 * blocks are left alone.
 */
export function terminalLinks(markdown: string): string {
  let inCode = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^```/.test(line)) inCode = !inCode;
      if (inCode) return line;
      return line.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, text: string, href: string) => {
        if (href.startsWith('#')) return text;
        return `${text} (${absoluteDocHref(href)})`;
      });
    })
    .join('\n');
}

/** Headings bold, code blocks dim: enough to find one's way in a page. */
function highlight(markdown: string): string {
  let inCode = false;
  const out = markdown
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => {
      if (/^```/.test(line)) {
        inCode = !inCode;
        return `${ANSI.dim}${line}${ANSI.reset}`;
      }
      if (inCode) return `${ANSI.cyan}${line}${ANSI.reset}`;
      if (/^#{1,6} /.test(line)) return `${ANSI.bold}${line}${ANSI.reset}`;
      return line;
    });
  return out.join('\n') + '\n';
}
