import { runCli, tempEstate } from '../helpers/cli.js';
import { VERSION } from '../../src/version.js';
import * as fs from 'node:fs';

const host = (name: string, extra = ''): string => `apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: ${name}
spec:
  os: windows-server-2019
  domain: corp.example.com
${extra}`;

const estate = {
  'hosts.yaml': `${host('HV01')}---\n${host('HV02', '  cluster: CL9\n')}`,
  'broken.yaml': 'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: [HV03\n',
  'schema.yaml': `${host('HV04').replace('windows-server-2019', 'windows-server-2008')}`,
  'dupkey.yaml': `${host('HV05')}  domain: other.example.com\n`,
  'dupname.yaml': host('hv01'),
  'notes/readme.yaml': 'title: not a manifest\n',
};

describe('hvlint CLI', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempEstate(estate)));
  afterAll(() => cleanup());

  test('--format json: the documented shape, exact positions, sorted, across files', async () => {
    const run = await runCli(['--format', 'json'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(['version', 'findings', 'summary']);
    expect(report.summary).toEqual({ files: 6, documents: 5, errors: 5, warnings: 0, notices: 0 });
    const brief = report.findings.map(
      (f: Record<string, unknown>) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`,
    );
    expect(brief).toEqual([
      'broken.yaml:4:9-4:10 yaml-syntax',
      'dupkey.yaml:8:3-8:9 yaml-duplicate-key',
      'hosts.yaml:4:9-4:13 duplicate-name',
      'hosts.yaml:16:12-16:15 unresolved-reference',
      'schema.yaml:6:7-6:26 schema',
    ]);
    for (const f of report.findings) {
      expect(Object.keys(f)).toEqual([
        'ruleId',
        'severity',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'related',
      ]);
    }
    const dup = report.findings.find((f: { ruleId: string }) => f.ruleId === 'duplicate-name');
    // files are read in path order, so dupname.yaml's "hv01" is the first declaration
    expect(dup.related).toEqual([
      { file: 'dupname.yaml', line: 4, column: 9, message: 'HyperVHost "hv01" first declared here' },
    ]);
    const schema = report.findings.find((f: { ruleId: string }) => f.ruleId === 'schema');
    expect(schema.message).toMatch(/^spec\.os must be one of .*"windows-server-2019".*; got "windows-server-2008"$/);
  });

  test('same input, same bytes', async () => {
    const a = await runCli(['--format', 'json'], dir);
    const b = await runCli(['--format', 'json'], dir);
    expect(a.stdout).toBe(b.stdout);
    const c = await runCli([], dir);
    const d = await runCli([], dir);
    expect(c.stdout).toBe(d.stdout);
  });

  test('stylish: grouped by file, source line with a caret underline, no colour off a TTY', async () => {
    const run = await runCli(['schema.yaml'], dir);
    expect(run.stdout).toBe(
      [
        'schema.yaml',
        '  6:7  error  spec.os must be one of "windows-server-2008-r2", "windows-server-2012", "windows-server-2012-r2", "windows-server-2016", "windows-server-2019", "windows-server-2022", "windows-server-2025"; got "windows-server-2008"  [schema]',
        '    6 |   os: windows-server-2008',
        '      |       ^~~~~~~~~~~~~~~~~~~',
        '',
        '✖ 1 problem (1 error, 0 warnings, 0 notices) in 1 document (1 file)',
        '',
      ].join('\n'),
    );
    expect(run.stdout).not.toMatch(/\u001b\[/);
    const tty = await runCli(['schema.yaml'], dir, { isTTY: true });
    expect(tty.stdout).toMatch(/\u001b\[31merror/);
    const noColor = await runCli(['schema.yaml'], dir, { isTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  test('exit codes: 0 clean, 1 findings at the threshold, 2 usage errors', async () => {
    expect((await runCli(['hosts.yaml', '--format', 'json'], dir)).code).toBe(1);
    // the config file is read as config, not linted as one more manifest file
    const clean = tempEstate({ 'a.yaml': host('HV01'), '.hvlint.yml': 'rules:\n  nlb-unicast-mode: warning\n' });
    try {
      const run = await runCli([], clean.dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('✓ no problems in 1 document (1 file)\n');
    } finally {
      clean.cleanup();
    }
    expect((await runCli(['--format', 'xml'], dir)).code).toBe(2);
    expect((await runCli(['--fail-on', 'sometimes'], dir)).code).toBe(2);
    const bogus = await runCli(['--bogus'], dir);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr.split('\n')[0]).toBe("hvlint: unknown option '--bogus'");
    const missing = await runCli(['nope/'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toMatch(/"nope\/" does not exist/);
  });

  test('--version and --help', async () => {
    expect((await runCli(['--version'], dir)).stdout).toBe(`${VERSION}\n`);
    const help = await runCli(['--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--format <name>/);
  });

  test('--quiet reports errors only', async () => {
    const run = await runCli(['--format', 'json', '--quiet'], dir);
    const report = JSON.parse(run.stdout);
    expect(report.findings.every((f: { severity: string }) => f.severity === 'error')).toBe(true);
  });

  test('the version matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(fs.readFileSync('package.json', 'utf8')).version);
  });
});
