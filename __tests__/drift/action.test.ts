/**
 * `mode: drift` of the bundled action (dist/index.js, rebuilt by `npm run bundle` when stale), run
 * as the runner runs it against a fake GitHub API on 127.0.0.1 that records every request: the
 * first drifted run opens the tracking issue, the next run with the same drift updates it (still
 * one issue), a clean run closes it with a comment.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { ensureBundle, runAction, type ActionRun } from '../helpers/action-runner.js';
import { DRIFT_MARKER, DEFAULT_ISSUE_TITLE } from '../../src/action/drift.js';

let github: FakeGitHub;
const workspaces: string[] = [];

beforeAll(() => {
  ensureBundle();
});

beforeEach(async () => {
  github = await startFakeGitHub();
});

afterEach(async () => {
  await github.close();
});

afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

const MANIFESTS = `apiVersion: hvlint/v1
kind: HyperVHost
metadata: { name: HV01 }
spec: { os: windows-server-2019, domain: corp.contoso.com }
---
apiVersion: hvlint/v1
kind: VirtualMachine
metadata: { name: WEB01 }
spec:
  generation: 2
  host: HV01
  networkAdapters:
    - { name: NLB, switch: vSwitch, vlan: 20, macAddressSpoofing: true }
`;

/** Windows PowerShell 5.1 shapes; MacAddressSpoofing 0 is On (no drift), 1 is Off (drift). */
function writeInventory(workspace: string, spoofing: 0 | 1, options: { brokenVm?: boolean } = {}): void {
  const dir = path.join(workspace, 'inventory', 'HV01');
  fs.mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'header.json': '{\r\n    "Host":  "HV01",\r\n    "CollectedAt":  "\\/Date(1780261200000)\\/"\r\n}',
    'Get-VM.json': options.brokenVm
      ? '{\r\n    "Name":  "WEB01",\r\n    "Gener'
      : '{\r\n    "Name":  "WEB01",\r\n    "Generation":  2,\r\n    "State":  2,\r\n    "IsClustered":  false\r\n}',
    'Get-VMNetworkAdapter.json': `{\r\n    "VMName":  "WEB01",\r\n    "Name":  "NLB",\r\n    "SwitchName":  "vSwitch",\r\n    "MacAddress":  "00155D0A1E03",\r\n    "DynamicMacAddressEnabled":  true,\r\n    "MacAddressSpoofing":  ${spoofing},\r\n    "VlanSetting":  {\r\n                        "OperationMode":  1,\r\n                        "AccessVlanId":  20\r\n                    }\r\n}`,
  };
  for (const name of [
    'Get-VMHardDiskDrive.json',
    'Get-VMDvdDrive.json',
    'Get-VMScsiController.json',
    'Get-VHD.json',
    'Get-VMSnapshot.json',
  ])
    files[name] = '[]';
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

function workspaceWith(spoofing: 0 | 1): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-drift-action-'));
  workspaces.push(workspace);
  fs.mkdirSync(path.join(workspace, 'estate'));
  fs.writeFileSync(path.join(workspace, 'estate', 'vms.yaml'), MANIFESTS);
  writeInventory(workspace, spoofing);
  return workspace;
}

const drift = (workspace: string, inputs: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({
    workspace,
    apiUrl: github.url,
    eventName: 'schedule',
    inputs: { mode: 'drift', inventory: 'inventory', paths: 'estate', 'fail-on': 'error', ...inputs },
  });

const issueRequests = () =>
  github.requests
    .filter((r) => /\/repos\/contoso\/estate\/issues/.test(r.path))
    .map((r) => `${r.method} ${r.path.replace('/repos/contoso/estate', '')} ${r.status}`);

test('drift opens the tracking issue, the same drift updates it, a clean run closes it', async () => {
  const workspace = workspaceWith(1);

  // 1. Drift appears: one issue, created.
  const first = await drift(workspace);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(1);
  expect(github.issues.size).toBe(1);
  const issue = [...github.issues.values()][0]!;
  expect(issue.state).toBe('open');
  expect(issue.title).toBe(DEFAULT_ISSUE_TITLE);
  expect(issue.body.startsWith(`${DRIFT_MARKER}\n## hvlint drift report`)).toBe(true);
  expect(issue.body).toContain('adapter "NLB" of VM "WEB01" has MAC address spoofing off, not on');
  expect(issue.body).toContain('[estate/vms.yaml:13](https://github.com/contoso/estate/blob/');
  expect(issueRequests()).toEqual(['GET /issues 200', 'POST /issues 201']);
  expect(first.outputs['issue-number']).toBe(String(issue.number));
  expect(first.outputs['drift']).toBe('1');
  expect(first.summary).toContain('## hvlint drift report');
  expect(first.summary).toContain(
    `Tracking issue [#${issue.number}](https://github.com/owner/repo/issues/${issue.number}): created.`,
  );
  expect(
    first.commands
      .filter((c) => c.command === 'error' && c.properties['title'] === 'drift-vm-mac-spoofing')
      .map((c) => `${c.properties['file']}:${c.properties['line']}`),
  ).toEqual(['estate/vms.yaml:13']);
  expect(
    first.commands.some(
      (c) => c.command === 'error' && !c.properties['file'] && c.message.includes('at or above fail-on "error"'),
    ),
  ).toBe(true);

  // 2. The same drift: the issue's body is replaced; still one issue.
  github.requests.length = 0;
  const second = await drift(workspace);
  expect(second.code).toBe(1);
  expect(github.issues.size).toBe(1);
  expect(issueRequests()).toEqual(['GET /issues 200', `PATCH /issues/${issue.number} 200`]);
  const patch = github.requests.find((r) => r.method === 'PATCH')!;
  expect(patch.body.body.startsWith(DRIFT_MARKER)).toBe(true);
  expect(patch.body.state).toBeUndefined();
  expect(issue.state).toBe('open');
  expect(second.summary).toContain(`): updated.`);

  // 3. Drift is gone: a comment, then closed.
  writeInventory(workspace, 0);
  github.requests.length = 0;
  const third = await drift(workspace);
  expect(third.stderr).toBe('');
  expect(third.code).toBe(0);
  expect(github.issues.size).toBe(1);
  expect(issueRequests()).toEqual([
    'GET /issues 200',
    `POST /issues/${issue.number}/comments 201`,
    `PATCH /issues/${issue.number} 200`,
  ]);
  expect(issue.state).toBe('closed');
  expect(issue.comments.map((c) => c.body)).toEqual([
    expect.stringContaining(
      'Drift is gone: the live estate matches the manifests as of the inventory collected 2026-05-31T21:00:00Z',
    ),
  ]);
  expect(third.summary).toContain('✅ **No drift**');
  expect(third.outputs['drift']).toBe('0');

  // 4. A clean run with no open issue touches no issue.
  github.requests.length = 0;
  const fourth = await drift(workspace);
  expect(fourth.code).toBe(0);
  expect(issueRequests()).toEqual(['GET /issues 200']);
}, 120_000);

test('the issue is found by its marker among other open issues, and an incomplete audit does not close it', async () => {
  const workspace = workspaceWith(0);
  github.addIssue({ title: 'unrelated', body: 'nothing to see' });
  const tracking = github.addIssue({ title: 'renamed by a human', body: `${DRIFT_MARKER}\nold report` });
  fs.writeFileSync(
    path.join(workspace, 'inventory', 'HV01', 'Get-VM.json'),
    '{\r\n    "Name":  "WEB01",\r\n    "Gener',
  );
  const run = await drift(workspace, { 'fail-on': 'never' });
  expect(run.code).toBe(0);
  expect(github.issues.size).toBe(2);
  expect(tracking.state).toBe('open');
  expect(tracking.title).toBe('renamed by a human');
  expect(tracking.body).toContain('The audit is incomplete');
  expect(tracking.body).toContain('inventory/HV01/Get-VM.json is not valid JSON');
  expect(run.summary).toContain(`Tracking issue [#${tracking.number}]`);
}, 120_000);

test('without issues: write the step warns and still reports', async () => {
  const workspace = workspaceWith(1);
  github.deny(/\/issues/, { method: 'GET' });
  const run = await drift(workspace, { 'fail-on': 'never', 'drift-issue-labels': 'drift, infra' });
  expect(run.code).toBe(0);
  expect(github.issues.size).toBe(0);
  expect(
    run.commands.filter((c) => c.command === 'warning' && c.message.includes('drift tracking issue was not updated'))
      .length,
  ).toBe(1);
  expect(run.summary).toContain('Tracking issue not updated: HTTP 403');
  expect(run.summary).toContain('MAC address spoofing off');
}, 120_000);

test('labels and title of a new issue; a missing inventory input fails the step with what to give', async () => {
  const workspace = workspaceWith(1);
  await drift(workspace, {
    'fail-on': 'never',
    'drift-issue-labels': 'drift, infra',
    'drift-issue-title': 'Estate drift',
  });
  const issue = [...github.issues.values()][0]!;
  expect([issue.title, issue.labels]).toEqual(['Estate drift', ['drift', 'infra']]);

  const missing = await runAction({ workspace, apiUrl: github.url, inputs: { mode: 'drift' } });
  expect(missing.code).toBe(1);
  expect(missing.commands.find((c) => c.command === 'error')!.message).toContain(
    'mode drift needs the "inventory" input',
  );
}, 120_000);
