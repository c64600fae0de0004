/**
 * `hvlint --changed-since <ref>`: the action's changed-line scope for any CI system and for
 * pre-push hooks. Each test makes a git repository in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';

const host = (name: string, os_ = 'windows-server-2019'): string =>
  `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: ${name}\nspec:\n  os: ${os_}\n  domain: corp.example.com\n`;
const BAD = (name: string): string => host(name, 'windows-server-2008');

const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  });
}

/** A repository with `files` committed on branch main. */
function repo(files: Record<string, string>): string {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-git-')));
  temps.push(dir);
  git(dir, 'init', '-q', '-b', 'main');
  write(dir, files);
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  return dir;
}

function write(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
}

type Report = { findings: Array<{ ruleId: string; file: string; line: number }> };
const located = (stdout: string): string[] =>
  (JSON.parse(stdout) as Report).findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`);

test('only findings on changed lines, committed or not, and in new untracked files', async () => {
  const dir = repo({ 'estate/a.yaml': BAD('HV01'), 'estate/b.yaml': BAD('HV02') });
  git(dir, 'checkout', '-q', '-b', 'feature');
  // a.yaml: a second, bad document appended and committed; c.yaml: new, never added to git.
  write(dir, { 'estate/a.yaml': `${BAD('HV01')}---\n${BAD('HV03')}` });
  git(dir, 'commit', '-q', '-am', 'HV03');
  write(dir, { 'estate/c.yaml': BAD('HV04') });

  const everything = await runCli(['estate', '-f', 'json'], dir);
  expect(located(everything.stdout)).toEqual([
    'estate/a.yaml:6 schema',
    'estate/a.yaml:14 schema',
    'estate/b.yaml:6 schema',
    'estate/c.yaml:6 schema',
  ]);
  const scoped = await runCli(['estate', '-f', 'json', '--changed-since', 'main'], dir);
  expect(scoped.code).toBe(1);
  expect(located(scoped.stdout)).toEqual(['estate/a.yaml:14 schema', 'estate/c.yaml:6 schema']);
  expect(scoped.stderr).toBe(
    'hvlint: reported only findings on lines changed since main; 2 findings elsewhere not shown\n',
  );

  // The stylish summary line says the report was scoped.
  const stylish = await runCli(['estate', '--changed-since', 'main'], dir);
  expect(stylish.stdout.trim().split('\n').pop()).toBe(
    '✖ 2 problems (2 errors, 0 warnings, 0 notices) on lines changed since main in 4 documents (3 files), 2 findings elsewhere not shown',
  );
});

test('a change with no findings on its lines passes, and says what it left out', async () => {
  const dir = repo({ 'estate/a.yaml': BAD('HV01'), 'estate/b.yaml': host('HV02') });
  write(dir, { 'estate/b.yaml': host('HV02').replace('corp.example.com', 'lab.example.com') });
  const run = await runCli(['estate', '--changed-since', 'HEAD'], dir);
  expect(run.code).toBe(0);
  expect(run.stdout).toBe(
    '✓ no problems on lines changed since HEAD in 2 documents (2 files), 1 finding elsewhere not shown\n',
  );
});

test('from the merge base: what the ref gained since the branch left it is not the change', async () => {
  const dir = repo({ 'estate/a.yaml': host('HV01') });
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, { 'estate/b.yaml': BAD('HV02') });
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'feature');
  git(dir, 'checkout', '-q', 'main');
  write(dir, { 'estate/a.yaml': BAD('HV01') });
  git(dir, 'commit', '-q', '-am', 'main moves on');
  git(dir, 'checkout', '-q', 'feature');
  const run = await runCli(['estate', '-f', 'json', '--changed-since', 'main'], dir);
  expect(located(run.stdout)).toEqual(['estate/b.yaml:6 schema']);
});

test('paths relative to a subfolder, and findings of files outside it', async () => {
  const dir = repo({ 'top.yaml': host('HV01'), 'sub/inner.yaml': host('HV02') });
  write(dir, { 'top.yaml': BAD('HV01'), 'sub/inner.yaml': BAD('HV02') });
  const run = await runCli(['..', '-f', 'json', '--changed-since', 'HEAD'], path.join(dir, 'sub'));
  expect(located(run.stdout)).toEqual(['../top.yaml:6 schema', 'inner.yaml:6 schema']);
});

test('an unknown ref is a one-line error, exit 2', async () => {
  const dir = repo({ 'a.yaml': BAD('HV01') });
  const run = await runCli(['.', '--changed-since', 'origin/nope'], dir);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^hvlint: --changed-since: unknown git ref "origin\/nope" \(.*\)\n$/);
});

test('outside a git repository, exit 2', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-nogit-'));
  temps.push(dir);
  // GIT_CEILING_DIRECTORIES is not passed to hvlint's git; the temporary folder is outside any repository.
  fs.writeFileSync(path.join(dir, 'a.yaml'), BAD('HV01'));
  const run = await runCli(['.', '--changed-since', 'main'], dir);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/^hvlint: --changed-since needs a git repository, and .* is not in one\n$/);
});

test('--write-baseline records everything: it does not take --changed-since', async () => {
  const dir = repo({ 'a.yaml': BAD('HV01') });
  const run = await runCli(['.', '--changed-since', 'HEAD', '--write-baseline', 'b.json'], dir);
  expect([run.code, run.stderr]).toEqual([
    2,
    'hvlint: --write-baseline records every finding; it does not take --changed-since\n',
  ]);
});
