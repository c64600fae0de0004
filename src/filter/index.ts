/**
 * filter: configured severities (per rule, and per path through overrides), suppression
 * comments, baselines. Changed-line scoping for pull requests is in scope.ts.
 * Pure: the clock, the sources and the baseline come in; nothing is read here.
 */
import type { EmittedFinding, Finding } from '../types.js';
import type { SourceFile } from '../load/source.js';
import type { Config } from '../config/types.js';
import type { Catalogue } from '../rules/catalogue.js';
import { applySuppressions } from './suppressions.js';
import { assignSeverities } from './severity.js';
import { applyBaseline, type Baseline, type BaselineOutcome } from './baseline.js';

export interface FilterOptions {
  config: Config;
  /** Working directory the findings' file names are relative to (for override globs). */
  cwd?: string;
  /** Decoded sources by file name: suppression comments are read from them. */
  sources: ReadonlyMap<string, SourceFile>;
  /** The clock for expiring suppressions. */
  now: Date;
  /** Default severities, and the rule ids a suppression comment may name. */
  catalogue: Catalogue;
  baseline?: Baseline;
}

/**
 * The filter stage: severities (catalogue, then configuration), then suppressions (a
 * suppression of a rule that is off for the file suppresses nothing), then severities for the
 * findings about suppression comments, then the baseline. Sorted for deterministic output.
 */
export function applyFilters(
  emitted: readonly EmittedFinding[],
  options: FilterOptions,
): { findings: Finding[]; baseline?: BaselineOutcome } {
  const configured = assignSeverities(emitted, options.catalogue, options.config, options.cwd);
  const suppressed = applySuppressions(configured, options.sources, {
    now: options.now,
    knownRuleIds: options.catalogue.ids(),
  });
  let out =
    suppressed.problems.length > 0
      ? [
          ...suppressed.findings,
          ...assignSeverities(suppressed.problems, options.catalogue, options.config, options.cwd),
        ]
      : suppressed.findings;
  let outcome: BaselineOutcome | undefined;
  if (options.baseline) {
    const applied = applyBaseline(out, options.baseline);
    out = applied.findings;
    outcome = applied.outcome;
  }
  out.sort(compareFindings);
  return outcome ? { findings: out, baseline: outcome } : { findings: out };
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}
