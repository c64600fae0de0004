/**
 * hvlint never says "no problems" for work it did not do: paths outside the working directory
 * are linted, paths with nothing to check exit 2, skipped look-alike documents are findings,
 * reports land where they were asked to go, and -q never changes the verdict.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';

const EXAMPLES = path.resolve('examples');
const host = (name: string, os_ = 'windows-server-2019', apiVersion = 'hvlint/v1'): string =>
  `apiVersion: ${apiVersion}\nkind: HyperVHost\nmetadata:\n  name: ${name}\nspec:\n  os: ${os_}\n  domain: corp.example.com\n`;
const BAD = (name: string): string => host(name, 'windows-server-2008');

const temps: Array<() => void> = [];
function temp(files: Record<string, string>): string {
  const { dir, cleanup } = tempEstate(files);
  temps.push(cleanup);
  return dir;
}
afterAll(() => temps.forEach((cleanup) => cleanup()));

function json(stdout: string): { findings: Array<{ ruleId: string; file: string; line: number }>; summary: any } {
  return JSON.parse(stdout);
}

describe('paths the user names are always linted', () => {
  test('a directory outside the working directory', async () => {
    const elsewhere = temp({ 'estate/host.yaml': BAD('HV01') });
    const cwd = temp({ 'README.md': 'repo\n' });
    const run = await runCli([path.join(elsewhere, 'estate'), '-f', 'json'], cwd);
    expect(run.code).toBe(1);
    const report = json(run.stdout);
    expect(report.summary.documents).toBe(1);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['schema']);
    expect(report.findings[0]!.file).toBe(path.relative(cwd, path.join(elsewhere, 'estate/host.yaml')));
  });

  test('`hvlint ..` from a subfolder reads the parent folder, its files and the subfolder', async () => {
    const root = temp({ 'top.yaml': BAD('HV01'), 'sub/inner.yaml': BAD('HV02') });
    const run = await runCli(['..', '-f', 'json'], path.join(root, 'sub'));
    expect(run.code).toBe(1);
    expect(json(run.stdout).findings.map((f) => f.file)).toEqual(['../top.yaml', 'inner.yaml']);
  });

  test('a config in the parent folder applies to `hvlint ..` (globs relative to the config)', async () => {
    const root = temp({
      '.hvlint.yml': 'exclude: ["legacy/**"]\n',
      'top.yaml': BAD('HV01'),
      'legacy/old.yaml': BAD('HV02'),
      'sub/inner.yaml': host('HV03'),
    });
    const run = await runCli(['..', '-f', 'json'], path.join(root, 'sub'));
    expect(json(run.stdout).findings.map((f) => f.file)).toEqual(['../top.yaml']);
    expect(json(run.stdout).summary.documents).toBe(2);
  });

  test('symbolic links met while walking a named directory elsewhere stay inside it', async () => {
    const third = temp({ 'secret.yaml': BAD('HV09') });
    const elsewhere = temp({ 'host.yaml': host('HV01') });
    fs.symlinkSync(path.join(third, 'secret.yaml'), path.join(elsewhere, 'link.yaml'));
    const cwd = temp({ 'README.md': 'repo\n' });
    const run = await runCli([elsewhere, '-f', 'json'], cwd);
    const report = json(run.stdout);
    expect(report.findings.map((f) => f.ruleId)).toEqual(['file-unreadable']);
    expect(report.summary.documents).toBe(1);
  });

  test('drift with manifests outside the working directory declares them', async () => {
    const cwd = temp({ 'README.md': 'repo\n' });
    const run = await runCli(['drift', '--inventory', path.join(EXAMPLES, 'inventory'), EXAMPLES, '-f', 'json'], cwd);
    const report = json(run.stdout);
    expect(report.summary.documents).toBe(18);
    expect(report.findings.filter((f) => f.ruleId === 'drift-vm-undeclared')).toEqual([]);
  });
});

describe('nothing checked: say so and exit 2', () => {
  test('a folder with YAML but no manifests', async () => {
    const dir = temp({ 'ci/pipeline.yml': 'steps: []\n', 'estate/host.yaml': host('HV01') });
    const run = await runCli(['ci'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no hvlint manifests .* in "ci": nothing there was checked; pass --allow-empty/);
    expect(run.stdout).not.toMatch(/no problems/);
    expect(run.stdout).toMatch(/nothing checked: no hvlint manifests in 1 file/);
    expect((await runCli(['ci', '--allow-empty'], dir)).code).toBe(0);
  });

  test('an empty folder, and one empty path among good ones', async () => {
    const dir = temp({ 'estate/host.yaml': host('HV01') });
    fs.mkdirSync(path.join(dir, 'empty'));
    expect((await runCli(['empty'], dir)).code).toBe(2);
    const mixed = await runCli(['estate', 'empty'], dir);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/in "empty"/);
    expect(mixed.stderr).not.toMatch(/in "estate"/);
    expect((await runCli(['estate'], dir)).code).toBe(0);
  });

  test('a path that does not exist exits 2, --allow-empty or not', async () => {
    const dir = temp({ 'estate/host.yaml': host('HV01') });
    for (const extra of [[], ['--allow-empty']]) {
      const run = await runCli(['estate', 'estat', ...extra], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/"estat" does not exist/);
    }
  });

  test('--write-baseline of nothing is refused', async () => {
    const dir = temp({ 'notes.yaml': 'a: 1\n' });
    const run = await runCli(['--write-baseline', 'baseline.json'], dir);
    expect(run.code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'baseline.json'))).toBe(false);
  });

  test('drift: an empty inventory directory, and manifests that hold none', async () => {
    const dir = temp({ 'estate/host.yaml': host('HV01'), 'notes/x.yaml': 'a: 1\n' });
    fs.mkdirSync(path.join(dir, 'inventory'));
    const empty = await runCli(['drift', '--inventory', 'inventory', 'estate'], dir);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/holds no host directories and no switch configurations/);
    const noManifests = await runCli(['drift', '--inventory', path.join(EXAMPLES, 'inventory'), 'notes'], dir);
    expect(noManifests.code).toBe(2);
    expect(noManifests.stderr).toMatch(/no hvlint manifests .* in "notes"/);
  });
});

describe('documents that look like manifests are not skipped silently', () => {
  test.each([
    ['hvlnt/v1', /apiVersion "hvlnt\/v1" is not "hvlint\/v1"/],
    ['hvlint.io/v1', /apiVersion "hvlint.io\/v1" is not "hvlint\/v1"/],
    ['HVLINT/V1', /apiVersion "HVLINT\/V1" is not/],
    ['v1', /document of kind HyperVHost has apiVersion "v1", so it is not checked/],
  ])('apiVersion %s', async (apiVersion, message) => {
    const dir = temp({ 'host.yaml': `# a comment\n${BAD('HV01').replace('hvlint/v1', apiVersion)}` });
    const run = await runCli(['-f', 'json', '--allow-empty'], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ ruleId: 'manifest-api-version', line: 2, column: 13 });
    expect(report.findings[0].message).toMatch(message);
  });

  test('a known kind with no apiVersion is reported on its kind; other YAML is left alone', async () => {
    const dir = temp({
      'host.yaml': 'kind: VirtualMachine\nmetadata: { name: VM1 }\n',
      'k8s.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n---\napiVersion: apps/v1\nkind: Deployment\n',
      'ci.yml': 'jobs: {}\n',
    });
    const run = await runCli(['-f', 'json', '--allow-empty'], dir);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: any) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      'host.yaml:1:7 manifest-api-version',
    ]);
    expect(report.findings[0].message).toMatch(/has no apiVersion/);
  });
});

describe('reports land where they were asked to go', () => {
  const files = { 'host.yaml': BAD('HV01') };
  test('-o into a missing folder creates it', async () => {
    const dir = temp(files);
    const run = await runCli(['-o', 'reports/deep/hvlint.json', '-f', 'json'], dir);
    expect(run.code).toBe(1);
    expect(json(fs.readFileSync(path.join(dir, 'reports/deep/hvlint.json'), 'utf8')).findings).toHaveLength(1);
  });

  test.each([[['-o', 'out']], [['--write-baseline', 'out']], [['--fix-dry-run', '-o', 'out']], [['-o', 'out/']]])(
    '%j onto a directory: one line, exit 2',
    async (args) => {
      const dir = temp(files);
      fs.mkdirSync(path.join(dir, 'out'));
      const run = await runCli(args, dir);
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(/^hvlint: (--output|--write-baseline) "out\/?" is a directory: give a file name/);
    },
  );

  test('--write-baseline and --fix-dry-run -o into missing folders', async () => {
    const dir = temp(files);
    expect((await runCli(['--write-baseline', 'a/b/baseline.json'], dir)).code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'a/b/baseline.json'))).toBe(true);
    await runCli(['--fix-dry-run', '-o', 'c/d/fixes.diff'], dir);
    expect(fs.existsSync(path.join(dir, 'c/d/fixes.diff'))).toBe(true);
  });

  test('a path through a file: one line, exit 2', async () => {
    const dir = temp(files);
    const run = await runCli(['-o', 'host.yaml/report.txt'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^hvlint: cannot write --output "host.yaml\/report.txt": a part of the path is a file/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('-q hides output, never the verdict', () => {
  test('-q --fail-on warning with warnings only exits 1 and does not claim "no problems"', async () => {
    const dir = temp({
      '.hvlint.yml':
        'rules:\n  nlb-igmp-group-missing: off\n  switch-mac-style: off\n  nlb-igmp-group-members: off\n  nlb-node-mac-spoofing: off\n  backup-needs-scsi-controller: off\n',
    });
    for (const f of fs.readdirSync(EXAMPLES)) {
      if (f.endsWith('.yaml')) fs.copyFileSync(path.join(EXAMPLES, f), path.join(dir, f));
    }
    const loud = await runCli(['--fail-on', 'warning'], dir);
    expect(loud.code).toBe(1);
    const quiet = await runCli(['-q', '--fail-on', 'warning'], dir);
    expect(quiet.code).toBe(1);
    expect(quiet.stdout).not.toMatch(/no problems/);
    const hidden = loud.stdout.match(/\((\d+) errors?, (\d+) warnings?, (\d+) notices?\)/)!;
    expect(hidden[1]).toBe('0');
    const count = Number(hidden[2]) + Number(hidden[3]);
    expect(count).toBeGreaterThan(0);
    expect(quiet.stdout).toMatch(
      new RegExp(`✓ no errors in 18 documents \\(6 files\\), ${count} warnings and notices hidden by --quiet`),
    );
    expect((await runCli(['-q'], dir)).code).toBe(0);
  });
});

describe('small things', () => {
  test('HVLINT_THREADS must be a number', async () => {
    const dir = temp({ 'host.yaml': host('HV01') });
    const run = await runCli([], dir, { env: { HVLINT_THREADS: 'abc' } });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'hvlint: HVLINT_THREADS must be a whole number of worker threads (0 or 1: none); got "abc"\n',
    );
    expect((await runCli([], dir, { env: { HVLINT_THREADS: '1' } })).code).toBe(0);
  });

  test("`hvlint help explain` prints explain's help", async () => {
    const run = await runCli(['help', 'explain'], os.tmpdir());
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: hvlint explain <rule-id>/);
  });

  test('on a very long line the caret is under the value, not under the "…"', async () => {
    const long = `spec: { domain: corp.example.com, note: "${'x'.repeat(300)}", os: windows-server-2008 }\n`;
    const dir = temp({ 'host.yaml': 'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV01\n' + long });
    const run = await runCli([], dir);
    const lines = run.stdout.split('\n');
    const finding = lines.findIndex((l) => l.includes('spec.os must be one of'));
    expect(lines[finding]).toMatch(/^  5:349 /);
    const source = lines[finding + 1]!;
    const underline = lines[finding + 2]!;
    const at = underline.indexOf('^');
    expect(source.slice(at, at + 'windows-server-2008'.length)).toBe('windows-server-2008');
    expect(underline.slice(at)).toBe(`^${'~'.repeat('windows-server-2008'.length - 1)}`);
    expect(source).toMatch(/^ {4}5 \| …x+", os: windows-server-2008 }$/);
  });
});
