/**
 * filter: configured severities (per rule, and per path through overrides). Suppressions,
 * baselines and changed-line scoping join here too.
 */
import { minimatch } from 'minimatch';
import type { Finding, Severity } from '../types.js';
import { entrySeverity, type Config } from '../config/types.js';

/** Apply per-rule and per-path severities; drop findings whose rule is off for that file. */
export function applySeverities(findings: Finding[], config: Config): Finding[] {
  const overrides = config.overrides ?? [];
  if (!config.rules && overrides.length === 0) return findings;
  const out: Finding[] = [];
  for (const finding of findings) {
    let severity: Severity | 'off' = finding.severity;
    const global = config.rules?.[finding.ruleId];
    if (global !== undefined) severity = entrySeverity(global);
    for (const override of overrides) {
      const entry = override.rules[finding.ruleId];
      if (entry === undefined) continue;
      if (override.files.some((glob) => minimatch(finding.file, glob, { dot: true }))) severity = entrySeverity(entry);
    }
    if (severity === 'off') continue;
    out.push(severity === finding.severity ? finding : { ...finding, severity });
  }
  return out;
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return 0;
}
