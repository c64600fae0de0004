/**
 * filter: configured severities (per rule, and per path through overrides), suppression
 * comments, baselines. Changed-line scoping for pull requests is in scope.ts.
 * Pure: the clock, the sources and the baseline come in; nothing is read here.
 */
import type { Finding, Severity } from '../types.js';
import type { SourceFile } from '../load/source.js';
import { entrySeverity, type Config } from '../config/types.js';
import { matchesAny } from '../config/globs.js';
import { applySuppressions, SUPPRESSION_RULES } from './suppressions.js';
import { applyBaseline, type Baseline, type BaselineOutcome } from './baseline.js';

/**
 * Apply per-rule and per-path severities; drop findings whose rule is off for that file.
 * Override globs are relative to the config's directory (`config.root`), file names to `cwd`.
 */
export function applySeverities(findings: Finding[], config: Config, cwd?: string): Finding[] {
  const overrides = config.overrides ?? [];
  if (!config.rules && overrides.length === 0) return findings;
  const matchCache = new Map<string, boolean>();
  const overrideMatches = (index: number, file: string): boolean => {
    const key = `${index}\u0000${file}`;
    let hit = matchCache.get(key);
    if (hit === undefined) {
      hit = matchesAny(file, overrides[index]!.files, config.root, cwd);
      matchCache.set(key, hit);
    }
    return hit;
  };
  const out: Finding[] = [];
  for (const finding of findings) {
    let severity: Severity | 'off' = finding.severity;
    const global = config.rules?.[finding.ruleId];
    if (global !== undefined) severity = entrySeverity(global);
    overrides.forEach((override, index) => {
      const entry = override.rules[finding.ruleId];
      if (entry !== undefined && overrideMatches(index, finding.file)) severity = entrySeverity(entry);
    });
    if (severity === 'off') continue;
    out.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return out;
}

export interface FilterOptions {
  config: Config;
  /** Working directory the findings' file names are relative to (for override globs). */
  cwd?: string;
  /** Decoded sources by file name: suppression comments are read from them. */
  sources: ReadonlyMap<string, SourceFile>;
  /** The clock for expiring suppressions. */
  now: Date;
  /** Rule ids a suppression comment may name. */
  knownRuleIds: ReadonlySet<string>;
  baseline?: Baseline;
}

/**
 * The filter stage: severities, then suppressions (a suppression of a rule that is off for
 * the file suppresses nothing), then severities for the suppression findings themselves,
 * then the baseline. Sorted for deterministic output.
 */
export function applyFilters(
  findings: Finding[],
  options: FilterOptions,
): { findings: Finding[]; baseline?: BaselineOutcome } {
  const configured = applySeverities(findings, options.config, options.cwd);
  const withSuppressions = applySuppressions(configured, options.sources, {
    now: options.now,
    knownRuleIds: options.knownRuleIds,
  });
  const aboutComments = withSuppressions.filter((f) => SUPPRESSION_RULES.has(f.ruleId));
  let out =
    aboutComments.length > 0
      ? [
          ...withSuppressions.filter((f) => !SUPPRESSION_RULES.has(f.ruleId)),
          ...applySeverities(aboutComments, options.config, options.cwd),
        ]
      : withSuppressions;
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
