/**
 * The what-if stage after a lint: the single-failure sweep (or the failures given) over the
 * linted estate, as a WhatIfResult whose findings went through the filter stage like the lint's
 * (configured severities, suppression comments). The CLI's `hvlint whatif` and the action's job
 * summary both take it from here; reporters (src/report/whatif.ts) only format it.
 */
import type { Config } from '../config/types.js';
import type { SourceFile } from '../load/source.js';
import type { Estate } from '../model/estate.js';
import type { Catalogue } from '../rules/catalogue.js';
import { CATALOGUE } from '../rules/index.js';
import { applyFilters } from '../filter/index.js';
import { ruleSetting } from '../lint.js';
import type { Failure } from './failures.js';
import { whatIfResult, type WhatIfResult } from './result.js';
import { WHATIF_RULE_IDS } from './simulate.js';

export interface WhatIfOptions {
  config: Config;
  /** Directory the findings' paths are relative to (for override globs). */
  cwd?: string;
  /** The clock for expiring suppressions. */
  now: Date;
  /** The failures to simulate; default: every host, switch and LAG (the sweep the lint's N-1 rules ran). */
  failures?: Failure[];
  catalogue?: Catalogue;
}

/** Whether the estate has anything to fail: a host or a switch. */
export function canSimulate(estate: Estate): boolean {
  return estate.of('HyperVHost').length > 0 || estate.of('Switch').length > 0;
}

export function runWhatIf(
  linted: { estate: Estate; sources: ReadonlyMap<string, SourceFile> },
  options: WhatIfOptions,
): WhatIfResult {
  const { config } = options;
  const result = whatIfResult(linted.estate, options.failures, (rule) =>
    ruleSetting(rule, config) ? rule.meta.severity : undefined,
  );
  result.findings = applyFilters(result.findings, {
    config,
    ...(options.cwd !== undefined ? { cwd: options.cwd } : {}),
    sources: linted.sources,
    now: options.now,
    catalogue: options.catalogue ?? CATALOGUE,
    // Suppression comments of other rules are the lint's business: only the simulation's findings stay.
  }).findings.filter((f) => (WHATIF_RULE_IDS as readonly string[]).includes(f.ruleId));
  return result;
}
