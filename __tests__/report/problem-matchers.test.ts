/**
 * actions/setup-node registers problem matchers (tsc, eslint-stylish, eslint-compact) for every
 * later step of the job. The runner feeds each log line to them and turns matches into
 * annotations. This test runs hvlint's stylish output through a port of the runner's matcher
 * (actions/runner src/Runner.Worker/IssueMatcher.cs, Match) with setup-node's real definitions
 * (__tests__/fixtures/problem-matchers/), and checks what annotations a workflow would show.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';
import { MATCHER_REGEXPS } from '../../src/report/stylish.js';

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}
interface Annotation {
  owner: string;
  file?: string;
  line?: string;
  column?: string;
  severity?: string;
  message?: string;
}

const FIXTURES = path.resolve('__tests__/fixtures/problem-matchers');
const MATCHERS = ['tsc', 'eslint-stylish', 'eslint-compact'].map((name) => {
  const config = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8')).problemMatcher[0];
  return { owner: config.owner as string, patterns: config.pattern as Pattern[] };
});

/** The runner's IssueMatcher.Match, one matcher: patterns tried last to first, with a running match. */
function matcher(owner: string, patterns: Pattern[]): (line: string) => Annotation | undefined {
  const regexes = patterns.map((p) => new RegExp(p.regexp));
  type Partial = Record<string, string | undefined>;
  let state: Array<Partial | undefined> = new Array(patterns.length - 1).fill(undefined);
  const take = (p: Pattern, groups: RegExpExecArray, running: Partial | undefined): Partial => {
    const get = (i: number | undefined): string | undefined => (i !== undefined ? groups[i] : undefined);
    return {
      file: running?.file ?? get(p.file),
      line: running?.line ?? get(p.line),
      column: running?.column ?? get(p.column),
      severity: running?.severity ?? get(p.severity),
      message: running?.message ?? get(p.message),
    };
  };
  return (line) => {
    if (patterns.length === 1) {
      const m = regexes[0]!.exec(line);
      return m ? { owner, ...take(patterns[0]!, m, undefined) } : undefined;
    }
    for (let i = patterns.length - 1; i >= 0; i--) {
      const running = i > 0 ? state[i - 1] : undefined;
      if (i !== 0 && running === undefined) continue;
      const isLast = i === patterns.length - 1;
      const m = regexes[i]!.exec(line);
      if (m) {
        if (isLast) {
          state = new Array(patterns.length - 1).fill(undefined);
          if (patterns[i]!.loop) state[i - 1] = running;
          return { owner, ...take(patterns[i]!, m, running) };
        }
        state[i] = take(patterns[i]!, m, running);
      } else if (isLast) state[i - 1] = undefined;
      else state[i] = undefined;
    }
    return undefined;
  };
}

/** Annotations a log gives: workflow commands (the runner handles those before the matchers see a line) and matcher hits. */
function annotate(log: string): { commands: Annotation[]; matched: Annotation[] } {
  const matchers = MATCHERS.map((m) => matcher(m.owner, m.patterns));
  const commands: Annotation[] = [];
  const matched: Annotation[] = [];
  for (const line of log.split('\n')) {
    const command = /^::(error|warning|notice) ([^:]*)::(.*)$/.exec(line);
    if (command) {
      const props = Object.fromEntries(command[2]!.split(',').map((kv) => kv.split('=') as [string, string]));
      commands.push({
        owner: 'command',
        severity: command[1],
        file: props['file'],
        line: props['line'],
        column: props['col'],
        message: command[3],
      });
      continue;
    }
    if (line.startsWith('::')) continue;
    for (const match of matchers) {
      const hit = match(line);
      if (hit) matched.push(hit);
    }
  }
  return { commands, matched };
}

async function examples(env: Record<string, string>, extra: string[] = []) {
  return runCli(['examples/', ...extra], process.cwd(), { env });
}

test('the copied matcher definitions are the ones hvlint defuses', () => {
  const byOwner = Object.fromEntries(MATCHERS.map((m) => [m.owner, m.patterns]));
  expect(byOwner['tsc']![0]!.regexp).toBe(MATCHER_REGEXPS.tsc);
  expect(byOwner['eslint-compact']![0]!.regexp).toBe(MATCHER_REGEXPS['eslint-compact']);
  // eslint-stylish's finding line starts with digits after the indent: the severity mark prevents that.
  expect(byOwner['eslint-stylish']![1]!.regexp).toBe('^\\s+(\\d+):(\\d+)\\s+(error|warning|info)\\s+(.*)\\s\\s+(.*)$');
});

test('without the GitHub Actions layout, eslint-stylish takes snippet and related lines for file names', async () => {
  // What the matcher port sees in ESLint-like output: the reason for the layout below.
  const run = await examples({});
  const { matched } = annotate(run.stdout);
  expect(matched.length).toBeGreaterThan(0);
  expect(matched.some((a) => a.owner === 'eslint-stylish' && !/^examples\/[a-z]+\.yaml$/.test(a.file ?? ''))).toBe(
    true,
  );
});

test('GITHUB_ACTIONS=true: no matcher fires, and each finding is annotated exactly once, at its place', async () => {
  const run = await examples({ GITHUB_ACTIONS: 'true' });
  expect(run.code).toBe(1);
  const { commands, matched } = annotate(run.stdout);
  expect(matched).toEqual([]);
  const json = JSON.parse((await runCli(['examples/', '-f', 'json'], process.cwd())).stdout);
  const expected = json.findings.map((f: any) => `${f.severity} ${f.file}:${f.line}:${f.column}`).sort();
  // Commands without a file are the notice that counts what GitHub would not show.
  const located = commands.filter((a) => a.file !== undefined);
  expect(located.map((a) => `${a.severity} ${a.file}:${a.line}:${a.column}`).sort()).toEqual(expected);
  // The human report is still there, in a layout people read the same way.
  expect(run.stdout).toMatch(/^ {2}[✖⚠] 45:3 {2}(error|warning) {2}switch "SW-CORE01" has no bridge multicast group/m);
  expect(run.stdout).toMatch(/^::group::hvlint annotations$/m);
});

test('user text shaped like a tsc or eslint-compact line does not become an annotation', async () => {
  const { dir, cleanup } = tempEstate({
    'host.yaml': [
      'apiVersion: hvlint/v1',
      'kind: HyperVHost',
      'metadata:',
      '  name: HV01',
      'spec:',
      '  os: windows-server-2008 # x.ts(1,2): error TS1005: a; y.js: line 3, col 4, Error - boom (no-undef)',
      '  domain: corp.example.com',
      '',
    ].join('\n'),
  });
  try {
    const plain = annotate((await runCli([], dir)).stdout);
    expect(plain.matched.map((a) => a.owner)).toContain('eslint-compact');
    const run = await runCli([], dir, { env: { GITHUB_ACTIONS: 'true' } });
    const { commands, matched } = annotate(run.stdout);
    expect(matched).toEqual([]);
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatchObject({ file: 'host.yaml', line: '6', column: '7', severity: 'error' });
  } finally {
    cleanup();
  }
});

test('a report written to a file (-o) is not the log: no workflow commands in it', async () => {
  const { dir, cleanup } = tempEstate({});
  try {
    const out = path.join(dir, 'report.txt');
    await runCli(['examples/', '-o', out], process.cwd(), { env: { GITHUB_ACTIONS: 'true' } });
    const text = fs.readFileSync(out, 'utf8');
    expect(text).not.toMatch(/^::/m);
    expect(text).toMatch(/^ {2}45:3 {2}(error|warning) {2}switch "SW-CORE01"/m);
  } finally {
    cleanup();
  }
});
