/**
 * Checkstyle XML (`--format checkstyle`), as Jenkins' Warnings plugin, reviewdog and most CI
 * dashboards read it: `<checkstyle version="4.3">`, one `<file name>` per file with findings,
 * one `<error line column severity message source>` per finding. Checkstyle's severities are
 * error, warning and info; a notice is info. Suppressed findings are left out.
 */
import type { Finding, Severity } from '../types.js';
import type { ReportInput } from './types.js';
import { escapeXmlAttribute } from './xml.js';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'info' };

export function formatCheckstyle(input: ReportInput): string {
  const byFile = new Map<string, Finding[]>();
  for (const f of input.findings) {
    if (f.suppressed) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<checkstyle version="4.3">'];
  for (const [file, findings] of byFile) {
    lines.push(`  <file name="${escapeXmlAttribute(file)}">`);
    for (const f of findings)
      lines.push(
        `    <error line="${f.line}" column="${f.column}" severity="${SEVERITY[f.severity]}" message="${escapeXmlAttribute(f.message)}" source="hvlint.${escapeXmlAttribute(f.ruleId)}"/>`,
      );
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}
