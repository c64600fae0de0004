/**
 * The bundled action (dist/index.js) run as the GitHub runner runs it, against a fake GitHub
 * API on 127.0.0.1. Estates are generated in temp dirs; their findings come from the
 * pipeline's own checks (schema errors, duplicate names), so policy rules being written
 * elsewhere cannot change the counts: each generated VM has `generation: 3`, one schema error.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { startFakeGitHub, type FakeGitHub, type PullRequestFileEntry } from '../helpers/fake-github.js';
import {
  ensureBundle,
  removeRunnerDirs,
  runAction,
  type ActionRun,
  type WorkflowCommand,
} from '../helpers/action-runner.js';
import { multitoolUnavailable, validateSarif } from '../helpers/sarif-validator.js';
import { FINGERPRINT_KEY } from '../../src/report/sarif.js';

let github: FakeGitHub;
const tempDirs: string[] = [];

beforeAll(() => {
  ensureBundle();
});

afterAll(() => {
  removeRunnerDirs();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  github = await startFakeGitHub();
});

afterEach(async () => {
  await github.close();
});

function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `hvlint-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** A VirtualMachine whose `generation: 3` is its one finding (schema), on the doc's 7th line. */
function vm(name: string): string {
  return `apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata:\n  name: ${name}\nspec:\n  host: HV-${name}\n  generation: 3\n`;
}

/** Documents joined into a file; VM i's finding is on line 8*i + 7 (1-based), its name on 8*i + 4. */
function file(names: string[]): string {
  return names.map(vm).join('---\n');
}

const FINDING_LINE = (doc: number): number => 8 * doc + 7;
const NAME_LINE = (doc: number): number => 8 * doc + 4;

function writeEstate(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

const annotations = (run: ActionRun, kinds = ['error', 'warning', 'notice']): WorkflowCommand[] =>
  run.commands.filter((c) => kinds.includes(c.command) && c.properties['file'] !== undefined);
const byKind = (run: ActionRun, kind: string): WorkflowCommand[] => run.commands.filter((c) => c.command === kind);

/** 60 errors, 40 warnings and 20 notices: schema findings with severities per folder. */
function estateOf120(): string {
  const dir = tempDir('estate120');
  const files: Record<string, string> = {
    '.hvlint.yml':
      'overrides:\n  - files: ["warn/**"]\n    rules: { schema: warning }\n  - files: ["note/**"]\n    rules: { schema: notice }\n',
  };
  let n = 0;
  const names = (count: number): string[] => Array.from({ length: count }, () => `VM${String(n++).padStart(4, '0')}`);
  for (let i = 0; i < 6; i++) files[`err/e${i}.yaml`] = file(names(10));
  for (let i = 0; i < 4; i++) files[`warn/w${i}.yaml`] = file(names(10));
  for (let i = 0; i < 2; i++) files[`note/n${i}.yaml`] = file(names(10));
  writeEstate(dir, files);
  return dir;
}

describe('a push with 120 findings', () => {
  test('creates a check run with 50 annotations, appends 50 and 20, and annotates 10 errors, 10 warnings and a notice for the rest', async () => {
    const workspace = estateOf120();
    const run = await runAction({
      workspace,
      apiUrl: github.url,
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
    });
    expect(run.stderr).toBe('');

    const creates = github.requestsTo('POST', /\/repos\/contoso\/estate\/check-runs$/);
    const updates = github.requestsTo('PATCH', /\/repos\/contoso\/estate\/check-runs\/\d+$/);
    expect(creates.map((r) => r.status)).toEqual([201]);
    expect(creates[0]!.headers.authorization).toBe('token ghs_faketoken');
    expect(creates[0]!.body.output.annotations).toHaveLength(50);
    expect(updates.map((r) => r.body.output.annotations.length)).toEqual([50, 20]);
    expect(updates.every((r) => r.status === 200)).toBe(true);
    const check = [...github.checkRuns.values()][0]!;
    expect(check.annotations).toHaveLength(120);
    expect(check.name).toBe('hvlint findings');
    expect(check.head_sha).toBe('a'.repeat(40));
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary!.length).toBeLessThanOrEqual(65_535);
    // Most important first: every failure before any warning before any notice.
    const levels = check.annotations.map((a) => a.annotation_level);
    expect(levels.slice(0, 60).every((l) => l === 'failure')).toBe(true);
    expect(levels.slice(60, 100).every((l) => l === 'warning')).toBe(true);
    expect(levels.slice(100).every((l) => l === 'notice')).toBe(true);
    expect(check.annotations[0]).toMatchObject({
      path: 'err/e0.yaml',
      start_line: 7,
      end_line: 7,
      start_column: 15,
      title: 'schema',
    });

    // GitHub shows 10 errors per step: 9 findings and the step's failure (which is an error annotation too).
    const errors = byKind(run, 'error');
    expect(errors).toHaveLength(10);
    expect(errors.filter((c) => c.properties['file'])).toHaveLength(9);
    expect(errors.at(-1)!.message).toBe('hvlint: 60 errors at or above fail-on "error"');
    expect(byKind(run, 'warning')).toHaveLength(10);
    const notices = byKind(run, 'notice');
    expect(notices.length).toBeLessThanOrEqual(10);
    const more = notices.filter((c) => /more finding/.test(c.message));
    expect(more).toHaveLength(1);
    const annotatedNotices = notices.length - 1;
    expect(more[0]!.message).toContain(
      `${120 - 9 - 10 - annotatedNotices} more findings (51 errors, 30 warnings, ${20 - annotatedNotices} notices)`,
    );
    expect(more[0]!.message).toContain('the check run "hvlint findings"');
    expect(more[0]!.message).toContain('the job summary');
    const firstError = byKind(run, 'error')[0]!;
    expect(firstError.properties).toEqual({
      file: 'err/e0.yaml',
      line: '7',
      col: '15',
      endLine: '7',
      endColumn: '16',
      title: 'schema',
    });
    expect(firstError.message).toBe('spec.generation must be one of 1, 2; got 3');

    expect(run.outputs).toMatchObject({ errors: '60', warnings: '40', notices: '20' });
    const declared = Object.keys((load(fs.readFileSync('action.yml', 'utf8')) as { outputs: object }).outputs);
    expect(declared).toEqual(expect.arrayContaining(Object.keys(run.outputs)));
    const report = JSON.parse(fs.readFileSync(run.outputs['findings-file']!, 'utf8'));
    expect(report.findings).toHaveLength(120);
    expect(run.summary).toContain('**120 problems**: 60 errors, 40 warnings, 20 notices');
    expect(run.summary).toContain('](https://github.com/hvlint/hvlint/blob/main/docs/rules/schema.md)');
    expect(run.summary).toContain('Check run: [hvlint findings](https://github.com/contoso/estate/runs/');
    // fail-on error (the default): the step fails.
    expect(run.code).toBe(1);
  });

  test('fail-on never passes the step and concludes the check run neutral', async () => {
    const workspace = estateOf120();
    const run = await runAction({ workspace, apiUrl: github.url, inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect([...github.checkRuns.values()][0]!.conclusion).toBe('neutral');
  });

  test('fail-on warning fails on warnings alone', async () => {
    const workspace = tempDir('warn-only');
    writeEstate(workspace, { '.hvlint.yml': 'rules: { schema: warning }\n', 'a.yaml': file(['VM-A']) });
    const failing = await runAction({ workspace, apiUrl: github.url, inputs: { 'fail-on': 'warning' } });
    expect(failing.code).toBe(1);
    const passing = await runAction({ workspace, apiUrl: github.url, inputs: { 'fail-on': 'error' } });
    expect(passing.code).toBe(0);
  });

  test('a wrong input fails the step and says what is accepted', async () => {
    const workspace = estateOf120();
    const run = await runAction({ workspace, apiUrl: github.url, inputs: { 'fail-on': 'sometimes' } });
    expect(run.code).toBe(1);
    expect(byKind(run, 'error').map((c) => c.message)).toEqual([
      'hvlint: input "fail-on" must be one of error, never, notice, warning; got "sometimes"',
    ]);
    expect(github.requests).toEqual([]);
  });

  test('mode drift goes to the drift module, not the lint', async () => {
    const workspace = estateOf120();
    const run = await runAction({ workspace, apiUrl: github.url, inputs: { mode: 'drift' } });
    expect(run.stdout + run.stderr).toMatch(/drift/i);
    expect(run.stdout).not.toContain('at or above fail-on');
    expect(run.commands.filter((c) => c.properties['title'] === 'schema')).toEqual([]);
  });

  test('fixable findings appear as suggested changes in the job summary', async () => {
    const workspace = tempDir('fixable');
    writeEstate(workspace, {
      'network.yaml':
        'apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: SW-CORE01\nspec:\n  model: dell-powerconnect-5424\n  bridgeMulticastGroups:\n    - vlan: 20\n      mac: "01-00-5e-7f-03-e8"   # hyphens: the PowerConnect wants colons\n      group: 239.255.3.232\n',
    });
    const run = await runAction({ workspace, apiUrl: github.url, inputs: { 'fail-on': 'never' } });
    expect(run.code).toBe(0);
    expect(run.summary).toContain('### Fixes hvlint can apply');
    expect(run.summary).toContain('**network.yaml** line 9: write the MAC as 01:00:5e:7f:03:e8 (`switch-mac-style`)');
    expect(run.summary).toContain(
      '-      mac: "01-00-5e-7f-03-e8"   # hyphens: the PowerConnect wants colons\n+      mac: "01:00:5e:7f:03:e8"   # hyphens: the PowerConnect wants colons',
    );
    // A summary without fixable findings has no such section.
    expect(
      (await runAction({ workspace: estateOf120(), apiUrl: github.url, inputs: { 'fail-on': 'never' } })).summary,
    ).not.toContain('Fixes hvlint can apply');
  });
});

/** 40 files of 2 VMs each; cross-file duplicates between some of them. */
function estateOf40(): { dir: string; base: Record<string, string>; head: Record<string, string> } {
  const base: Record<string, string> = {};
  for (let i = 0; i < 40; i++) base[`estate/f${String(i).padStart(2, '0')}.yaml`] = file([`VM-${i}-A`, `VM-${i}-B`]);
  // Duplicates: f20 re-declares a VM that f03 gains in the pull request (first declared in f03),
  // f31 re-declares one of f30's (neither changed).
  base['estate/f20.yaml'] = file(['VM-20-A', 'VM-20-B', 'VM-NEW-03']);
  base['estate/f31.yaml'] = file(['VM-31-A', 'VM-31-B', 'VM-30-A']);
  const head = { ...base };
  // f01 is new; f02 gains a document at its end; f03 gains one at its start.
  delete base['estate/f01.yaml'];
  head['estate/f02.yaml'] = file(['VM-2-A', 'VM-2-B', 'VM-2-C']);
  head['estate/f03.yaml'] = file(['VM-NEW-03', 'VM-3-A', 'VM-3-B']);
  const dir = tempDir('estate40');
  writeEstate(dir, head);
  return { dir, base, head };
}

function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
}

/** The three changed files as the pulls API lists them, after 147 files that are not manifests. */
function pullFiles(head: Record<string, string>, base: Record<string, string>): PullRequestFileEntry[] {
  const baseF02 = base['estate/f02.yaml']!.replace(/\n$/, '').split('\n');
  const headF02 = head['estate/f02.yaml']!.replace(/\n$/, '').split('\n');
  const f02Patch = [
    `@@ -13,3 +13,11 @@`,
    ...baseF02.slice(12).map((l) => ` ${l}`),
    ...headF02.slice(15).map((l) => `+${l}`),
  ].join('\n');
  const headF03 = head['estate/f03.yaml']!.split('\n');
  const f03Patch = [
    `@@ -1,3 +1,11 @@`,
    ...headF03.slice(0, 8).map((l) => `+${l}`),
    ...headF03.slice(8, 11).map((l) => ` ${l}`),
  ].join('\n');
  const docs: PullRequestFileEntry[] = Array.from({ length: 147 }, (_, i) => ({
    filename: `docs/page-${i}.md`,
    status: 'added',
    patch: '@@ -0,0 +1 @@\n+text',
    additions: 1,
    deletions: 0,
    changes: 1,
  }));
  return [
    {
      filename: 'estate/f01.yaml',
      status: 'added',
      patch: addedPatch(head['estate/f01.yaml']!),
      additions: 15,
      deletions: 0,
      changes: 15,
    },
    ...docs.slice(0, 98),
    { filename: 'estate/f02.yaml', status: 'modified', patch: f02Patch, additions: 8, deletions: 0, changes: 8 },
    ...docs.slice(98),
    { filename: 'estate/f03.yaml', status: 'modified', patch: f03Patch, additions: 8, deletions: 0, changes: 8 },
  ];
}

function pullRequestPayload(
  number: number,
  baseSha: string,
  headSha: string,
  changedFiles: number,
): Record<string, unknown> {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      state: 'open',
      title: 'Add VMs',
      changed_files: changedFiles,
      head: { sha: headSha, ref: 'add-vms', repo: { full_name: 'contoso/estate' } },
      base: { sha: baseSha, ref: 'main', repo: { full_name: 'contoso/estate' } },
    },
    repository: { full_name: 'contoso/estate', name: 'estate', owner: { login: 'contoso' } },
  };
}

const location = (c: WorkflowCommand): string =>
  `${c.properties['file']}:${c.properties['line']} ${c.properties['title']}`;

describe('a pull request changing 3 files of a 40-file estate', () => {
  const HEAD = 'b'.repeat(40);
  // In scope with filter-mode added: f01 (new) both VMs; f02 only its added VM (doc 2);
  // f03 its added VM (doc 0); and f20's duplicate of VM-NEW-03, annotated at f03's name line.
  const EXPECTED_ADDED = [
    `estate/f01.yaml:${FINDING_LINE(0)} schema`,
    `estate/f01.yaml:${FINDING_LINE(1)} schema`,
    `estate/f02.yaml:${FINDING_LINE(2)} schema`,
    `estate/f03.yaml:${FINDING_LINE(0)} schema`,
    `estate/f03.yaml:${NAME_LINE(0)} duplicate-name`,
  ].sort();

  test('annotates only findings in those files (and the cross-file one touching them), reading 150 changed files in two pages', async () => {
    const { dir, base, head } = estateOf40();
    const files = pullFiles(head, base);
    expect(files).toHaveLength(150);
    github.setPullFiles(7, files);
    const run = await runAction({
      workspace: dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(7, 'c'.repeat(40), HEAD, 150),
    });
    expect(run.stderr).toBe('');

    const pages = github.requestsTo('GET', /\/repos\/contoso\/estate\/pulls\/7\/files$/);
    expect(pages.map((r) => [r.query['per_page'], r.query['page'] ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
    ]);

    expect(annotations(run).map(location).sort()).toEqual(EXPECTED_ADDED);
    const crossFile = annotations(run).find((c) => c.properties['title'] === 'duplicate-name')!;
    expect(crossFile.message).toContain('VirtualMachine "VM-NEW-03" is declared twice');
    expect(crossFile.message).toContain('the finding is reported at estate/f20.yaml:');

    const check = [...github.checkRuns.values()][0]!;
    expect(check.head_sha).toBe(HEAD);
    expect(check.annotations.map((a) => `${a.path}:${a.start_line} ${a.title}`).sort()).toEqual(EXPECTED_ADDED);

    // The summary counts everything: 84 VMs (36 files of 2, four of 3) with a schema error each, and 2 duplicate names.
    expect(run.outputs['errors']).toBe('86');
    expect(run.summary).toContain('**86 problems**');
    expect(run.summary).toContain(
      '81 findings (81 errors, 0 warnings, 0 notices) outside what pull request #7 changed (filter-mode added)',
    );
    // Fails on what the pull request touched.
    expect(run.code).toBe(1);
    expect(byKind(run, 'error').at(-1)!.message).toBe(
      'hvlint: 5 errors at or above fail-on "error" in what this pull request changed',
    );
  });

  test('filter-mode diff_context and file widen the scope as reviewdog does', async () => {
    const { dir, base, head } = estateOf40();
    github.setPullFiles(7, pullFiles(head, base));
    const payload = pullRequestPayload(7, 'c'.repeat(40), HEAD, 150);
    const context = await runAction({
      workspace: dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload,
      inputs: { 'filter-mode': 'diff_context' },
    });
    // f02's hunk starts at line 13: doc 1's finding (line 15) is context; f03's context reaches line 11 (nothing more).
    expect(annotations(context).map(location).sort()).toEqual(
      [...EXPECTED_ADDED, `estate/f02.yaml:${FINDING_LINE(1)} schema`].sort(),
    );
    const wholeFiles = await runAction({
      workspace: dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload,
      inputs: { 'filter-mode': 'file', 'fail-on': 'never' },
    });
    const inFiles = annotations(wholeFiles).map(location);
    // f01 2, f02 3, f03 3, and the duplicate reported in f20 at f03.
    expect(inFiles).toHaveLength(9);
    expect(wholeFiles.code).toBe(0);
    const none = await runAction({
      workspace: dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload,
      inputs: { 'filter-mode': 'nofilter', 'fail-on': 'never' },
    });
    expect(byKind(none, 'error').filter((c) => c.properties['file'])).toHaveLength(10);
    expect([...github.checkRuns.values()].at(-1)!.annotations).toHaveLength(86);
  });

  test.each([403, 404])(
    'a token that cannot write checks (HTTP %i) gives one warning, and the same annotations and exit status',
    async (status) => {
      const { dir, base, head } = estateOf40();
      github.setPullFiles(7, pullFiles(head, base));
      const payload = pullRequestPayload(7, 'c'.repeat(40), HEAD, 150);
      const normal = await runAction({ workspace: dir, apiUrl: github.url, eventName: 'pull_request', payload });
      github.deny(/\/check-runs/, { status });
      const readOnly = await runAction({ workspace: dir, apiUrl: github.url, eventName: 'pull_request', payload });

      const warnings = byKind(readOnly, 'warning');
      expect(warnings).toHaveLength(1);
      expect(warnings[0]!.message).toMatch(
        new RegExp(
          `^hvlint: no check run "hvlint findings": the token cannot write checks .*fork.*checks: write.*HTTP ${status}`,
        ),
      );
      expect(byKind(normal, 'warning')).toHaveLength(0);
      expect(annotations(readOnly)).toEqual(annotations(normal));
      expect(readOnly.code).toBe(normal.code);
      expect(readOnly.code).toBe(1);
      expect(readOnly.outputs).toMatchObject({ errors: normal.outputs['errors'] });
      expect(github.requestsTo('POST', /check-runs$/).map((r) => r.status)).toEqual([201, status]);
      expect(readOnly.summary).toContain('**86 problems**');
      expect(github.requestsTo('PATCH', /check-runs/)).toHaveLength(0);
    },
  );

  test('without the pulls API, the changed lines come from git diff against the base in the checkout', async () => {
    const { dir, base, head } = estateOf40();
    const git = (...args: string[]): string =>
      execFileSync('git', args, {
        cwd: dir,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      }).trim();
    // Base commit: the base files; head commit: the working tree as the pull request leaves it.
    for (const f of Object.keys(head)) fs.rmSync(path.join(dir, f));
    writeEstate(dir, base);
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'base');
    const baseSha = git('rev-parse', 'HEAD');
    writeEstate(dir, head);
    git('add', '-A');
    git('commit', '-q', '-m', 'head');
    const headSha = git('rev-parse', 'HEAD');
    github.deny(/\/pulls\/7\/files/);
    const run = await runAction({
      workspace: dir,
      apiUrl: github.url,
      eventName: 'pull_request',
      payload: pullRequestPayload(7, baseSha, headSha, 3),
    });
    expect(github.requestsTo('GET', /\/pulls\/7\/files/).map((r) => r.status)).toEqual([403]);
    expect(run.stdout).toContain('read the changed lines from git diff');
    expect(annotations(run).map(location).sort()).toEqual(EXPECTED_ADDED);
  });
});

const sarifUnavailable = multitoolUnavailable();
if (sarifUnavailable) console.warn(`skipping the SARIF validation test: ${sarifUnavailable}`);

describe('SARIF', () => {
  (sarifUnavailable ? test.skip : test)(
    'passes the SARIF multitool, and fingerprints stay when a blank line is inserted above a finding',
    async () => {
      const { dir } = estateOf40();
      const first = await runAction({
        workspace: dir,
        apiUrl: github.url,
        inputs: { 'sarif-file': 'reports/hvlint.sarif', 'fail-on': 'never' },
      });
      const sarifPath = path.join(dir, 'reports/hvlint.sarif');
      expect(first.outputs['sarif-file']).toBe(sarifPath);
      const validation = validateSarif(sarifPath);
      expect(validation.errors).toEqual([]);
      expect(validation.all).toEqual([]);

      const before = JSON.parse(fs.readFileSync(sarifPath, 'utf8')).runs[0].results;
      const f05 = path.join(dir, 'estate/f05.yaml');
      fs.writeFileSync(f05, `\n${fs.readFileSync(f05, 'utf8')}`);
      await runAction({
        workspace: dir,
        apiUrl: github.url,
        inputs: { 'sarif-file': 'reports/hvlint.sarif', 'fail-on': 'never' },
      });
      const after = JSON.parse(fs.readFileSync(sarifPath, 'utf8')).runs[0].results;

      const inF05 = (results: any[]) =>
        results.filter((r) => r.locations[0].physicalLocation.artifactLocation.uri === 'estate/f05.yaml');
      expect(inF05(after).map((r: any) => r.locations[0].physicalLocation.region.startLine)).toEqual(
        inF05(before).map((r: any) => r.locations[0].physicalLocation.region.startLine + 1),
      );
      const prints = (results: any[]) => results.map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
      expect(prints(after)).toEqual(prints(before));
      expect(new Set(prints(before)).size).toBe(before.length);
    },
  );
});

describe('a large estate', () => {
  test('20,000 findings keep the summary under 1 MiB and the check run within its request budget', async () => {
    const dir = tempDir('estate20k');
    const files: Record<string, string> = {};
    for (let f = 0; f < 100; f++)
      files[`estate/big${String(f).padStart(3, '0')}.yaml`] = file(
        Array.from({ length: 200 }, (_, i) => `VM-${f}-${i}`),
      );
    writeEstate(dir, files);
    const run = await runAction({ workspace: dir, apiUrl: github.url, inputs: { 'fail-on': 'never' } });
    expect(run.outputs['errors']).toBe('20000');
    const size = Buffer.byteLength(run.summary, 'utf8');
    expect(size).toBeLessThan(1024 * 1024);
    expect(size).toBeGreaterThan(100_000);
    expect(run.summary).toContain('**20,000 problems**');
    expect(run.summary).toContain('This summary was cut');
    expect(run.summary.trimEnd().endsWith('</details>') || run.summary.includes('</details>')).toBe(true);
    const check = [...github.checkRuns.values()][0]!;
    expect(check.annotations).toHaveLength(1000);
    expect(github.requestsTo('PATCH', /check-runs/)).toHaveLength(19);
    expect(byKind(run, 'error')).toHaveLength(10);
  }, 120_000);
});
