/**
 * The rule registry: every model rule, and the catalogue of everything hvlint can report
 * (core findings first, then each area's pack, then the drift findings).
 */
import type { Rule, RuleMeta } from './types.js';
import { CORE_RULES } from './core.js';
import { DRIFT_RULES } from './drift.js';
import { Catalogue } from './catalogue.js';
import { duplicateName } from './core/duplicate-name.js';
import { unresolvedReference } from './core/unresolved-reference.js';
import { nlbRules } from './nlb/index.js';
import { switchRules } from './switch/index.js';
import { vmRules } from './vm/index.js';
import { backupRules } from './backup/index.js';
import { clusterRules } from './cluster/index.js';
import { failureRules } from './failure/index.js';

/** Rules with a `check` over the estate model. */
export const MODEL_RULES: Rule[] = [
  duplicateName,
  unresolvedReference,
  ...nlbRules,
  ...switchRules,
  ...vmRules,
  ...backupRules,
  ...clusterRules,
  ...failureRules,
];

const modelRuleIds = new Set(MODEL_RULES.map((rule) => rule.meta.id));

/**
 * The built-in catalogue. `duplicate-name` and `unresolved-reference` are core findings that a
 * model rule raises: their record is the rule's (the core record plus its messages).
 */
export const CATALOGUE = new Catalogue([
  ...CORE_RULES.filter((meta) => !modelRuleIds.has(meta.id)).map((meta) => ({ kind: 'core' as const, meta })),
  ...MODEL_RULES.map((rule) => ({ kind: 'rule' as const, meta: rule.meta })),
  ...DRIFT_RULES.map((meta) => ({ kind: 'drift' as const, meta })),
]);

/** Every entry's metadata in the built-in catalogue, sorted by id. */
export function allRuleMeta(): RuleMeta[] {
  return CATALOGUE.metas();
}
