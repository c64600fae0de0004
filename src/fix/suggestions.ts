/**
 * Fixes as suggested changes, for the GitHub job summary (diff blocks) or pull-request review
 * comments (```suggestion blocks, which replace the commented lines).
 */
import type { Finding } from '../types.js';
import type { SourceFile } from '../load/source.js';
import { applyEdits } from './apply.js';

export interface FixSuggestion {
  finding: Finding;
  file: string;
  /** 1-based, inclusive lines the suggestion replaces. */
  startLine: number;
  endLine: number;
  before: string[];
  after: string[];
}

/** One suggestion per file a fix touches, for unsuppressed findings with a fix, in report order. */
export function fixSuggestions(result: {
  findings: readonly Finding[];
  sources: ReadonlyMap<string, SourceFile>;
}): FixSuggestion[] {
  const out: FixSuggestion[] = [];
  for (const finding of result.findings) {
    if (!finding.fix || finding.suppressed) continue;
    const files = [...new Set(finding.fix.edits.map((e) => e.file))];
    for (const file of files) {
      const source = result.sources.get(file);
      if (!source) continue;
      const edits = finding.fix.edits.filter((e) => e.file === file);
      const first = Math.min(...edits.map((e) => e.startOffset));
      const last = Math.max(...edits.map((e) => Math.max(e.startOffset, e.endOffset - 1)));
      const startLine = source.position(first).line;
      const endLine = source.position(last).line;
      const segmentStart = source.lineStart(startLine);
      const segmentEnd = endLine < source.lineCount ? source.lineStart(endLine + 1) : source.text.length;
      const segment = source.text.slice(segmentStart, segmentEnd);
      const replaced = applyEdits(
        segment,
        edits.map((e) => ({
          startOffset: e.startOffset - segmentStart,
          endOffset: e.endOffset - segmentStart,
          text: e.text,
        })),
      );
      const after = replaced
        .replace(/\r?\n$/, '')
        .split('\n')
        .map((l) => l.replace(/\r$/, ''));
      const before = lines(source, startLine, endLine);
      if (before.join('\n') === after.join('\n')) continue;
      out.push({ finding, file, startLine, endLine, before, after });
    }
  }
  return out;
}

export interface SuggestionFormat {
  /** diff: -/+ blocks that read well in a job summary; suggestion: review-comment suggestions. */
  style?: 'diff' | 'suggestion';
  /** At most this many suggestions; the rest are counted. Default 50. */
  max?: number;
}

/** Markdown of the fixes hvlint can apply, or '' when there are none. */
export function formatFixSuggestions(
  result: { findings: readonly Finding[]; sources: ReadonlyMap<string, SourceFile> },
  format: SuggestionFormat = {},
): string {
  const suggestions = fixSuggestions(result);
  if (suggestions.length === 0) return '';
  const style = format.style ?? 'diff';
  const max = format.max ?? 50;
  const count = new Set(suggestions.map((s) => s.finding)).size;
  const out: string[] = [
    `### Fixes hvlint can apply`,
    '',
    `${count} ${count === 1 ? 'finding has' : 'findings have'} a fix: run \`hvlint --fix\` to apply ${count === 1 ? 'it' : 'them'}, or \`hvlint --fix-dry-run\` to see the diff.`,
    '',
  ];
  for (const suggestion of suggestions.slice(0, max)) {
    const range =
      suggestion.startLine === suggestion.endLine
        ? `line ${suggestion.startLine}`
        : `lines ${suggestion.startLine}–${suggestion.endLine}`;
    out.push(
      `**${escapeInline(suggestion.file)}** ${range}: ${escapeInline(suggestion.finding.fix!.description)} (\`${suggestion.finding.ruleId}\`)`,
      '',
    );
    const body =
      style === 'suggestion'
        ? suggestion.after
        : [
            `@@ -${suggestion.startLine},${suggestion.before.length} +${suggestion.startLine},${suggestion.after.length} @@`,
            ...suggestion.before.map((l) => `-${l}`),
            ...suggestion.after.map((l) => `+${l}`),
          ];
    const fence = fenceFor(body);
    out.push(`${fence}${style}`, ...body, fence, '');
  }
  if (suggestions.length > max)
    out.push(`…and ${suggestions.length - max} more: run \`hvlint --fix-dry-run\` to see them all.`, '');
  return out.join('\n');
}

function lines(source: SourceFile, from: number, to: number): string[] {
  const out: string[] = [];
  for (let n = from; n <= to; n++) out.push(source.lineText(n));
  return out;
}

/** A code fence longer than any run of backticks in the body. */
function fenceFor(body: readonly string[]): string {
  const longest = Math.max(2, ...body.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((run) => run.length))));
  return '`'.repeat(longest + 1);
}

function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`);
}
