/** The rule registry: every rule hvlint knows, core first, then each area's pack. */
import type { Rule, RuleMeta } from './types.js';
import { CORE_RULES } from './core.js';
import { duplicateName } from './core/duplicate-name.js';
import { unresolvedReference } from './core/unresolved-reference.js';
import { nlbRules } from './nlb/index.js';
import { switchRules } from './switch/index.js';
import { vmRules } from './vm/index.js';
import { backupRules } from './backup/index.js';
import { clusterRules } from './cluster/index.js';
import { failureRules } from './failure/index.js';
import { DRIFT_RULES } from '../drift/rules.js';

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

/** Every rule's meta, including the pipeline's own (yaml-*, file-*, schema), sorted by id. */
export function allRuleMeta(): RuleMeta[] {
  const metas = new Map<string, RuleMeta>();
  for (const meta of CORE_RULES) metas.set(meta.id, meta);
  for (const rule of MODEL_RULES) metas.set(rule.meta.id, rule.meta);
  for (const meta of DRIFT_RULES) metas.set(meta.id, meta);
  return [...metas.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function ruleMeta(id: string): RuleMeta | undefined {
  return allRuleMeta().find((m) => m.id === id);
}
