/**
 * Run the bundled action (dist/index.js) as the GitHub runner does: a child process with
 * `INPUT_<NAME>` variables (upper-cased, dashes kept, defaults from action.yml filled in as
 * the runner does), the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, and GITHUB_API_URL pointing at a fake API. Returns what the runner would read.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load } from 'js-yaml';

/** Tests run from the repository root (jest's rootDir). */
export const ROOT = process.cwd();
export const ACTION_BUNDLE = path.join(ROOT, 'dist/index.js');

function newestMtime(target: string): number {
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function bundleIsStale(): boolean {
  if (!fs.existsSync(ACTION_BUNDLE)) return true;
  const built = fs.statSync(ACTION_BUNDLE).mtimeMs;
  const inputs = ['src', 'schemas', 'scripts', 'package.json', 'package-lock.json']
    .map((p) => path.join(ROOT, p))
    .filter((p) => fs.existsSync(p));
  return inputs.some((p) => newestMtime(p) > built);
}

/**
 * `npm run bundle` when dist/index.js is older than its sources. Test files in parallel
 * workers share one build: a lock directory (outside dist/, which the build replaces)
 * serialises them, and the staleness check is repeated under the lock.
 */
export function ensureBundle(): void {
  if (!bundleIsStale()) return;
  const lock = path.join(
    os.tmpdir(),
    `hvlint-bundle-${createHash('sha1').update(ROOT).digest('hex').slice(0, 12)}.lock`,
  );
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A build older than two minutes is abandoned.
      try {
        if (Date.now() - fs.statSync(lock).mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`waited too long for ${lock}`);
      execFileSync(process.execPath, ['-e', 'setTimeout(() => {}, 200)']);
    }
  }
  try {
    if (bundleIsStale()) execFileSync('npm', ['run', '--silent', 'bundle'], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Workflow commands (`::name props::message`) on stdout, unescaped. */
  commands: WorkflowCommand[];
  outputs: Record<string, string>;
  summary: string;
}

export interface ActionRunOptions {
  workspace: string;
  /** Inputs by action.yml name; unset ones get action.yml's default. */
  inputs?: Record<string, string>;
  eventName?: string;
  payload?: Record<string, unknown>;
  apiUrl: string;
  repository?: string;
  sha?: string;
  env?: Record<string, string>;
}

/** Inputs action.yml declares, with their defaults (`${{ github.token }}` becomes the test token). */
export function actionDefaults(token: string): Record<string, string> {
  const action = load(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input.default ?? '';
    defaults[name] = value === '${{ github.token }}' ? token : value;
  }
  return defaults;
}

function unescape(text: string, property: boolean): string {
  let out = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) out = out.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return out.replace(/%25/g, '%');
}

export function parseCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), true);
    }
    commands.push({ command: m[1]!, properties, message: unescape(m[3]!, false) });
  }
  return commands;
}

/** GITHUB_OUTPUT's `name<<delimiter` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]!);
      outputs[m[1]!] = value.join('\n');
    } else {
      const eq = lines[i]!.indexOf('=');
      if (eq > 0) outputs[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return outputs;
}

const runnerDirs: string[] = [];

/** Remove the runner directories (event, outputs, summary, RUNNER_TEMP) of every run so far. */
export function removeRunnerDirs(): void {
  for (const dir of runnerDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-runner-'));
  runnerDirs.push(runnerDir);
  const outputFile = path.join(runnerDir, 'output');
  const summaryFile = path.join(runnerDir, 'summary.md');
  const eventFile = path.join(runnerDir, 'event.json');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  fs.writeFileSync(eventFile, JSON.stringify(options.payload ?? {}));
  const token = 'ghs_faketoken';
  const inputs = { ...actionDefaults(token), ...(options.inputs ?? {}) };
  // A clean environment: nothing from the test runner's own GITHUB_* or INPUT_* leaks in.
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '',
    HOME: process.env['HOME'] ?? runnerDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'push',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: options.repository ?? 'contoso/estate',
    GITHUB_SHA: options.sha ?? 'a'.repeat(40),
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_RUN_ID: '42',
    GITHUB_ACTION: 'hvlint',
    RUNNER_TEMP: runnerDir,
    ...(options.env ?? {}),
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [ACTION_BUNDLE], {
    cwd: options.workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
  const run: ActionRun = {
    code,
    stdout,
    stderr,
    commands: parseCommands(stdout),
    outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')),
    summary: fs.readFileSync(summaryFile, 'utf8'),
  };
  return run;
}
