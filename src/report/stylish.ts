/**
 * The terminal report, after actionlint and ESLint: findings grouped by file, each as
 * `line:col  severity  message  [rule-id]` with the source line and a caret underline.
 * Colour only when asked (the CLI asks on a TTY).
 */
import type { Finding } from '../types.js';
import type { ReportInput } from './types.js';
import { countBySeverity } from './json.js';

export interface StylishOptions {
  color: boolean;
}

const ANSI = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  underline: '\u001b[4m',
  reset: '\u001b[0m',
};
const MAX_LINE = 160;

export function formatStylish(input: ReportInput, options: StylishOptions): string {
  const paint = (code: keyof typeof ANSI, text: string): string =>
    options.color ? `${ANSI[code]}${text}${ANSI.reset}` : text;
  const sevColor = (f: Finding): keyof typeof ANSI =>
    f.severity === 'error' ? 'red' : f.severity === 'warning' ? 'yellow' : 'cyan';
  const visible = input.findings.filter((f) => !f.suppressed);
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const f of visible) {
    if (f.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(paint('underline', f.file));
      currentFile = f.file;
    }
    lines.push(
      `  ${paint('dim', `${f.line}:${f.column}`)}  ${paint(sevColor(f), f.severity)}  ${f.message}  ${paint('dim', `[${f.ruleId}]`)}`,
    );
    const source = input.sources.get(f.file);
    if (source && f.line <= source.lineCount) {
      const text = source.lineText(f.line);
      const gutter = String(f.line);
      const shown = sanitize(text.length > MAX_LINE ? `${text.slice(0, MAX_LINE)}…` : text);
      if (shown.trim().length > 0) {
        const startCol = Math.min(f.column, shown.length + 1);
        const endCol =
          f.endLine === f.line ? Math.min(Math.max(f.endColumn, f.column + 1), shown.length + 1) : shown.length + 1;
        const width = Math.max(1, endCol - startCol);
        lines.push(`    ${paint('dim', `${gutter} |`)} ${shown}`);
        lines.push(
          `    ${' '.repeat(gutter.length)} ${paint('dim', '|')} ${' '.repeat(startCol - 1)}${paint(sevColor(f), `^${'~'.repeat(width - 1)}`)}`,
        );
      }
    }
    for (const r of f.related) {
      lines.push(`    ${paint('dim', '→')} ${r.file}:${r.line}:${r.column}: ${r.message}`);
    }
  }
  const counts = countBySeverity(input.findings);
  const total = counts.error + counts.warning + counts.notice;
  const suppressed = input.findings.length - visible.length;
  if (lines.length > 0) lines.push('');
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  const summary =
    total === 0
      ? `✓ no problems in ${plural(input.documents, 'document')} (${plural(input.files, 'file')})`
      : `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}) in ${plural(input.documents, 'document')} (${plural(input.files, 'file')})`;
  lines.push(
    paint(total === 0 ? 'bold' : counts.error > 0 ? 'red' : 'yellow', summary) +
      (suppressed > 0 ? paint('dim', `, ${suppressed} suppressed`) : ''),
  );
  return lines.join('\n') + '\n';
}

/** Tabs shown as one space (so carets line up) and control characters made visible. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '?');
}
