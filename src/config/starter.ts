/**
 * The starter `.hvlint.yml` that `hvlint init` writes: valid as it is, every section
 * explained, and every rule listed (commented out) with its default severity and options.
 */
import type { RuleMeta } from '../rules/types.js';
import { DEFAULT_LIMITS } from '../load/yaml/yaml.js';
import { docUrl } from '../report/links.js';

export function starterConfig(rules: readonly RuleMeta[]): string {
  const width = Math.max(...rules.map((r) => r.id.length));
  const ruleLines = [...rules]
    .sort((a, b) => (a.area === b.area ? (a.id < b.id ? -1 : 1) : a.area < b.area ? -1 : 1))
    .map((rule) => {
      const setting =
        rule.defaultOptions && Object.keys(rule.defaultOptions).length > 0
          ? `[${rule.severity}, ${flow(rule.defaultOptions)}]`
          : rule.severity;
      return `#   ${`${rule.id}:`.padEnd(width + 1)} ${setting}`;
    });
  return [
    `# hvlint configuration. Every key is described in ${docUrl('configuration.md')}`,
    '# Globs are minimatch patterns relative to the directory of this file.',
    '',
    '# Files to lint when hvlint is given a directory (default: every .yml and .yaml file).',
    'include:',
    '  - "**/*.{yml,yaml}"',
    '',
    '# Files and directories never linted (.git and node_modules are always skipped).',
    '# exclude:',
    '#   - "archive/**"',
    '',
    "# Each rule's severity: error, warning, notice or off; a rule with options takes",
    '# [severity, { options }]. `hvlint rules` lists the rules, `hvlint explain <rule-id>`',
    '# explains one. To change a rule, uncomment "rules:" and its line. The defaults:',
    '# rules:',
    ...ruleLines,
    '',
    '# Severities for some paths only (later overrides win). Options are set in rules only.',
    '# overrides:',
    '#   - files: ["lab/**"]',
    '#     rules:',
    '#       nlb-unicast-mode: off',
    '',
    '# Limits of the YAML loader, against hostile or runaway files (the defaults).',
    '# limits:',
    ...Object.entries(DEFAULT_LIMITS).map(([key, value]) => `#   ${key}: ${value}`),
    '',
  ].join('\n');
}

/** Options as a YAML flow mapping: `{ maxAgeDays: 30, label: backup }`. */
function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${/^[A-Za-z_][\w-]*$/.test(k) ? k : JSON.stringify(k)}: ${flow(v)}`,
    );
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string')
    return /^[A-Za-z_][\w./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n|~)$/i.test(value)
      ? value
      : JSON.stringify(value);
  return JSON.stringify(value);
}
