/**
 * The drift report in Markdown: what was audited, then the findings by category (drift, live
 * estate, inventory problems, manifest problems), each a table. The action puts it in the
 * tracking issue's body (GitHub caps a body at 65,536 characters) and in the job summary; the
 * CLI prints it with `--format markdown`. Text from manifests and inventories is escaped.
 */
import type { Finding } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { escapeMarkdown, markdownUrl } from '../report/markdown.js';
import { ruleDocUrl } from '../report/links.js';
import { categoryOf, LIVE_PREFIX, type DriftResult, type FindingCategory } from './audit.js';

export interface DriftMarkdownOptions {
  /** Upper bound of the report's UTF-8 size; default 60,000 (fits an issue body). */
  maxBytes?: number;
  /** Heading level of the report's title; sections are one level below. Default 2. */
  level?: number;
  /** A link for a file position (the action links the repository at the commit). */
  fileUrl?: (file: string, line: number, endLine: number) => string | undefined;
  /** hvlint's version, named in the footer. */
  version?: string;
  /** Lines under the summary, already Markdown. */
  notes?: string[];
}

export const ISSUE_BODY_MAX_BYTES = 60_000;

const SECTIONS: Array<{ category: FindingCategory; title: string; intro: string }> = [
  {
    category: 'drift',
    title: 'Drift',
    intro:
      'Reality differs from the manifests. Each finding points at the manifest; the inventory record is linked after it.',
  },
  {
    category: 'live',
    title: 'Live estate breaks policies',
    intro: 'Policies the manifests keep but the live estate breaks.',
  },
  {
    category: 'inventory',
    title: 'Inventory problems',
    intro: 'Parts of the inventory that could not be read: what depends on them was not audited.',
  },
  {
    category: 'manifests',
    title: 'Manifest problems',
    intro: 'Manifests that could not be loaded or do not fit their schema: the audit of them is incomplete.',
  },
];

const ICON = { error: '🔴 error', warning: '🟡 warning', notice: '🔵 notice' } as const;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatDriftMarkdown(result: DriftResult, options: DriftMarkdownOptions = {}): string {
  const level = options.level ?? 2;
  const h = (n: number): string => '#'.repeat(level + n);
  const max = options.maxBytes ?? ISSUE_BODY_MAX_BYTES;
  const visible = result.findings.filter((f) => !f.suppressed);
  const { summary } = result;

  const head: string[] = [`${h(0)} hvlint drift report\n\n`];
  const drifted = summary.counts.drift + summary.counts.live;
  head.push(
    drifted === 0
      ? '✅ **No drift**: the live estate matches the manifests.\n\n'
      : `❌ **${plural(summary.counts.drift, 'drift finding')}** and **${plural(summary.counts.live, 'policy finding')}** on the live estate.\n\n`,
  );
  const hosts = summary.hosts.map(
    (host) => `${escapeMarkdown(host.name)}${host.collectedAt ? ` (collected ${host.collectedAt})` : ''}`,
  );
  head.push(
    `- Inventory \`${summary.inventory.replace(/`/g, "'")}\`: ${hosts.length > 0 ? `${hosts.length} host ${hosts.length === 1 ? 'directory' : 'directories'} (${hosts.join(', ')})` : 'no host directories'}, ${summary.switches.length > 0 ? `${plural(summary.switches.length, 'switch configuration')} (${summary.switches.map(escapeMarkdown).join(', ')})` : 'no switch configurations'}.\n`,
  );
  head.push(
    `- Compared ${plural(summary.compared.vms, 'VM')}, ${plural(summary.compared.nlbClusters, 'NLB cluster')}, ${plural(summary.compared.switches, 'switch')} (${plural(result.documents, 'manifest')} declared).\n`,
  );
  for (const note of options.notes ?? []) head.push(`- ${note}\n`);
  head.push('\n| Category | Findings |\n| --- | ---: |\n');
  for (const section of SECTIONS) head.push(`| ${section.title} | ${summary.counts[section.category]} |\n`);
  head.push('\n');

  const footer = `<sub>hvlint${options.version ? ` ${escapeMarkdown(options.version)}` : ''} · [rules](${markdownUrl(ruleDocUrl('README'))})</sub>\n`;
  const cutNote =
    '\n> [!NOTE]\n> This report was cut to fit. Every finding is in the JSON, SARIF and stylish reports (`hvlint drift --format json`).\n\n';
  const parts: string[] = [...head];
  let used = Buffer.byteLength(parts.join(''), 'utf8');
  const reserve = Buffer.byteLength(footer + cutNote, 'utf8') + 200;
  let truncated = false;
  const add = (text: string): boolean => {
    const size = Buffer.byteLength(text, 'utf8');
    if (used + size + reserve > max) {
      truncated = true;
      return false;
    }
    parts.push(text);
    used += size;
    return true;
  };

  for (const section of SECTIONS) {
    if (truncated) break;
    const findings = visible.filter((f) => categoryOf(f) === section.category).sort(bySeverity);
    if (findings.length === 0) continue;
    if (
      !add(
        `${h(1)} ${section.title}\n\n${section.intro}\n\n| Severity | Where | Finding | Rule |\n| --- | --- | --- | --- |\n`,
      )
    )
      break;
    let shown = 0;
    for (const finding of findings) {
      if (!add(row(finding, options))) break;
      shown++;
    }
    const rest = findings.length - shown;
    parts.push(rest > 0 ? `\n…and ${plural(rest, 'more finding')} in this section.\n\n` : '\n');
  }
  if (truncated) parts.push(cutNote);
  parts.push(footer);
  return parts.join('');
}

function bySeverity(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line)
  );
}

const MAX_MESSAGE = 400;

function row(finding: Finding, options: DriftMarkdownOptions): string {
  const location = (file: string, line: number, endLine: number): string => {
    const text = escapeMarkdown(`${file}:${line}`);
    const url = options.fileUrl?.(file, line, endLine);
    return url ? `[${text}](${markdownUrl(url)})` : text;
  };
  let message = finding.message.startsWith(LIVE_PREFIX) ? finding.message.slice(LIVE_PREFIX.length) : finding.message;
  if (message.length > MAX_MESSAGE) message = `${message.slice(0, MAX_MESSAGE - 1)}…`;
  const seen = finding.related.slice(0, 2).map((r) => `${location(r.file, r.line, r.endLine)}`);
  const where =
    location(finding.file, finding.line, finding.endLine) +
    (seen.length > 0 ? `<br>${categoryOf(finding) === 'drift' ? 'observed' : 'see'}: ${seen.join(', ')}` : '');
  return `| ${ICON[finding.severity]} | ${where} | ${escapeMarkdown(message)} | [${escapeMarkdown(finding.ruleId)}](${markdownUrl(ruleDocUrl(finding.ruleId))}) |\n`;
}
