/**
 * Azure Pipelines logging commands (`--format azure`): one `##vso[task.logissue …]` per finding,
 * which the agent shows as an error or warning on the run page with its file and line, and
 * `##vso[task.uploadsummary]` for a Markdown report on the run's summary page (the file is
 * written by the caller; its path is passed in). Escaping as the agent's task library does:
 * `%` `\r` `\n` in messages and properties, and `;` `]` in properties.
 * Azure has no notice level: notices are logged as warnings, with "notice:" in front.
 */
import type { Finding } from '../types.js';
import type { ReportInput } from './types.js';
import { prioritize } from './github.js';

export function escapeAzureData(text: string): string {
  return text.replace(/%/g, '%AZP25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeAzureProperty(text: string): string {
  return escapeAzureData(text).replace(/]/g, '%5D').replace(/;/g, '%3B');
}

function logIssue(finding: Finding): string {
  const type = finding.severity === 'error' ? 'error' : 'warning';
  const props = [
    `type=${type}`,
    `sourcepath=${escapeAzureProperty(finding.file)}`,
    `linenumber=${finding.line}`,
    `columnnumber=${finding.column}`,
    `code=${escapeAzureProperty(finding.ruleId)}`,
  ];
  const related = finding.related.map((r) => `\n→ ${r.file}:${r.line}:${r.column}: ${r.message}`).join('');
  const prefix = finding.severity === 'notice' ? 'notice: ' : '';
  return `##vso[task.logissue ${props.join(';')};]${escapeAzureData(`${prefix}${finding.message} [${finding.ruleId}]${related}`)}`;
}

export function formatAzure(input: ReportInput, options: { summaryFile?: string } = {}): string {
  const visible = input.findings.filter((f) => !f.suppressed);
  const lines = prioritize(visible, (f) => f.severity).map(logIssue);
  if (options.summaryFile) lines.push(`##vso[task.uploadsummary]${escapeAzureData(options.summaryFile)}`);
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
