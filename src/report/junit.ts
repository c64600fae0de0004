/**
 * JUnit XML (`--format junit`), for the test-result views of Azure Pipelines
 * (PublishTestResults, JUnit format), GitLab (`artifacts: reports: junit:`) and Jenkins
 * (`junit` step): one `<testsuite>` per file read, one failing `<testcase>` per finding (an
 * error, warning or notice each fails its test case, with the severity as the failure's type),
 * and one passing test case for a file without findings, so a clean estate shows as passed
 * tests rather than none. Suppressed findings are left out.
 */
import type { Finding } from '../types.js';
import type { ReportInput } from './types.js';
import { escapeXml, escapeXmlAttribute } from './xml.js';

export function formatJunit(input: ReportInput): string {
  const byFile = new Map<string, Finding[]>();
  for (const file of [...input.sources.keys()].sort()) byFile.set(file, []);
  for (const f of input.findings) {
    if (f.suppressed) continue;
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [file, findings] of [...byFile].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const name = escapeXmlAttribute(file);
    const cases =
      findings.length === 0
        ? [`    <testcase name="${name}" classname="${name}" time="0"/>`]
        : findings.map((f) => {
            const related = f.related.map((r) => `\n→ ${r.file}:${r.line}:${r.column}: ${r.message}`).join('');
            return [
              `    <testcase name="${escapeXmlAttribute(`${f.line}:${f.column} ${f.ruleId}`)}" classname="${name}" time="0">`,
              `      <failure message="${escapeXmlAttribute(f.message)}" type="${f.severity}">${escapeXml(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} [${f.ruleId}]${related}`)}</failure>`,
              '    </testcase>',
            ].join('\n');
          });
    tests += cases.length;
    failures += findings.length;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="hvlint" tests="${tests}" failures="${failures}" errors="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
