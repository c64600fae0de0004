/**
 * The Markdown report: the GitHub job summary and check-run summary, and `--format markdown`.
 * Totals, findings by rule (linking each rule's page), the files with most findings, what was
 * not annotated and why, a Mermaid diagram of the NLB topology, then every finding as long as
 * the size budget lasts. GitHub caps a step summary at 1 MiB and a check-run summary at
 * 65,535 characters: the report stays under `maxBytes` whatever the number of findings and
 * says when it was cut. Text from manifests (names, values in messages, file names) is
 * escaped, so a name with `|`, `<` or `*` cannot break a table or inject HTML.
 */
import type { Finding, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import type { ReportInput } from './types.js';
import { countBySeverity } from './json.js';
import type { RuleMeta } from '../rules/types.js';
import { ruleHelpUrl } from './links.js';

/** Under GitHub's 1 MiB step-summary cap, with room for anything else the step writes. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export interface MarkdownOptions {
  /** Upper bound of the report's UTF-8 size. */
  maxBytes?: number;
  /** The report's heading (level 2). */
  title?: string;
  /** Lines under the totals, already Markdown (callers escape what they put in). */
  notes?: string[];
  /** Findings counted but not annotated, and why ("outside the lines this pull request changed"). */
  notAnnotated?: { findings: readonly Finding[]; reason: string };
  /** A link for a file position (the action links the repository at the commit). */
  fileUrl?: (file: string, line: number, endLine: number) => string | undefined;
  /** Draw the NLB topology when the input has one; default true. */
  topology?: boolean;
  /** At most this many rows in the list of findings; default 5,000. */
  maxFindingRows?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '|': '&#124;', '@': '&#64;' };

/** Text from manifests made inert in Markdown and HTML (tables included), on one line. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/[&<>|@]/g, (c) => ESCAPES[c]!)
    .replace(/[\\`*_[\]~]/g, (c) => `\\${c}`);
}

/** A URL made safe inside Markdown's `(...)`. */
export function markdownUrl(url: string): string {
  return url.replace(/[()\s<>"]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const plural = (n: number, word: string): string => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
const ICON: Record<Severity, string> = { error: '🔴 error', warning: '🟡 warning', notice: '🔵 notice' };

/** Appends sections while they fit, keeping room for the note that says the rest was cut. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  truncated = false;
  constructor(private readonly max: number) {}

  /** Add `text` if it fits (leaving `reserve` bytes); false, and nothing added, if not. */
  add(text: string, reserve = 400): boolean {
    if (this.truncated) return false;
    const size = Buffer.byteLength(text, 'utf8');
    if (this.used + size + reserve > this.max) {
      this.truncated = true;
      return false;
    }
    this.parts.push(text);
    this.used += size;
    return true;
  }

  /** Add unconditionally (the closing note; callers keep it within the reserve). */
  force(text: string): void {
    this.parts.push(text);
    this.used += Buffer.byteLength(text, 'utf8');
  }

  get text(): string {
    return this.parts.join('');
  }
}

export function formatMarkdown(input: ReportInput, options: MarkdownOptions = {}): string {
  const budget = new Budget(options.maxBytes ?? SUMMARY_MAX_BYTES);
  const visible = input.findings.filter((f) => !f.suppressed);
  const suppressed = input.findings.filter((f) => f.suppressed);
  const counts = countBySeverity(input.findings);
  const total = counts.error + counts.warning + counts.notice;
  const changed = input.changed;
  const scope =
    (changed ? `on lines changed since \`${changed.since.replace(/`/g, "'")}\` in ` : 'in ') +
    `${plural(input.documents, 'document')} (${plural(input.files, 'file')})` +
    (changed && changed.outside > 0 ? ` (${plural(changed.outside, 'finding')} elsewhere not shown)` : '');

  const head: string[] = [`## ${escapeMarkdown(options.title ?? 'hvlint')}\n\n`];
  head.push(
    total === 0
      ? `✅ No problems ${scope}.\n\n`
      : `❌ **${plural(total, 'problem')}**: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')} ${scope}.\n\n`,
  );
  for (const note of options.notes ?? []) head.push(`- ${note}\n`);
  if ((options.notes ?? []).length > 0) head.push('\n');
  budget.add(head.join(''));

  if (visible.length > 0) {
    budget.add(rulesTable(visible, input.rules));
    budget.add(filesTable(visible));
  }

  const notAnnotated = options.notAnnotated;
  if ((notAnnotated && notAnnotated.findings.length > 0) || suppressed.length > 0) {
    const lines = ['### Not annotated\n\n'];
    if (notAnnotated && notAnnotated.findings.length > 0) {
      lines.push(
        `- ${plural(notAnnotated.findings.length, 'finding')} (${breakdown(notAnnotated.findings)}) ${notAnnotated.reason}: counted above, listed below, not annotated.\n`,
      );
    }
    if (suppressed.length > 0) {
      const byKind = new Map<string, number>();
      for (const f of suppressed) byKind.set(f.suppressed!.kind, (byKind.get(f.suppressed!.kind) ?? 0) + 1);
      const kinds = [...byKind.entries()]
        .sort()
        .map(([kind, n]) => `${n} ${kind}`)
        .join(', ');
      lines.push(`- ${plural(suppressed.length, 'suppressed finding')} (${kinds}): not counted and not annotated.\n`);
    }
    budget.add(lines.join('') + '\n');
  }

  const diagram = input.topology;
  if (options.topology !== false && diagram) {
    if (diagram.mermaid) {
      const notes: string[] = [];
      if (diagram.failingLinks > 0)
        notes.push(
          `Dashed red links are missing: ${plural(diagram.failingLinks, 'link')} that hosts able to run a node need.`,
        );
      if (diagram.omittedClusters > 0) notes.push(`${plural(diagram.omittedClusters, 'more NLB cluster')} not drawn.`);
      budget.add(
        `### NLB topology\n\n\`\`\`mermaid\n${diagram.mermaid}\n\`\`\`\n\n${notes.length ? notes.join(' ') + '\n\n' : ''}`,
      );
    }
  }

  if (visible.length > 0) addFindingList(budget, visible, options);

  if (budget.truncated) {
    budget.force(
      `\n> [!NOTE]\n> This summary was cut to stay under ${Math.floor((options.maxBytes ?? SUMMARY_MAX_BYTES) / 1000).toLocaleString('en-US')} kB. Every finding is in the JSON report and the SARIF file.\n`,
    );
  }
  return budget.text;
}

function breakdown(findings: readonly Finding[]): string {
  const counts = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  return (['error', 'warning', 'notice'] as const).map((s) => plural(counts[s], s)).join(', ');
}

function rulesTable(findings: readonly Finding[], metas: readonly RuleMeta[] = []): string {
  const policies = new Map(metas.map((m) => [m.id, m]));
  const byRule = new Map<string, { count: number; severity: Severity; files: Set<string> }>();
  for (const f of findings) {
    const entry = byRule.get(f.ruleId);
    if (!entry) byRule.set(f.ruleId, { count: 1, severity: f.severity, files: new Set([f.file]) });
    else {
      entry.count++;
      entry.files.add(f.file);
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[entry.severity]) entry.severity = f.severity;
    }
  }
  const rows = [...byRule.entries()].sort(
    (a, b) =>
      SEVERITY_RANK[b[1].severity] - SEVERITY_RANK[a[1].severity] || b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1),
  );
  const lines = [
    '### Findings by rule\n\n',
    '| Rule | Severity | Findings | Files |\n',
    '| --- | --- | ---: | ---: |\n',
  ];
  for (const [ruleId, entry] of rows) {
    lines.push(
      `| ${ruleLink(ruleId, policies.get(ruleId))} | ${ICON[entry.severity]} | ${entry.count.toLocaleString('en-US')} | ${entry.files.size.toLocaleString('en-US')} |\n`,
    );
  }
  return lines.join('') + '\n';
}

/** A rule's id linked to its documentation; a policy without a docs address is plain text. */
function ruleLink(ruleId: string, meta: RuleMeta | undefined): string {
  const url = ruleHelpUrl(ruleId, meta);
  return url ? `[${escapeMarkdown(ruleId)}](${markdownUrl(url)})` : escapeMarkdown(ruleId);
}

const TOP_FILES = 10;

function filesTable(findings: readonly Finding[]): string {
  const byFile = new Map<string, { error: number; warning: number; notice: number; total: number }>();
  for (const f of findings) {
    let entry = byFile.get(f.file);
    if (!entry) byFile.set(f.file, (entry = { error: 0, warning: 0, notice: 0, total: 0 }));
    entry[f.severity]++;
    entry.total++;
  }
  const rows = [...byFile.entries()].sort(
    (a, b) => b[1].error - a[1].error || b[1].total - a[1].total || (a[0] < b[0] ? -1 : 1),
  );
  const lines = [
    `### Files with the most findings\n\n`,
    '| File | Errors | Warnings | Notices |\n',
    '| --- | ---: | ---: | ---: |\n',
  ];
  for (const [file, c] of rows.slice(0, TOP_FILES))
    lines.push(`| ${escapeMarkdown(file)} | ${c.error} | ${c.warning} | ${c.notice} |\n`);
  if (rows.length > TOP_FILES) lines.push(`\n…and ${plural(rows.length - TOP_FILES, 'more file')} with findings.\n`);
  return lines.join('') + '\n';
}

const MAX_MESSAGE = 300;

function addFindingList(budget: Budget, findings: readonly Finding[], options: MarkdownOptions): void {
  const maxRows = options.maxFindingRows ?? 5000;
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  if (
    !budget.add(
      `<details><summary>All findings (${ordered.length.toLocaleString('en-US')})</summary>\n\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n`,
      600,
    )
  )
    return;
  let shown = 0;
  for (const f of ordered) {
    if (shown >= maxRows) break;
    const where = `${f.file}:${f.line}:${f.column}`;
    const url = options.fileUrl?.(f.file, f.line, f.endLine);
    const location = url ? `[${escapeMarkdown(where)}](${markdownUrl(url)})` : escapeMarkdown(where);
    const message = f.message.length > MAX_MESSAGE ? `${f.message.slice(0, MAX_MESSAGE - 1)}…` : f.message;
    const related =
      f.related.length > 0
        ? ` (also ${f.related
            .slice(0, 3)
            .map((r) => escapeMarkdown(`${r.file}:${r.line}`))
            .join(', ')}${f.related.length > 3 ? ', …' : ''})`
        : '';
    if (
      !budget.add(
        `| ${ICON[f.severity]} | ${location} | ${escapeMarkdown(f.ruleId)} | ${escapeMarkdown(message)}${related} |\n`,
        600,
      )
    )
      break;
    shown++;
  }
  const rest = ordered.length - shown;
  budget.force(`${rest > 0 ? `\n…and ${plural(rest, 'more finding')} not listed here.\n` : ''}\n</details>\n`);
}
