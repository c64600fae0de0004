/**
 * `mode: drift` with `drift-pull-request: true`, run from the bundle against the fake GitHub API:
 * the first drifted run opens a pull request whose branch holds the minimal edits (made through
 * the git-refs and contents APIs), the tracking issue links to it, the next run updates the same
 * pull request in place (branch reset onto the base, edits again), a clean run closes it.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { ensureBundle, runAction, type ActionRun } from '../helpers/action-runner.js';
import { DRIFT_PR_MARKER, DEFAULT_PR_TITLE } from '../../src/action/drift-pr.js';

let github: FakeGitHub;
const workspaces: string[] = [];

beforeAll(() => ensureBundle());
beforeEach(async () => {
  github = await startFakeGitHub();
});
afterEach(async () => {
  await github.close();
});
afterAll(() => {
  for (const dir of workspaces) fs.rmSync(dir, { recursive: true, force: true });
});

const MANIFESTS = `# The web tier.
apiVersion: hvlint/v1
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
    - name: NLB
      switch: vSwitch
      vlan: 20
      macAddressSpoofing: true   # NLB needs it
`;

function writeInventory(workspace: string, spoofing: 0 | 1): void {
  const dir = path.join(workspace, 'inventory', 'HV01');
  fs.mkdirSync(dir, { recursive: true });
  const files: Record<string, string> = {
    'header.json': '{\r\n    "Host":  "HV01",\r\n    "CollectedAt":  "\\/Date(1780261200000)\\/"\r\n}',
    'Get-VM.json':
      '{\r\n    "Name":  "WEB01",\r\n    "Generation":  2,\r\n    "State":  2,\r\n    "IsClustered":  false\r\n}',
    'Get-VMNetworkAdapter.json': `{\r\n    "VMName":  "WEB01",\r\n    "Name":  "NLB",\r\n    "SwitchName":  "vSwitch",\r\n    "MacAddress":  "00155D0A1E03",\r\n    "DynamicMacAddressEnabled":  true,\r\n    "MacAddressSpoofing":  ${spoofing},\r\n    "VlanSetting":  {\r\n                        "OperationMode":  1,\r\n                        "AccessVlanId":  20\r\n                    }\r\n}`,
  };
  for (const name of ['Get-VMHardDiskDrive', 'Get-VMDvdDrive', 'Get-VMScsiController', 'Get-VHD', 'Get-VMSnapshot'])
    files[`${name}.json`] = '[]';
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
}

function workspaceWith(spoofing: 0 | 1): string {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-drift-pr-'));
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
    inputs: {
      mode: 'drift',
      inventory: 'inventory',
      paths: 'estate',
      'fail-on': 'error',
      'drift-pull-request': 'true',
      ...inputs,
    },
  });

const gitRequests = () =>
  github.requests
    .filter((r) => /\/(git|contents|pulls)/.test(r.path) || /\/repos\/contoso\/estate$/.test(r.path))
    .map((r) => `${r.method} ${decodeURIComponent(r.path.replace('/repos/contoso/estate', ''))} ${r.status}`);

test('drift proposes the update as a pull request, updates it in place, and closes it when drift is gone', async () => {
  const workspace = workspaceWith(1);
  github.seedBranch('main', { 'estate/vms.yaml': MANIFESTS });

  // 1. Drift: a branch from main with the one-line edit, a pull request, and the issue links to it.
  const first = await drift(workspace);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(1);
  expect(github.pulls.size).toBe(1);
  const pull = [...github.pulls.values()][0]!;
  expect([pull.state, pull.title, pull.head, pull.base]).toEqual([
    'open',
    DEFAULT_PR_TITLE,
    'hvlint/drift-update',
    'main',
  ]);
  expect(pull.body.startsWith(DRIFT_PR_MARKER)).toBe(true);
  expect(pull.body).toContain('- `estate/vms.yaml`');
  const proposed = github.filesOf('hvlint/drift-update').get('estate/vms.yaml')!;
  expect(proposed).toBe(
    MANIFESTS.replace('macAddressSpoofing: true   # NLB needs it', 'macAddressSpoofing: false   # NLB needs it'),
  );
  expect(github.filesOf('main').get('estate/vms.yaml')).toBe(MANIFESTS);
  expect(gitRequests()).toEqual([
    'GET /pulls 200',
    'GET  200',
    'GET /git/ref/heads/main 200',
    'GET /git/ref/heads/hvlint/drift-update 404',
    'POST /git/refs 201',
    'GET /contents/estate/vms.yaml 200',
    'PUT /contents/estate/vms.yaml 200',
    'POST /pulls 201',
  ]);
  expect(first.outputs['pull-request-number']).toBe(String(pull.number));
  const issue = [...github.issues.values()][0]!;
  expect(issue.body).toContain(
    `Proposed update of the manifests: [#${pull.number}](https://github.com/owner/repo/pull/${pull.number}).`,
  );
  expect(first.summary).toContain(`Proposed update of the manifests: [#${pull.number}]`);

  // 2. The same drift: the branch is reset onto main and edited again; the same pull request is updated.
  github.requests.length = 0;
  const second = await drift(workspace);
  expect(second.code).toBe(1);
  expect(github.pulls.size).toBe(1);
  expect(gitRequests()).toEqual([
    'GET /pulls 200',
    'GET  200',
    'GET /git/ref/heads/main 200',
    'GET /git/ref/heads/hvlint/drift-update 200',
    'PATCH /git/refs/heads/hvlint/drift-update 200',
    'GET /contents/estate/vms.yaml 200',
    'PUT /contents/estate/vms.yaml 200',
    `PATCH /pulls/${pull.number} 200`,
  ]);
  expect(github.filesOf('hvlint/drift-update').get('estate/vms.yaml')).toBe(proposed);

  // 3. Drift is gone: a comment, and the pull request is closed.
  writeInventory(workspace, 0);
  github.requests.length = 0;
  const third = await drift(workspace);
  expect(third.code).toBe(0);
  expect(pull.state).toBe('closed');
  expect(pull.comments.map((c) => c.body)).toEqual([
    `${DRIFT_PR_MARKER}\n✅ The manifests match the live estate now: nothing left to change. Closing.`,
  ]);
});

test('a token without contents: write leaves a warning, and the tracking issue is still kept', async () => {
  const workspace = workspaceWith(1);
  github.seedBranch('main', { 'estate/vms.yaml': MANIFESTS });
  github.deny(/\/git\/refs$/, { method: 'POST' });
  const run = await drift(workspace);
  expect(run.code).toBe(1);
  expect(github.pulls.size).toBe(0);
  expect(
    run.commands.some(
      (c) => c.command === 'warning' && c.message.includes('the drift pull request was not updated: HTTP 403'),
    ),
  ).toBe(true);
  expect(github.issues.size).toBe(1);
});
