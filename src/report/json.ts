import type { Finding } from '../types.js';
import type { ReportInput } from './types.js';

/** The JSON report: a stable, documented shape (version 1). */
export function formatJson(input: ReportInput): string {
  const counts = countBySeverity(input.findings);
  const report = {
    version: 1,
    findings: input.findings.map(jsonFinding),
    summary: {
      files: input.files,
      documents: input.documents,
      errors: counts.error,
      warnings: counts.warning,
      notices: counts.notice,
    },
  };
  return JSON.stringify(report, null, 2) + '\n';
}

export function jsonFinding(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
  };
  if (f.suppressed) out['suppressed'] = f.suppressed;
  return out;
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number; notice: number } {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) if (!f.suppressed) counts[f.severity]++;
  return counts;
}
