/**
 * Paths as Windows users give them, run on this platform's file system: globs the shell did
 * not expand, backslashes in config globs, CRLF manifests. (The same logic with Windows path
 * semantics is in __tests__/util/windows-paths.test.ts.)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';

const host = (name: string, os_ = 'windows-server-2008'): string =>
  `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: ${name}\nspec:\n  os: ${os_}\n  domain: corp.example.com\n`;

const temps: Array<() => void> = [];
function temp(files: Record<string, string>): string {
  const { dir, cleanup } = tempEstate(files);
  temps.push(cleanup);
  return dir;
}
afterAll(() => temps.forEach((cleanup) => cleanup()));

const files = (stdout: string): string[] =>
  [...new Set((JSON.parse(stdout) as { findings: Array<{ file: string }> }).findings.map((f) => f.file))].sort();

test('a glob argument the shell left alone (quoted, or PowerShell) is expanded', async () => {
  const dir = temp({ 'estate/a.yaml': host('HV01'), 'estate/b.yml': host('HV02'), 'estate/deep/c.yaml': host('HV03') });
  const one = await runCli(['estate/*.yaml', '-f', 'json'], dir);
  expect([one.code, files(one.stdout)]).toEqual([1, ['estate/a.yaml']]);
  const all = await runCli(['estate/**/*.{yml,yaml}', '-f', 'json'], dir);
  expect(files(all.stdout)).toEqual(['estate/a.yaml', 'estate/b.yml', 'estate/deep/c.yaml']);
  const absolute = await runCli([path.join(dir, 'estate', '*.yml'), '-f', 'json'], path.join(dir, 'estate', 'deep'));
  expect(files(absolute.stdout)).toEqual(['../b.yml']);
});

test('a glob argument that matches nothing is named and exits 2', async () => {
  const dir = temp({ 'estate/a.yaml': host('HV01') });
  const run = await runCli(['estate/*.yml'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('hvlint: "estate/*.yml" does not exist: check the path\n');
});

test('config globs written with backslashes exclude and override as with /', async () => {
  const dir = temp({
    '.hvlint.yml':
      'exclude: ["estate\\\\legacy\\\\**"]\noverrides:\n  - files: ["estate\\\\lab\\\\*.yaml"]\n    rules:\n      schema: warning\n',
    'estate/legacy/old.yaml': host('HV01'),
    'estate/lab/x.yaml': host('HV02'),
    'estate/prod.yaml': host('HV03'),
  });
  const run = await runCli(['-f', 'json'], dir);
  const report = JSON.parse(run.stdout) as { findings: Array<{ file: string; severity: string; ruleId: string }> };
  expect(report.findings.map((f) => `${f.file} ${f.ruleId} ${f.severity}`)).toEqual([
    'estate/lab/x.yaml schema warning',
    'estate/prod.yaml schema error',
  ]);
});

test('CRLF manifests give the findings LF ones do, at the same lines and columns', async () => {
  const lf: Record<string, string> = {};
  const crlf: Record<string, string> = {};
  for (const f of fs.readdirSync('examples').filter((f) => f.endsWith('.yaml'))) {
    const text = fs.readFileSync(path.join('examples', f), 'utf8');
    lf[`estate/${f}`] = text;
    crlf[`estate/${f}`] = text.replace(/\r?\n/g, '\r\n');
  }
  const a = await runCli(['estate', '-f', 'json'], temp(lf));
  const b = await runCli(['estate', '-f', 'json'], temp(crlf));
  expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  expect(b.code).toBe(a.code);
});
