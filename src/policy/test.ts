/**
 * `hvlint test`: run the `tests:` of each policy (inline manifests and the findings the policy
 * must report on them, no more and no fewer), like `conftest verify` or `cfn-guard test`.
 * Each case runs the one policy alone, so other rules and policies never blur the result.
 */
import type { Finding } from '../types.js';
import { lintTexts } from '../lint.js';
import { emptyPolicySet, type PolicySet } from './load.js';
import { parsePath, type CompiledPolicy, type PolicyTestCase } from './compile.js';
import { policyMeta, POLICY_MISTAKE } from './evaluate.js';

export interface ExpectedFinding {
  document: string;
  at?: string;
  message?: string;
}

export interface CaseResult {
  policy: string;
  name: string;
  /** Where the case is: file and line of its `name`. */
  file: string;
  line: number;
  passed: boolean;
  /** Expected findings no actual finding matched. */
  missing: ExpectedFinding[];
  /** Actual findings no expectation matched (the policy's, its mistakes, and the manifests' problems). */
  unexpected: Finding[];
}

export interface TestRun {
  cases: CaseResult[];
  /** Policies without tests. */
  untested: string[];
}

export function runPolicyTests(set: PolicySet, now: Date = new Date()): TestRun {
  const run: TestRun = { cases: [], untested: [] };
  const byId = new Map(set.policies.map((p) => [p.id, p]));
  for (const doc of set.documents) {
    const policy = byId.get(doc.name);
    const tests = ((doc.value['spec'] as { tests?: PolicyTestCase[] }).tests ?? []) as PolicyTestCase[];
    if (!policy) continue; // its compile problems are reported with the policy file
    if (tests.length === 0) {
      run.untested.push(policy.id);
      continue;
    }
    tests.forEach((test, i) => run.cases.push(runCase(policy, test, i, now)));
  }
  return run;
}

function runCase(policy: CompiledPolicy, test: PolicyTestCase, i: number, now: Date): CaseResult {
  const doc = policy.document;
  const file = `${doc.file} (tests[${i}])`;
  const only: PolicySet = { ...emptyPolicySet(), policies: [policy], metas: [policyMeta(policy)] };
  const result = lintTexts({ [file]: test.manifests }, { config: { policySet: only }, rules: [], now });
  const actual = result.findings.filter((f) => !f.suppressed);
  const unexpected = [...actual];
  const missing: ExpectedFinding[] = [];
  for (const expected of test.expect) {
    const k = unexpected.findIndex((f) => f.ruleId === policy.id && matches(f, expected));
    if (k >= 0) unexpected.splice(k, 1);
    else missing.push(expected);
  }
  return {
    policy: policy.id,
    name: test.name,
    file: doc.file,
    line: doc.locate(['spec', 'tests', i, 'name']).line,
    passed: missing.length === 0 && unexpected.length === 0,
    missing,
    unexpected,
  };
}

function matches(finding: Finding, expected: ExpectedFinding): boolean {
  if (
    !finding.document ||
    `${finding.document.kind}/${finding.document.name}`.toLowerCase() !== expected.document.toLowerCase()
  )
    return false;
  if (expected.at !== undefined) {
    const path = parsePath(expected.at);
    if (!path || JSON.stringify(path) !== JSON.stringify(finding.path ?? [])) return false;
  }
  return expected.message === undefined || finding.message.includes(expected.message);
}

/** `VirtualMachine/WEB01 at spec.controllers`, as the diff shows a finding. */
export function describeFound(finding: Finding): string {
  const where = finding.document ? `${finding.document.kind}/${finding.document.name}` : finding.file;
  const at = finding.path && finding.path.length > 0 ? ` at ${formatPath(finding.path)}` : '';
  const rule = finding.ruleId === POLICY_MISTAKE || finding.document === undefined ? ` [${finding.ruleId}]` : '';
  return `${where}${at}${rule}: ${finding.message}`;
}

export function describeExpected(expected: ExpectedFinding): string {
  const at = expected.at !== undefined ? ` at ${expected.at}` : '';
  const message = expected.message !== undefined ? ` (message containing ${JSON.stringify(expected.message)})` : '';
  return `${expected.document}${at}${message}`;
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The report of a test run: a line per case, a diff under each failed one. */
export function formatTestRun(run: TestRun, color: boolean): string {
  const paint = (code: string, text: string): string => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  for (const c of run.cases) {
    const mark = c.passed ? paint('32', 'ok  ') : paint('31', 'FAIL');
    lines.push(`${mark}  ${c.policy} › ${c.name}  (${c.file}:${c.line})`);
    if (c.passed) continue;
    for (const m of c.missing) lines.push(paint('31', `        - expected ${describeExpected(m)}`));
    for (const u of c.unexpected) lines.push(paint('32', `        + got      ${describeFound(u)}`));
  }
  for (const id of run.untested) lines.push(`note  ${id} has no tests`);
  const failed = run.cases.filter((c) => !c.passed).length;
  lines.push(
    '',
    `${failed > 0 ? paint('31', '✖') : paint('32', '✔')} ${run.cases.length} test${run.cases.length === 1 ? '' : 's'}, ${failed} failed` +
      (failed > 0 ? ' (- expected but not reported, + reported but not expected)' : ''),
  );
  return lines.join('\n') + '\n';
}
