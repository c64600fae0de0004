/**
 * The README's commands on the example estate: `npx hvlint drift --inventory examples/inventory
 * examples/` shows the drifts examples/inventory was written with, in every format; `npx hvlint
 * examples/` never reads the inventory (it is JSON and text, not YAML).
 */
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { categoryOf, LIVE_PREFIX } from '../../src/drift/audit.js';

const ROOT = path.resolve('.');
const ARGS = ['drift', '--inventory', 'examples/inventory', 'examples/'];

interface JsonReport {
  findings: Array<{
    ruleId: string;
    file: string;
    line: number;
    message: string;
    related: Array<{ file: string; line: number }>;
  }>;
  summary: { files: number; documents: number; errors: number };
}

async function jsonReport(): Promise<JsonReport> {
  const run = await runCli([...ARGS, '--format', 'json'], ROOT);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(1);
  return JSON.parse(run.stdout) as JsonReport;
}

test('the drifts written into examples/inventory, at the manifests, each with where reality shows it', async () => {
  const report = await jsonReport();
  const drift = report.findings.filter((f) => f.ruleId.startsWith('drift-'));
  expect(
    drift.map((f) => `${f.file}:${f.line} ${f.ruleId} → ${f.related.map((r) => `${r.file}:${r.line}`).join(', ')}`),
  ).toEqual([
    'examples/network.yaml:45 drift-bridge-group → examples/inventory/switches/SW-CORE01.txt:64',
    'examples/network.yaml:49 drift-bridge-group → examples/inventory/switches/SW-CORE01.txt:63',
    'examples/nlb.yaml:17 drift-nlb-nodes → examples/inventory/WEB01/Get-NlbCluster.json:3',
    'examples/vms.yaml:13 drift-vm-checkpoint → examples/inventory/HV01/Get-VMSnapshot.json:5',
    'examples/vms.yaml:71 drift-vm-mac-spoofing → examples/inventory/HV02/Get-VMNetworkAdapter.json:21',
  ]);
  expect(drift.map((f) => f.message)).toEqual([
    'switch "SW-CORE01" has bridge multicast group 01:00:5e:7f:04:0a on VLAN 20, which the manifest does not declare; add it to the manifest, or remove it',
    'bridge multicast group 01:00:5e:7f:03:e8 on VLAN 20 of switch "SW-CORE01" lacks member LAG 1; add it (bridge multicast address 01:00:5e:7f:03:e8 add port-channel 1 under interface vlan 20), or remove it from the manifest',
    'VM "WEB02" is a declared node of NLB cluster "NLB-WEB" but the cluster does not have it; add it (Add-NlbClusterNode), or remove it from the manifest',
    'VM "WEB01" has a standard checkpoint "before-iis-update" (created 2026-05-28T06:15:00Z) that the manifest does not list; remove it (Remove-VMSnapshot) or declare it',
    'adapter "NLB" of VM "WEB02" has MAC address spoofing off, not on; run Set-VMNetworkAdapter -MacAddressSpoofing On, or fix the manifest',
  ]);
});

test('the example inventory reads cleanly: no inventory problems, and the policy findings of the manifests are not repeated', async () => {
  const report = await jsonReport();
  expect(report.findings.filter((f) => f.ruleId.startsWith('drift-inventory'))).toEqual([]);
  // Everything not drift is the live estate breaking a policy: labelled, and not also a finding of the manifests.
  const rest = report.findings.filter((f) => !f.ruleId.startsWith('drift-'));
  for (const f of rest) expect(f.message.startsWith(LIVE_PREFIX)).toBe(true);
  const lint = await runCli(['examples/', '--format', 'json'], ROOT);
  const declared = new Set((JSON.parse(lint.stdout) as JsonReport).findings.map((f) => `${f.ruleId} ${f.message}`));
  for (const f of rest) expect(declared.has(`${f.ruleId} ${f.message.slice(LIVE_PREFIX.length)}`)).toBe(false);
});

test('bridge multicast filtering and per-port unregistered filtering in the running config give no false finding (§2.1)', async () => {
  // SW-CORE01.txt has the global `bridge multicast filtering` and `bridge multicast unregistered filtering`
  // on the router uplink g24; the hosts' LAGs forward unregistered multicast (the default).
  const report = await jsonReport();
  const multicast = report.findings.filter((f) =>
    ['switch-igmp-snooping', 'switch-multicast-filtering', 'drift-switch-igmp-snooping'].includes(f.ruleId),
  );
  expect(multicast).toEqual([]);
  // And the reader did see both settings, where they really are (the rules' tests show they would be reported).
  const { parseSwitchConfig } = await import('../../src/drift/inventory/switch-config.js');
  const { SourceFile } = await import('../../src/load/source.js');
  const fs = await import('node:fs');
  const text = fs.readFileSync(path.join(ROOT, 'examples/inventory/switches/SW-CORE01.txt'), 'utf8');
  const observed = parseSwitchConfig(new SourceFile('SW-CORE01.txt', text), 'SW-CORE01');
  expect(observed.spec.bridgeMulticastFiltering).toBe(true);
  expect(observed.spec.vlans!.every((v) => !('unregisteredMulticast' in v))).toBe(true);
  expect(observed.spec.ports!.find((p) => p.name === 'g24')!.unregisteredMulticast).toBe('filter');
  expect(observed.spec.lags!.every((l) => l.unregisteredMulticast === undefined)).toBe(true);
});

test('the example estate shows a rule that applies by Windows version: SCSI for online backup on 2012 R2, not on 2019', async () => {
  const run = await runCli(['examples/', '--format', 'json'], ROOT);
  const report = JSON.parse(run.stdout) as JsonReport;
  const scsi = report.findings.filter((f) => f.ruleId === 'backup-needs-scsi-controller').map((f) => f.message);
  // MON01 runs on the 2012 R2 cluster; ARCH01, also generation 1 without SCSI and backed up online, on the 2019 host HV03.
  expect(scsi).toEqual([
    expect.stringMatching(
      /^VM "MON01" has no SCSI controller and can run on Windows Server 2012 R2 hosts "HV01", "HV02"/,
    ),
  ]);
  expect(report.findings.filter((f) => f.ruleId.startsWith('backup-') && f.message.includes('ARCH01'))).toEqual([]);
});

test('plain lint of examples/ reads the YAML files only, never the inventory', async () => {
  const run = await runCli(['examples/', '--format', 'json'], ROOT);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.summary.files).toBe(6);
  expect(report.findings.filter((f) => f.file.startsWith('examples/inventory/'))).toEqual([]);
});

describe('every format', () => {
  test('stylish: drift at the manifest with the inventory record under it', async () => {
    const run = await runCli(ARGS, ROOT);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('examples/vms.yaml\n');
    expect(run.stdout).toMatch(
      /71:27 {2}error {2}adapter "NLB" of VM "WEB02" has MAC address spoofing off, not on; .* {2}\[drift-vm-mac-spoofing\]/,
    );
    expect(run.stdout).toContain('→ examples/inventory/HV02/Get-VMNetworkAdapter.json:21:5: observed here');
  });

  test('sarif: a valid-looking SARIF 2.1.0 log with the drift results', async () => {
    const run = await runCli([...ARGS, '--format', 'sarif'], ROOT);
    const sarif = JSON.parse(run.stdout) as {
      version: string;
      runs: Array<{
        results: Array<{
          ruleId: string;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
        }>;
        tool: { driver: { rules: Array<{ id: string }> } };
      }>;
    };
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0]!.results;
    expect(
      results
        .filter((r) => r.ruleId === 'drift-vm-mac-spoofing')
        .map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri),
    ).toEqual(['examples/vms.yaml']);
    const ruleIds = new Set(sarif.runs[0]!.tool.driver.rules.map((r) => r.id));
    for (const result of results) expect(ruleIds.has(result.ruleId)).toBe(true);
  });

  test('github: workflow commands', async () => {
    const run = await runCli([...ARGS, '--format', 'github'], ROOT);
    expect(run.stdout.split('\n').filter((l) => l.includes('title=drift-vm-mac-spoofing'))).toEqual([
      expect.stringMatching(/^::error file=examples\/vms\.yaml,line=71,/),
    ]);
  });

  test('markdown: the drift report section', async () => {
    const run = await runCli([...ARGS, '--format', 'markdown'], ROOT);
    expect(run.stdout).toMatch(/^## hvlint drift report\n/);
    expect(run.stdout).toContain('❌ **5 drift findings**');
    expect(run.stdout).toContain('### Drift\n');
    expect(run.stdout).toContain(
      '| 🔴 error | examples/vms.yaml:71<br>observed: examples/inventory/HV02/Get-VMNetworkAdapter.json:21 | adapter "NLB" of VM "WEB02" has MAC address spoofing off, not on;',
    );
  });

  test('json: findings carry their category through rule id and prefix', async () => {
    const report = await jsonReport();
    const categories = new Set(
      report.findings.map((f) =>
        categoryOf({
          ...f,
          severity: 'error',
          column: 1,
          endLine: 1,
          endColumn: 1,
          startOffset: 0,
          endOffset: 0,
          related: [],
        }),
      ),
    );
    expect(categories.has('drift')).toBe(true);
    expect(categories.has('inventory')).toBe(false);
  });
});

describe('usage', () => {
  test('--inventory is required', async () => {
    const run = await runCli(['drift', 'examples/'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--inventory <dir> is required');
  });

  test('the inventory must be a directory', async () => {
    const run = await runCli(['drift', '--inventory', 'examples/vms.yaml', 'examples/'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not a directory');
  });

  test('help, and the command list names drift', async () => {
    expect((await runCli(['drift', '--help'], ROOT)).stdout).toContain('Usage: hvlint drift --inventory <dir>');
    expect((await runCli(['help'], ROOT)).stdout).toMatch(/drift\s+audit manifests against an inventory/);
  });

  test('--fail-on and --quiet', async () => {
    const quiet = await runCli([...ARGS, '--quiet', '--format', 'json'], ROOT);
    expect((JSON.parse(quiet.stdout) as JsonReport).findings.every((f) => !f.ruleId.includes('checkpoint'))).toBe(true);
    const bad = await runCli([...ARGS, '--fail-on', 'sometimes'], ROOT);
    expect(bad.code).toBe(2);
  });
});
