/**
 * Suppression comments that stay honest:
 *
 *   # hvlint-disable-next-line <rule-id>[, <rule-id>...] [until=YYYY-MM-DD] -- <reason>
 *   # hvlint-disable <rule-id>[, ...] [until=YYYY-MM-DD] -- <reason>      (top of a document)
 *
 * A suppression needs a reason (else it is reported and suppresses nothing), may expire (then
 * the finding returns with a note), and is reported when it suppresses nothing. Suppressed
 * findings are kept, marked `suppressed`, so reports can show them.
 *
 * Comments are found in the source text. A `#` starts a comment at the start of a line or
 * after whitespace, and never inside a scalar: the loader's line scanner
 * (src/load/yaml/lines.ts) tells quoted strings and block scalars, in text that parses and in
 * text that does not.
 */
import type { EmittedFinding, Finding, Suppression } from '../types.js';
import type { SourceFile } from '../load/source.js';
import { YamlLines } from '../load/yaml/lines.js';
import type { CoreRuleId } from '../rules/core.js';
import { closest } from '../util/strings.js';

/** Findings that mean some documents of a file were not seen by the policy rules. */
const INCOMPLETE_RULES: ReadonlySet<string> = new Set(['schema', 'yaml-syntax', 'yaml-limits']);

export const SUPPRESSION_RULES: ReadonlySet<string> = new Set([
  'suppression-reason',
  'invalid-suppression',
  'unused-suppression',
]);

const DIRECTIVES = ['hvlint-disable-next-line', 'hvlint-disable'] as const;
// Built-in ids are kebab-case; custom policy ids add a namespace: acme/pci-backup.
const RULE_ID = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\/)?[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

interface SuppressedRule {
  id: string;
  start: number;
  end: number;
  used: boolean;
}

export interface Directive {
  kind: 'next-line' | 'document';
  file: string;
  /** 1-based line of the comment. */
  line: number;
  rules: SuppressedRule[];
  reason: string;
  until?: string;
  expired: boolean;
  /** 1-based, inclusive lines the directive covers; fromLine 0 when it covers nothing. */
  fromLine: number;
  toLine: number;
}

export interface SuppressionOptions {
  /** The clock: suppressions with `until=` expire against it. */
  now: Date;
  /** Rule ids a suppression may name. */
  knownRuleIds: ReadonlySet<string>;
}

/**
 * Mark suppressed findings, and emit the findings about the suppression comments themselves
 * (`problems`, without a severity: the filter stage gives them theirs).
 */
export function applySuppressions(
  findings: Finding[],
  sources: ReadonlyMap<string, SourceFile>,
  options: SuppressionOptions,
): { findings: Finding[]; problems: EmittedFinding[] } {
  const byFile = new Map<string, Directive[]>();
  const problems: EmittedFinding[] = [];
  const out: Finding[] = [];
  for (const [file, source] of sources) {
    if (!source.text.includes('hvlint-')) continue;
    const scanned = scanSuppressions(source, options);
    problems.push(...scanned.problems);
    if (scanned.directives.length > 0) byFile.set(file, scanned.directives);
  }
  if (byFile.size === 0) return { findings, problems };

  for (const finding of findings) {
    const directives = byFile.get(finding.file);
    if (!directives || finding.suppressed || SUPPRESSION_RULES.has(finding.ruleId)) {
      out.push(finding);
      continue;
    }
    let active: Directive | undefined;
    let expired: Directive | undefined;
    for (const directive of directives) {
      if (finding.line < directive.fromLine || finding.line > directive.toLine) continue;
      const rule = directive.rules.find((r) => r.id === finding.ruleId);
      if (!rule) continue;
      rule.used = true;
      if (directive.expired) expired ??= directive;
      else if (!active || (active.kind === 'document' && directive.kind === 'next-line')) active = directive;
    }
    if (active) {
      const suppressed: Suppression = {
        kind: active.kind === 'next-line' ? 'inline' : 'document',
        reason: active.reason,
        file: active.file,
        line: active.line,
      };
      if (active.until) suppressed.until = active.until;
      out.push({ ...finding, suppressed });
    } else if (expired) {
      const source = sources.get(expired.file)!;
      const at = source.lineStart(expired.line);
      out.push({
        ...finding,
        message: `${finding.message} (its suppression expired on ${expired.until}: fix the problem or renew the suppression)`,
        related: [
          ...finding.related,
          {
            file: expired.file,
            message: `suppression expired on ${expired.until}`,
            ...source.range(at, at + source.lineText(expired.line).length),
          },
        ],
      });
    } else {
      out.push(finding);
    }
  }

  // Policy rules skip documents that do not parse or fail their schema, so in such a file a
  // suppression may be unused only for now: saying "remove it" would bring the finding back
  // once the document is repaired.
  const partlyChecked = new Set(findings.filter((f) => INCOMPLETE_RULES.has(f.ruleId)).map((f) => f.file));
  for (const [file, directives] of byFile) {
    if (partlyChecked.has(file)) continue;
    const source = sources.get(file)!;
    for (const directive of directives) {
      for (const rule of directive.rules) {
        if (rule.used) continue;
        const where = directive.kind === 'next-line' ? 'on the next line' : 'in this document';
        problems.push(
          problem(
            source,
            'unused-suppression',
            rule.start,
            rule.end,
            `suppression of "${rule.id}" matched no finding ${where}: remove it`,
          ),
        );
      }
    }
  }
  return { findings: out, problems };
}

/** The directives of one file and the problems with them (malformed, no reason, misplaced). */
export function scanSuppressions(
  source: SourceFile,
  options: SuppressionOptions,
): { directives: Directive[]; problems: EmittedFinding[] } {
  const text = source.text;
  const layout = new Layout(text);
  const directives: Directive[] = [];
  const problems: EmittedFinding[] = [];
  let searchFrom = 0;
  for (;;) {
    const hit = text.indexOf('hvlint-', searchFrom);
    if (hit === -1) break;
    const lineStart = text.lastIndexOf('\n', hit - 1) + 1;
    let lineEnd = text.indexOf('\n', hit);
    if (lineEnd === -1) lineEnd = text.length;
    searchFrom = lineEnd + 1;
    const hash = layout.commentStart(lineStart);
    if (hash === -1 || hash > hit) continue;
    const body = text.slice(hash + 1, lineEnd).replace(/\r$/, '');
    const lead = /^\s*/.exec(body)![0].length;
    if (!body.startsWith('hvlint-', lead)) continue;
    const parsed = parseDirective(source, layout, hash, body, lead, options, problems);
    if (parsed) directives.push(parsed);
  }
  return { directives, problems };
}

function parseDirective(
  source: SourceFile,
  layout: Layout,
  hash: number,
  body: string,
  lead: number,
  options: SuppressionOptions,
  problems: EmittedFinding[],
): Directive | undefined {
  const bodyStart = hash + 1;
  const commentEnd = bodyStart + body.length;
  const name = /^hvlint-[a-z-]*/.exec(body.slice(lead))![0];
  const nameStart = bodyStart + lead;
  const report = (ruleId: CoreRuleId, start: number, end: number, message: string): undefined => {
    problems.push(problem(source, ruleId, start, end, message));
    return undefined;
  };
  if (!(DIRECTIVES as readonly string[]).includes(name)) {
    const hint = closest(name, DIRECTIVES);
    return report(
      'invalid-suppression',
      nameStart,
      nameStart + name.length,
      `unknown directive "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}: use hvlint-disable-next-line or hvlint-disable`,
    );
  }
  const kind = name === 'hvlint-disable' ? 'document' : 'next-line';
  const restStart = lead + name.length;
  const rest = body.slice(restStart);
  const separator = /(^|\s)--(?=\s|$)/.exec(rest);
  const head = separator ? rest.slice(0, separator.index + separator[1]!.length) : rest;
  let reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
  let until: { value: string; start: number; end: number } | undefined;
  const rules: SuppressedRule[] = [];
  const tokens = /[^\s,]+/g;
  for (let m = tokens.exec(head); m; m = tokens.exec(head)) {
    const start = bodyStart + restStart + m.index;
    const token = m[0];
    if (token.startsWith('until=')) until = { value: token.slice(6), start, end: start + token.length };
    else rules.push({ id: token, start, end: start + token.length, used: false });
  }
  const trailingUntil = /(^|\s)until=(\S*)$/.exec(reason);
  if (trailingUntil && !until) {
    const start = bodyStart + body.lastIndexOf(`until=${trailingUntil[2]!}`);
    until = { value: trailingUntil[2]!, start, end: start + 6 + trailingUntil[2]!.length };
    reason = reason.slice(0, trailingUntil.index).trim();
  }

  if (rules.length === 0) {
    return report(
      'invalid-suppression',
      nameStart,
      nameStart + name.length,
      `${name} names no rule: list the rule ids to suppress, as in "# ${name} <rule-id> -- <reason>"`,
    );
  }
  const known: SuppressedRule[] = [];
  for (const rule of rules) {
    if (SUPPRESSION_RULES.has(rule.id)) {
      report(
        'invalid-suppression',
        rule.start,
        rule.end,
        `"${rule.id}" cannot be suppressed by a comment: fix the suppression, or set the rule's severity in .hvlint.yml`,
      );
    } else if (!RULE_ID.test(rule.id) || !options.knownRuleIds.has(rule.id)) {
      const hint = closest(rule.id, [...options.knownRuleIds]);
      report(
        'invalid-suppression',
        rule.start,
        rule.end,
        `unknown rule "${rule.id}" in suppression${hint ? ` (did you mean "${hint}"?)` : ''}: run hvlint rules to list the rule ids`,
      );
    } else {
      known.push(rule);
    }
  }
  if (known.length === 0) return undefined;
  let expired = false;
  if (until) {
    const day = parseDay(until.value);
    if (day === undefined) {
      return report(
        'invalid-suppression',
        until.start,
        until.end,
        `until= must be a date written YYYY-MM-DD; got "${until.value}"`,
      );
    }
    expired = options.now.getTime() >= day;
  }
  if (reason === '') {
    return report(
      'suppression-reason',
      hash,
      commentEnd,
      `suppression has no reason: add " -- <why>" after the rule ids (without one it suppresses nothing)`,
    );
  }

  const line = source.position(hash).line;
  let fromLine = 0;
  let toLine = -1;
  if (kind === 'next-line') {
    const target = layout.nextContentLine(source, line);
    if (target !== undefined) fromLine = toLine = target;
  } else {
    if (!layout.isCommentOnlyLine(source, line) || !layout.atTopOfDocument(source, line)) {
      return report(
        'invalid-suppression',
        nameStart,
        nameStart + name.length,
        'hvlint-disable must come before the first line of its document: move it to the top, or use hvlint-disable-next-line here',
      );
    }
    fromLine = line;
    toLine = layout.documentEndLine(source, line);
  }
  const directive: Directive = { kind, file: source.path, line, rules: known, reason, expired, fromLine, toLine };
  if (until) directive.until = until.value;
  return directive;
}

/** Midnight UTC of a YYYY-MM-DD day, or undefined when it is not a real date. */
function parseDay(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return time;
}

function problem(source: SourceFile, ruleId: CoreRuleId, start: number, end: number, message: string): EmittedFinding {
  return {
    ruleId,
    message,
    file: source.path,
    ...source.range(start, end),
    related: [],
  };
}

/**
 * Where comments are (src/load/yaml/lines.ts), so that a `#` inside a quoted string or a
 * block scalar is not taken for a comment, and what each line holds.
 */
class Layout {
  private readonly lines: YamlLines;

  constructor(text: string) {
    this.lines = new YamlLines(text);
  }

  /** Offset of the `#` that starts a comment on the line, or -1. */
  commentStart(lineStart: number): number {
    return this.lines.commentStart(lineStart);
  }

  private classify(source: SourceFile, line: number): 'blank' | 'comment' | 'marker' | 'content' {
    const text = source.lineText(line);
    const start = source.lineStart(line);
    const first = text.search(/\S/);
    if (first === -1) return 'blank';
    const inScalar = this.lines.startsInScalar(start);
    if (text[first] === '#' && !inScalar) return 'comment';
    if (first === 0 && /^(---|\.\.\.)(\s+(#.*)?)?$/.test(text) && !inScalar) return 'marker';
    if (first === 0 && text.startsWith('%') && !inScalar) return 'marker';
    return 'content';
  }

  isCommentOnlyLine(source: SourceFile, line: number): boolean {
    return this.classify(source, line) === 'comment';
  }

  /** The first line after `line` that holds content (not blank, a comment or a `---`). */
  nextContentLine(source: SourceFile, line: number): number | undefined {
    for (let n = line + 1; n <= source.lineCount; n++) if (this.classify(source, n) === 'content') return n;
    return undefined;
  }

  /** Whether only blank lines, comments and document markers come before `line` in its document. */
  atTopOfDocument(source: SourceFile, line: number): boolean {
    for (let n = line - 1; n >= 1; n--) {
      const kind = this.classify(source, n);
      if (kind === 'content') return false;
      if (kind === 'marker' && /^(---|\.\.\.)/.test(source.lineText(n))) return true;
    }
    return true;
  }

  /** The last line of the document that `line` (at its top) belongs to. */
  documentEndLine(source: SourceFile, line: number): number {
    let seenContent = false;
    for (let n = line + 1; n <= source.lineCount; n++) {
      const kind = this.classify(source, n);
      if (kind === 'content') seenContent = true;
      else if (kind === 'marker' && seenContent && /^---/.test(source.lineText(n))) return n - 1;
    }
    return source.lineCount;
  }
}
