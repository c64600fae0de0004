/**
 * The terminal report, after actionlint and ESLint: findings grouped by file, each as
 * `line:col  severity  message  [rule-id]` with the source line and a caret underline.
 * Colour only when asked (the CLI asks on a TTY).
 */
import type { Finding } from '../types.js';
import type { ReportInput } from './types.js';
import { countBySeverity } from './json.js';
import { formatGithub } from './github.js';

export interface StylishOptions {
  color: boolean;
  /**
   * Running in a GitHub Actions step (GITHUB_ACTIONS=true, report on stdout). actions/setup-node
   * registers problem matchers (eslint-stylish, eslint-compact, tsc) that read the log; ESLint's
   * layout `  44:3  error  message  rule` would be matched, and snippet and related lines taken for
   * file names. So each finding line starts with a severity mark that no matcher accepts, lines
   * with user text that a matcher would take are defused, and the findings are annotated once,
   * by workflow commands (as --format github writes them), in a collapsed group after the report.
   */
  githubActions?: boolean;
}

const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' } as const;

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
      `  ${options.githubActions ? `${paint(sevColor(f), MARK[f.severity])} ` : ''}${paint('dim', `${f.line}:${f.column}`)}  ${paint(sevColor(f), f.severity)}  ${f.message}  ${paint('dim', `[${f.ruleId}]`)}`,
    );
    const source = input.sources.get(f.file);
    if (source && f.line <= source.lineCount) {
      const text = source.lineText(f.line);
      const gutter = String(f.line);
      const window = lineWindow(text, f.column);
      const shown = sanitize(window.text);
      if (shown.trim().length > 0) {
        const column = f.column - window.shift;
        const startCol = Math.min(column, shown.length + 1);
        const endCol =
          f.endLine === f.line
            ? Math.min(Math.max(f.endColumn - window.shift, column + 1), shown.length + 1)
            : shown.length + 1;
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
  const plural = (n: number, word: string, many = `${word}s`): string => `${n} ${n === 1 ? word : many}`;
  const hidden = input.hidden ?? 0;
  const changed = input.changed;
  const where =
    (changed ? `on lines changed since ${changed.since} in ` : 'in ') +
    `${plural(input.documents, 'document')} (${plural(input.files, 'file')})`;
  // Never "no problems" for work not done: no manifests, or problems hidden by -q.
  const summary =
    total > 0
      ? `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.notice, 'notice')}) ${where}`
      : input.documents === 0
        ? `✖ nothing checked: no hvlint manifests in ${plural(input.files, 'file')}`
        : hidden > 0
          ? `✓ no errors ${where}`
          : `✓ no problems ${where}`;
  lines.push(
    paint(total === 0 && input.documents > 0 ? 'bold' : counts.error > 0 || total === 0 ? 'red' : 'yellow', summary) +
      (hidden > 0
        ? paint('dim', `, ${plural(hidden, 'warning or notice', 'warnings and notices')} hidden by --quiet`)
        : '') +
      (suppressed > 0 ? paint('dim', `, ${suppressed} suppressed`) : '') +
      (changed && changed.outside > 0
        ? paint('dim', `, ${plural(changed.outside, 'finding')} elsewhere not shown`)
        : ''),
  );
  if (!options.githubActions) return lines.join('\n') + '\n';
  const annotations = formatGithub(input);
  const report = lines.map(defuseForMatchers).join('\n') + '\n';
  return annotations === '' ? report : `${report}::group::hvlint annotations\n${annotations}::endgroup::\n`;
}

/**
 * The line shapes of the problem matchers actions/setup-node registers (tsc and eslint-compact;
 * eslint-stylish's finding line needs leading digits, which the severity mark prevents). User
 * text (a YAML comment in a snippet, a quoted name) can still take these shapes: such a line
 * gets an invisible word joiner inside the part the matcher needs, so it reads the same.
 */
export const MATCHER_REGEXPS = {
  tsc: '^([^\\s].*)[\\(:](\\d+)[,:](\\d+)(?:\\):\\s+|\\s+-\\s+)(error|warning|info)\\s+TS(\\d+)\\s*:\\s*(.*)$',
  'eslint-compact': '^(.+):\\sline\\s(\\d+),\\scol\\s(\\d+),\\s([Ee]rror|[Ww]arning|[Ii]nfo)\\s-\\s(.+)\\s\\((.+)\\)$',
};
const MATCHER_SHAPES: Array<[RegExp, RegExp]> = [
  [new RegExp(MATCHER_REGEXPS.tsc), /TS(?=\d)/g],
  [new RegExp(MATCHER_REGEXPS['eslint-compact']), /line(?=\s\d)/g],
];

export function defuseForMatchers(line: string): string {
  let out = line;
  for (const [shape, part] of MATCHER_SHAPES)
    if (shape.test(out)) out = out.replace(part, (m) => `${m[0]}\u2060${m.slice(1)}`);
  return out;
}

/**
 * At most MAX_LINE characters of a long line, around the finding's column, with "…" where it
 * is cut. `shift` is how many columns the window moved left, for the caret.
 */
export function lineWindow(text: string, column: number): { text: string; shift: number } {
  if (text.length <= MAX_LINE) return { text, shift: 0 };
  const context = 20;
  if (column + context <= MAX_LINE) return { text: `${text.slice(0, MAX_LINE)}…`, shift: 0 };
  const start = Math.min(column - 1 - context, text.length - MAX_LINE);
  const end = start + MAX_LINE;
  // The leading "…" takes one column: the window's first character is at column 2.
  return { text: `…${text.slice(start, end)}${end < text.length ? '…' : ''}`, shift: start - 1 };
}

/** Tabs shown as one space (so carets line up) and control characters made visible. */
function sanitize(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/g, '?');
}
