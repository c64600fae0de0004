/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`): the `--format github`
 * report, and the escaping and ordering the action's annotations share.
 *
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step and drops the
 * rest silently, so annotations go most important first (severity, then findings on lines
 * the change added), and a notice says how many did not make it and where to find them.
 */
import type { Finding, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import type { ReportInput } from './types.js';

export type AnnotationKind = Severity;

/** Annotations of one kind GitHub shows per step. */
export const ANNOTATIONS_PER_KIND = 10;

/** Escape a command's message, as @actions/core does. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a command property's value: the message's escapes, and `:` and `,` that delimit properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

/** One workflow-command line: `::error file=f,line=1,col=2,endLine=1,endColumn=5,title=rule::message`. */
export function workflowCommand(kind: AnnotationKind, properties: AnnotationProperties, message: string): string {
  const pairs: Array<[string, string | number | undefined]> = [
    ['file', properties.file],
    ['line', properties.startLine],
    ['col', properties.startColumn],
    ['endLine', properties.endLine],
    ['endColumn', properties.endColumn],
    ['title', properties.title],
  ];
  const props = pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${kind}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/** Annotation properties of a finding's range (GitHub's columns are 1-based, like ours). */
export function findingProperties(
  location: { file: string; line: number; column: number; endLine: number; endColumn: number },
  title: string,
): AnnotationProperties {
  return {
    title,
    file: location.file,
    startLine: location.line,
    endLine: location.endLine,
    startColumn: location.column,
    endColumn: location.endColumn,
  };
}

/** A finding's message with its related locations, one per line. */
export function messageWithRelated(finding: Finding): string {
  if (finding.related.length === 0) return finding.message;
  return [finding.message, ...finding.related.map((r) => `→ ${r.file}:${r.line}:${r.column}: ${r.message}`)].join('\n');
}

/**
 * Order annotation candidates most important first: severity, then those on changed lines,
 * then as given. Stable.
 */
export function prioritize<T>(
  items: readonly T[],
  severityOf: (item: T) => Severity,
  onChangedLine: (item: T) => boolean = () => false,
): T[] {
  return items
    .map((item, index) => ({
      item,
      index,
      rank: SEVERITY_RANK[severityOf(item)],
      changed: onChangedLine(item) ? 1 : 0,
    }))
    .sort((a, b) => b.rank - a.rank || b.changed - a.changed || a.index - b.index)
    .map((entry) => entry.item);
}

export interface AnnotationSelection<T> {
  /** What GitHub will show, most important first. */
  shown: T[];
  /** What it would drop. */
  omitted: T[];
}

/**
 * The candidates GitHub will show, per kind up to its limit; notices leave one place for the
 * notice that counts the omitted ones.
 */
export function selectAnnotations<T>(
  items: readonly T[],
  severityOf: (item: T) => Severity,
  onChangedLine?: (item: T) => boolean,
  limits: Record<Severity, number> = {
    error: ANNOTATIONS_PER_KIND,
    warning: ANNOTATIONS_PER_KIND,
    notice: ANNOTATIONS_PER_KIND - 1,
  },
): AnnotationSelection<T> {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const selection: AnnotationSelection<T> = { shown: [], omitted: [] };
  for (const item of prioritize(items, severityOf, onChangedLine)) {
    const kind = severityOf(item);
    if (used[kind] < limits[kind]) {
      used[kind]++;
      selection.shown.push(item);
    } else {
      selection.omitted.push(item);
    }
  }
  return selection;
}

/** "3 errors, 1 warning" for what was left out. */
export function describeCounts(findings: readonly { severity: Severity }[]): string {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const f of findings) counts[f.severity]++;
  const parts = (['error', 'warning', 'notice'] as const)
    .filter((s) => counts[s] > 0)
    .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`);
  return parts.join(', ');
}

/**
 * `--format github`: every finding as a workflow command, most important first, so a
 * `run: npx hvlint -f github` step annotates what GitHub will show and logs the rest.
 * When there are more than GitHub shows, a notice first says so (first, so that it is
 * itself among the notices shown).
 */
export function formatGithub(input: ReportInput): string {
  const visible = input.findings.filter((f) => !f.suppressed);
  const { omitted } = selectAnnotations(visible, (f) => f.severity);
  const lines: string[] = [];
  if (omitted.length > 0) {
    lines.push(
      workflowCommand(
        'notice',
        { title: 'hvlint' },
        `${omitted.length} more finding${omitted.length === 1 ? '' : 's'} (${describeCounts(omitted)}) than GitHub annotates per step: they are in this log; use --format sarif for code scanning or --format markdown for a job summary`,
      ),
    );
  }
  for (const finding of prioritize(visible, (f) => f.severity)) {
    lines.push(
      workflowCommand(finding.severity, findingProperties(finding, finding.ruleId), messageWithRelated(finding)),
    );
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
