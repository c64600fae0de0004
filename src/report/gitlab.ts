/**
 * GitLab Code Quality (`--format gitlab`), for `artifacts: reports: codequality:`: a JSON array
 * of issues with `description`, `check_name`, `fingerprint` (unique per issue: the SARIF
 * fingerprint, which ignores line numbers and message wording, so an issue keeps its identity
 * across commits), `severity` (`info`, `minor`, `major`, `critical`, `blocker`) and
 * `location.path` with `location.lines.begin`. Suppressed findings are left out.
 */
import type { Severity } from '../types.js';
import type { ReportInput } from './types.js';
import { withFingerprints } from './sarif.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', notice: 'info' };

export function formatGitlab(input: ReportInput): string {
  const visible = input.findings.filter((f) => !f.suppressed);
  const issues = withFingerprints(visible).map(([f, fingerprint]) => ({
    description: `${f.message} [${f.ruleId}]`,
    check_name: f.ruleId,
    fingerprint,
    severity: SEVERITY[f.severity],
    location: { path: f.file, lines: { begin: f.line, end: Math.max(f.line, f.endLine) } },
  }));
  return JSON.stringify(issues, null, 2) + '\n';
}
