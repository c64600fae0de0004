/**
 * Reports for CI systems other than GitHub, each read back the way its consumer reads it:
 * Azure Pipelines logging commands (the agent's property syntax and escapes), GitLab Code
 * Quality (the fields GitLab requires), Checkstyle XML and JUnit XML (parsed as XML, with the
 * elements and attributes Jenkins, GitLab and Azure's test views read).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { runCli } from '../helpers/cli.js';
import { lintTexts } from '../../src/lint.js';
import { formatAzure } from '../../src/report/azure.js';
import { formatGitlab } from '../../src/report/gitlab.js';
import { formatCheckstyle } from '../../src/report/checkstyle.js';
import { formatJunit } from '../../src/report/junit.js';
import type { ReportInput } from '../../src/report/types.js';

const host = (name: string, osName: string, comment = ''): string =>
  `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: ${name}\nspec:\n  os: ${osName}${comment}\n  domain: corp.example.com\n`;

/** Two files with findings (one message with characters every format must escape), one clean file. */
function input(): ReportInput {
  const result = lintTexts({
    'estate/a.yaml': host('HV01', 'windows-server-2008'),
    'estate/b & <c>.yaml': `${host('HV02', 'windows-server-2019')}---\n${host('hv02', 'windows-server-2019')}`,
    'estate/clean.yaml': host('HV03', 'windows-server-2022'),
  });
  const findings = result.findings.map((f) =>
    f.file === 'estate/a.yaml' ? { ...f, message: `${f.message}; 100% "odd" ] <x> & 'y'\nsecond line` } : f,
  );
  return { ...result, findings, version: '1.2.3' };
}

/** The agent's reading of `##vso[area.action k=v;k=v;]message`, with the task library's unescapes. */
function parseVso(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^##vso\[([a-z.]+)(?: ([^\]]*))?\](.*)$/.exec(line);
  if (!m) throw new Error(`not a logging command: ${line}`);
  const unescape = (v: string, prop: boolean): string => {
    let out = v.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
    if (prop) out = out.replace(/%5D/g, ']').replace(/%3B/g, ';');
    return out.replace(/%AZP25/g, '%');
  };
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(';').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
  }
  return { command: m[1]!, props, message: unescape(m[3]!, false) };
}

describe('azure', () => {
  test('one task.logissue per finding, with file, line, column and rule, escaped as the agent unescapes', () => {
    const report = input();
    const lines = formatAzure(report).trimEnd().split('\n');
    const visible = report.findings.filter((f) => !f.suppressed);
    expect(lines).toHaveLength(visible.length);
    const parsed = lines.map(parseVso);
    for (const p of parsed) {
      expect(p.command).toBe('task.logissue');
      expect(Object.keys(p.props).sort()).toEqual(['code', 'columnnumber', 'linenumber', 'sourcepath', 'type']);
      expect(['error', 'warning']).toContain(p.props['type']);
    }
    const odd = parsed.find((p) => p.props['sourcepath'] === 'estate/a.yaml')!;
    expect(odd.message).toContain(`; 100% "odd" ] <x> & 'y'\nsecond line`);
    expect(odd.props).toMatchObject({ type: 'error', linenumber: '6', columnnumber: '7', code: 'schema' });
    // Nothing but the command's own brackets: a raw "]" or newline would end it early.
    for (const line of lines) expect(line.indexOf(']')).toBe(line.indexOf(';]') + 1);
  });

  test('in Azure Pipelines (TF_BUILD) the Markdown report is uploaded as the run summary', async () => {
    const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-agent-'));
    try {
      const run = await runCli(['examples/', '-f', 'azure'], process.cwd(), {
        env: { TF_BUILD: 'True', AGENT_TEMPDIRECTORY: temp },
      });
      expect(run.code).toBe(1);
      const last = parseVso(run.stdout.trimEnd().split('\n').pop()!);
      expect(last.command).toBe('task.uploadsummary');
      expect(last.message).toBe(path.join(temp, 'hvlint-summary.md'));
      expect(fs.readFileSync(last.message, 'utf8')).toMatch(/^#+ hvlint/m);
      const plain = await runCli(['examples/', '-f', 'azure'], process.cwd());
      expect(plain.stdout).not.toContain('task.uploadsummary');
    } finally {
      fs.rmSync(temp, { recursive: true, force: true });
    }
  });
});

describe('gitlab', () => {
  test('the fields GitLab Code Quality requires, valid severities, unique fingerprints', () => {
    const report = input();
    const issues = JSON.parse(formatGitlab(report)) as Array<Record<string, any>>;
    expect(issues).toHaveLength(report.findings.filter((f) => !f.suppressed).length);
    for (const issue of issues) {
      expect(typeof issue['description']).toBe('string');
      expect(typeof issue['check_name']).toBe('string');
      expect(issue['fingerprint']).toMatch(/^[0-9a-f]{64}(:\d+)?$/);
      expect(['info', 'minor', 'major', 'critical', 'blocker']).toContain(issue['severity']);
      expect(issue['location'].path).not.toMatch(/^(\/|\.\/)/);
      expect(Number.isInteger(issue['location'].lines.begin) && issue['location'].lines.begin >= 1).toBe(true);
    }
    expect(new Set(issues.map((i) => i['fingerprint'])).size).toBe(issues.length);
    expect(issues.find((i) => i['location'].path === 'estate/a.yaml')).toMatchObject({
      check_name: 'schema',
      severity: 'major',
      location: { lines: { begin: 6 } },
    });
  });
});

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  htmlEntities: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

describe('checkstyle', () => {
  test('well-formed XML: checkstyle > file[name] > error[line column severity message source]', () => {
    const report = input();
    const xml = formatCheckstyle(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).checkstyle[0];
    expect(root.version).toBe('4.3');
    const files = root.file as Array<{ name: string; error: Array<Record<string, string>> }>;
    expect(files.map((f) => f.name)).toEqual(['estate/a.yaml', 'estate/b & <c>.yaml']);
    const errors = files.flatMap((f) => f.error);
    expect(errors).toHaveLength(report.findings.filter((f) => !f.suppressed).length);
    for (const e of errors) {
      expect(Object.keys(e).sort()).toEqual(['column', 'line', 'message', 'severity', 'source']);
      expect(['error', 'warning', 'info']).toContain(e['severity']);
    }
    expect(files[0]!.error[0]!['message']).toContain(`; 100% "odd" ] <x> & 'y'\nsecond line`);
  });
});

describe('junit', () => {
  test('testsuites > testsuite per file > testcase per finding with failure; clean files pass; counts agree', () => {
    const report = input();
    const xml = formatJunit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    const root = parser.parse(xml).testsuites[0];
    const suites = root.testsuite as Array<Record<string, any>>;
    expect(suites.map((s) => s.name)).toEqual(['estate/a.yaml', 'estate/b & <c>.yaml', 'estate/clean.yaml']);
    let tests = 0;
    let failures = 0;
    for (const suite of suites) {
      const cases = suite.testcase as Array<Record<string, any>>;
      expect(Number(suite.tests)).toBe(cases.length);
      const failed = cases.filter((c) => c.failure);
      expect(Number(suite.failures)).toBe(failed.length);
      for (const c of cases) expect(typeof c.name === 'string' && typeof c.classname === 'string').toBe(true);
      for (const c of failed) expect(['error', 'warning', 'notice']).toContain(c.failure[0].type);
      tests += cases.length;
      failures += failed.length;
    }
    expect(Number(root.tests)).toBe(tests);
    expect(Number(root.failures)).toBe(failures);
    expect(failures).toBe(report.findings.filter((f) => !f.suppressed).length);
    expect(suites[2]!.testcase[0].failure).toBeUndefined();
  });
});

test('every new format is a --format the CLI accepts, deterministic', async () => {
  for (const format of ['azure', 'gitlab', 'junit', 'checkstyle']) {
    const a = await runCli(['examples/', '-f', format], process.cwd());
    const b = await runCli(['examples/', '-f', format], process.cwd());
    expect([format, a.code, a.stderr]).toEqual([format, 1, '']);
    expect(a.stdout).toBe(b.stdout);
  }
});
