/** Runs rules over the estate and turns their path-based reports into positioned findings. */
import type { EmittedFinding, Fix } from '../types.js';
import type { Estate } from '../model/estate.js';
import { fillMessage, type Report, type Rule } from './types.js';

/** A rule that is on, with its configured options. Its severity is decided later, by the filter stage. */
export interface RuleSetting {
  options: Record<string, unknown>;
}

export function reportToFinding(rule: Rule, report: Report): EmittedFinding {
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.meta.id} reported unknown messageId "${report.messageId}"`);
  const range = report.doc.locate(report.path, report.target ?? 'value');
  const finding: EmittedFinding = {
    ruleId: rule.meta.id,
    messageId: report.messageId,
    ...(report.severity ? { defaultSeverity: report.severity } : {}),
    message: fillMessage(template, report.data),
    file: report.doc.file,
    ...range,
    related: (report.related ?? []).map((r) => ({
      file: r.doc.file,
      message: r.message,
      ...r.doc.locate(r.path, r.target ?? 'value'),
    })),
    document: { kind: report.doc.kind, name: report.doc.name },
    path: [...report.path],
  };
  if (report.fix) {
    const edits: Fix['edits'] = [];
    for (const edit of report.fix.edits) {
      const at = edit.doc.offsets(edit.path, edit.target ?? 'value');
      if (at)
        edits.push({
          file: edit.doc.file,
          startOffset: at.start,
          endOffset: at.end,
          text: keepQuotes(edit.doc.source.text, at.start, at.end, edit.text),
        });
    }
    if (edits.length === report.fix.edits.length) finding.fix = { description: report.fix.description, edits };
  }
  return finding;
}

/** A fix replaces a whole scalar token; when the original was quoted, the new value keeps its quotes. */
function keepQuotes(text: string, start: number, end: number, replacement: string): string {
  const open = text[start];
  if ((open === '"' || open === "'") && end - start >= 2 && text[end - 1] === open && !replacement.startsWith(open)) {
    return open === "'" ? `'${replacement.replace(/'/g, "''")}'` : JSON.stringify(replacement);
  }
  return replacement;
}

/** Run each rule that is on; `timings`, when given, receives each rule's milliseconds. */
export function runRules(
  estate: Estate,
  rules: Rule[],
  settingFor: (rule: Rule) => RuleSetting | undefined,
  now: Date,
  timings?: Record<string, number>,
): EmittedFinding[] {
  const findings: EmittedFinding[] = [];
  for (const rule of rules) {
    const setting = settingFor(rule);
    if (!setting) continue;
    const options = { ...(rule.meta.defaultOptions ?? {}), ...setting.options };
    const start = timings ? performance.now() : 0;
    try {
      rule.check({
        estate,
        options,
        now,
        report: (report) => findings.push(reportToFinding(rule, report)),
      });
      if (timings) timings[rule.meta.id] = performance.now() - start;
    } catch (error) {
      // A rule bug must not hide the other rules' findings: report it and go on.
      const doc = estate.documents[0];
      findings.push({
        ruleId: 'internal-error',
        message: `rule ${rule.meta.id} failed: ${(error as Error).message ?? String(error)}; please report this`,
        file: doc?.file ?? '.',
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
        startOffset: 0,
        endOffset: 0,
        related: [],
      });
    }
  }
  return findings;
}
