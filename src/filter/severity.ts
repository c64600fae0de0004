/**
 * The one place severities are decided: a finding's default comes from its catalogue entry
 * (or, for a rule that reports some cases at another severity, from the report),
 * then the configuration's `rules` and the `overrides` whose globs match the finding's file
 * apply in order; a finding whose rule is off for its file is dropped.
 */
import type { EmittedFinding, Finding, Severity } from '../types.js';
import type { Catalogue } from '../rules/catalogue.js';
import { entrySeverity, type Config } from '../config/types.js';
import { matchesAny } from '../config/globs.js';

/**
 * Give each emitted finding its severity: catalogue default, then configuration. Override globs
 * are relative to the config's directory (`config.root`), file names to `cwd`.
 */
export function assignSeverities(
  findings: readonly EmittedFinding[],
  catalogue: Catalogue,
  config: Config,
  cwd?: string,
): Finding[] {
  const overrides = config.overrides ?? [];
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
    let severity: Severity | 'off' = finding.defaultSeverity ?? catalogue.severity(finding.ruleId);
    const global = config.rules?.[finding.ruleId];
    if (global !== undefined) severity = entrySeverity(global);
    overrides.forEach((override, index) => {
      const entry = override.rules[finding.ruleId];
      if (entry !== undefined && overrideMatches(index, finding.file)) severity = entrySeverity(entry);
    });
    if (severity === 'off') continue;
    const { defaultSeverity: _default, ...rest } = finding;
    out.push({ ...rest, severity });
  }
  return out;
}
