/**
 * Findings raised by the pipeline itself (loading, schema, the model) rather than by a policy
 * rule. They are rules all the same: an id, a severity, a doc page, and configurable severity.
 * The stages that raise them name them by `CoreRuleId` and leave the severity to the catalogue.
 * (`duplicate-name` and `unresolved-reference` are core too, but model rules: rules/core/.)
 */
import type { Severity } from '../types.js';
import type { RuleMeta } from './types.js';

/** The ids of the pipeline's own findings: a stage that names another id does not compile. */
export const CORE_RULE_IDS = [
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-unsupported-tag',
  'yaml-limits',
  'file-unreadable',
  'file-encoding',
  'manifest-api-version',
  'config',
  'policy',
  'internal-error',
  'schema',
  'suppression-reason',
  'invalid-suppression',
  'unused-suppression',
] as const;

/** The ids of the pipeline's own findings: a stage that names another id does not compile. */
export type CoreRuleId = (typeof CORE_RULE_IDS)[number];

const core = (id: CoreRuleId, description: string, sources: string[], severity: Severity = 'error'): RuleMeta => ({
  id,
  severity,
  area: 'core',
  description,
  fixable: false,
  messages: {},
  sources,
});

export const CORE_RULES: RuleMeta[] = [
  core('yaml-syntax', 'Report YAML that cannot be parsed, with the position of the first error in each document.', [
    'YAML 1.2.2 specification',
  ]),
  core('yaml-duplicate-key', 'Report a key that appears twice in one mapping.', [
    'YAML 1.2.2 specification §3.2.1.1 (keys are unique)',
  ]),
  core('yaml-unsupported-tag', 'Report YAML tags (such as !!binary or custom tags) that manifests do not use.', [
    'YAML 1.2.2 core schema',
  ]),
  core('yaml-limits', 'Report files and documents over the size, nesting depth or alias limits.', [
    'js-yaml safety notes',
    'billion laughs attack',
  ]),
  core(
    'file-unreadable',
    'Report files that cannot be read, including symbolic links that lead out of the workspace.',
    ['hvlint design'],
  ),
  core('file-encoding', 'Report files that are binary or not valid UTF-8 / UTF-16 text.', ['hvlint design']),
  core('config', 'Report problems in the .hvlint.yml configuration file.', ['docs/configuration.md']),
  core(
    'policy',
    'Report mistakes in custom policies: CEL syntax and type errors, fields no schema has, errors at run time and policies over the cost limit.',
    ['docs/policies.md'],
  ),
  core('internal-error', 'Report a rule that failed while checking the estate (a bug in hvlint).', ['hvlint design']),
  core(
    'manifest-api-version',
    'Report a YAML document that looks like a manifest but is skipped: a misspelt apiVersion, or a known kind under another apiVersion.',
    ['docs/manifests.md'],
  ),
  core('schema', 'Validate every manifest against the JSON Schema of its kind.', ['schemas/ in this repository']),
  core(
    'suppression-reason',
    'Report a suppression comment that gives no reason; it does not suppress anything until it has one.',
    ['docs/configuration.md#suppressions'],
  ),
  core(
    'invalid-suppression',
    'Report a malformed suppression comment: an unknown rule id, a bad until= date, or hvlint-disable below the top of a document.',
    ['docs/configuration.md#suppressions'],
  ),
  core(
    'unused-suppression',
    'Report a suppression comment that suppresses no finding.',
    ['docs/configuration.md#suppressions'],
    'warning',
  ),
];

/** The metadata of one core entry (model rules that are core findings take their record from here). */
export function coreRule(id: CoreRuleId): RuleMeta {
  const meta = CORE_RULES.find((r) => r.id === id);
  if (!meta) throw new Error(`no core rule ${id}`);
  return meta;
}
