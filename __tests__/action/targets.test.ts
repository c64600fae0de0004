/**
 * The action's inputs as documented: working-directory, the config found from the paths, a
 * check run not named like the job, docs and action.yml in agreement, and honest logs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { load, loadAll } from 'js-yaml';
import { parseInputs } from '../../src/action/inputs.js';
import { runLintMode } from '../../src/action/lint.js';
import { DEFAULT_ISSUE_TITLE } from '../../src/action/drift.js';
import type { ActionContext, ActionCore } from '../../src/action/context.js';

const BAD =
  'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV01\nspec:\n  os: windows-server-2008\n  domain: corp.example.com\n';
const action = load(fs.readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
};
const docs = fs.readFileSync('docs/github-action.md', 'utf8');

interface Recorded {
  calls: Array<[string, string, Record<string, unknown>?]>;
}

function context(workspace: string, inputs: Record<string, string>): { ctx: ActionContext; rec: Recorded } {
  const rec: Recorded = { calls: [] };
  const record =
    (kind: string) =>
    (message: string, properties?: Record<string, unknown>): void => {
      rec.calls.push([kind, message, properties]);
    };
  const core: ActionCore = {
    debug: record('debug'),
    info: record('info'),
    notice: record('notice'),
    warning: record('warning'),
    error: record('error'),
    setOutput: (name, value) => rec.calls.push(['output', `${name}=${value}`]),
    setFailed: record('failed'),
    startGroup: record('group'),
    endGroup: () => undefined,
  };
  const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, String(v.default ?? '')]));
  const all: Record<string, string> = { ...defaults, 'github-token': '', ...inputs };
  const ctx: ActionContext = {
    inputs: parseInputs((name) => all[name] ?? ''),
    core,
    octokit: undefined,
    repo: { owner: 'o', repo: 'r' },
    eventName: 'push',
    payload: {},
    headSha: 'abc',
    workspace,
    serverUrl: 'https://github.com',
    tempDir: fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-action-tmp-')),
    stepId: 'hvlint',
    summary: { available: false, append: async () => undefined },
    now: new Date('2026-06-01T00:00:00Z'),
  };
  return { ctx, rec };
}

function workspace(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-ws-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('working-directory and the config next to the manifests', () => {
  const files = {
    'infra/.hvlint.yml': 'rules:\n  schema: warning\n',
    'infra/estate/host.yaml': BAD,
  };

  test('paths relative to working-directory; its .hvlint.yml applies; annotations relative to the workspace', async () => {
    const { ctx, rec } = context(workspace(files), { 'working-directory': 'infra', paths: 'estate' });
    await runLintMode(ctx);
    expect(rec.calls.filter(([k]) => k === 'failed')).toEqual([]);
    const annotations = rec.calls.filter(([k]) => k === 'warning' || k === 'error');
    expect(annotations.map(([k, , p]) => [k, p?.['file'], p?.['startLine']])).toEqual([
      ['warning', 'infra/estate/host.yaml', 6],
    ]);
  });

  test('paths pointing at a subfolder find the config above them, without working-directory', async () => {
    const { ctx, rec } = context(workspace(files), { paths: 'infra/estate' });
    await runLintMode(ctx);
    expect(rec.calls.filter(([k]) => k === 'failed')).toEqual([]);
    expect(rec.calls.some(([k, m]) => k === 'info' && m === 'hvlint: config infra/.hvlint.yml')).toBe(true);
  });

  test('a working-directory that is not a folder, and paths with nothing to check, fail the step', async () => {
    const ws = workspace(files);
    const missing = context(ws, { 'working-directory': 'nope' });
    await runLintMode(missing.ctx);
    expect(missing.rec.calls.filter(([k]) => k === 'failed').map(([, m]) => m)).toEqual([
      `hvlint: working-directory "nope" is not a folder in ${ws}`,
    ]);
    fs.mkdirSync(path.join(ws, 'empty'));
    const empty = context(ws, { paths: 'empty\ngone' });
    await runLintMode(empty.ctx);
    expect(empty.rec.calls.filter(([k]) => k === 'failed').map(([, m]) => m)).toEqual([
      'hvlint: nothing was checked in "gone" does not exist; "empty" holds no hvlint manifests (apiVersion: hvlint/v1): check paths and working-directory',
    ]);
  });
});

test('annotate: false never logs that findings were annotated', async () => {
  const { ctx, rec } = context(workspace({ 'host.yaml': BAD }), { annotate: 'false' });
  await runLintMode(ctx);
  const logged = rec.calls.filter(([k]) => k === 'info').map(([, m]) => m);
  expect(logged.some((m) => /annotated/.test(m))).toBe(false);
  expect(logged.some((m) => /annotations are off \(annotate: false\)/.test(m))).toBe(true);
  expect(rec.calls.filter(([k]) => k === 'error')).toEqual([]);
});

describe('action.yml and docs/github-action.md agree', () => {
  const table = new Map<string, string>();
  for (const m of docs.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)) table.set(m[1]!, m[2]!.trim());

  test('every input is documented, and every documented input exists', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
  });

  test('defaults agree', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      const fallback = String(input.default ?? '');
      if (fallback !== '') expect([name, table.get(name)]).toEqual([name, `\`${fallback}\``]);
    }
    expect(table.get('drift-issue-title')).toBe(`\`${DEFAULT_ISSUE_TITLE}\``);
    expect(action.inputs['drift-issue-title']!.description).toContain(`(default: ${DEFAULT_ISSUE_TITLE})`);
  });

  test('the check run is not named like any job in the documented workflows', () => {
    const jobIds = new Set<string>();
    for (const block of docs.matchAll(/```yaml\n([\s\S]*?)```/g)) {
      for (const doc of loadAll(block[1]!) as Array<Record<string, any> | null>) {
        for (const [id, job] of Object.entries(doc?.['jobs'] ?? {})) {
          jobIds.add(id);
          if ((job as any)?.name) jobIds.add(String((job as any).name));
        }
      }
    }
    expect(jobIds.has('hvlint')).toBe(true);
    expect(jobIds.has(String(action.inputs['check-name']!.default))).toBe(false);
  });
});
