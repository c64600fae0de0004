/**
 * The what-if stage's result: each simulated failure with its consequences as findings (the N-1
 * rules' ids, configured severities), where the cluster restarts VMs, what stays down, and what
 * could not be judged. Pure: reporters (src/report/whatif.ts) and the CLI take it from here.
 */
import type { Finding, Severity } from '../types.js';
import type { Estate } from '../model/estate.js';
import type { Rule } from '../rules/types.js';
import { reportToFinding } from '../rules/run.js';
import { failureRules } from '../rules/failure/index.js';
import { describeFailure, failureId, type Failure } from './failures.js';
import { whatIf, reportsFor } from './sweep.js';
import type { Outcome } from './simulate.js';

export interface FailureResult {
  /** `host:HV01`, `switch:SW-CORE01`, `lag:SW-CORE01/1`. */
  id: string;
  /** `host "HV01"`. */
  description: string;
  kind: Failure['kind'];
  /** One line per consequence, for tables. */
  consequences: Array<{ ruleId: string; summary: string; takesDown: string[] }>;
  restarts: Array<{ vm: string; from?: string; to: string }>;
  down: string[];
}

export interface NotJudgedEntry {
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface WhatIfResult {
  failures: FailureResult[];
  /** Every consequence as a finding; one consequence that several failures cause is one finding naming them all. */
  findings: Finding[];
  notJudged: NotJudgedEntry[];
}

/** Severity of each what-if rule, or undefined when it is off. */
export type RuleSeverity = (rule: Rule) => Severity | undefined;

export function whatIfResult(estate: Estate, failures: Failure[] | undefined, severityOf: RuleSeverity): WhatIfResult {
  const outcomes = whatIf(estate, failures);
  const on = new Map<string, Severity>();
  for (const rule of failureRules) {
    const severity = severityOf(rule);
    if (severity) on.set(rule.meta.id, severity);
  }
  const findings: Finding[] = [];
  for (const rule of failureRules) {
    const severity = on.get(rule.meta.id);
    if (!severity) continue;
    for (const report of reportsFor(outcomes, rule.meta.id as never, undefined, { includeCovered: true }))
      findings.push({ ...reportToFinding(rule, report), severity });
  }
  return {
    failures: outcomes.map((outcome) => failureResult(outcome, on)),
    findings,
    notJudged: notJudged(outcomes),
  };
}

function failureResult(outcome: Outcome, on: Map<string, Severity>): FailureResult {
  return {
    id: failureId(outcome.failure),
    description: describeFailure(outcome.failure),
    kind: outcome.failure.kind,
    consequences: outcome.consequences
      .filter((c) => on.has(c.rule))
      .map((c) => ({ ruleId: c.rule, summary: c.summary, takesDown: c.takesDown })),
    restarts: outcome.restarts.map((r) => ({ vm: r.vm.name, ...(r.from ? { from: r.from.name } : {}), to: r.to.name })),
    down: outcome.down.map((vm) => vm.name),
  };
}

/** What could not be judged, once per message and place, in file order. */
function notJudged(outcomes: Outcome[]): NotJudgedEntry[] {
  const seen = new Map<string, NotJudgedEntry>();
  for (const outcome of outcomes)
    for (const gap of outcome.notJudged) {
      const range = gap.doc.locate(gap.path, 'key');
      const entry = { file: gap.doc.file, line: range.line, column: range.column, message: gap.message };
      const key = `${entry.file}|${entry.line}|${entry.column}|${entry.message}`;
      if (!seen.has(key)) seen.set(key, entry);
    }
  return [...seen.values()].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}
