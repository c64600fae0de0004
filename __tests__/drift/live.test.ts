/**
 * The rule pack on the live estate: findings the manifests do not also have, labelled, at the
 * inventory record; ages judged as of the inventory's collection. Small test rules stand in for
 * the real pack so its changes cannot move these counts.
 */
import { driftTexts, LIVE_PREFIX } from '../../src/drift/audit.js';
import type { Rule } from '../../src/rules/types.js';
import { hostDir, inventoryOf, NOW } from './helpers.js';

/** Every adapter named NLB must have MAC address spoofing on. */
const spoofingRule: Rule = {
  meta: {
    id: 'test-nlb-spoofing',
    severity: 'error',
    area: 'nlb',
    description: 'Test.',
    fixable: false,
    messages: { off: 'adapter NLB of "{{vm}}" has spoofing off' },
    sources: ['test'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      (vm.spec.networkAdapters ?? []).forEach((adapter, i) => {
        if (adapter.name === 'NLB' && adapter.macAddressSpoofing !== true)
          report({
            doc: vm,
            path: ['spec', 'networkAdapters', i, 'macAddressSpoofing'],
            messageId: 'off',
            data: { vm: vm.name },
          });
      });
    }
  },
};

/** Checkpoints older than a week, by the clock. */
const ageRule: Rule = {
  meta: {
    id: 'test-checkpoint-age',
    severity: 'warning',
    area: 'vm',
    description: 'Test.',
    fixable: false,
    messages: { old: 'checkpoint "{{name}}" is {{days}} days old' },
    sources: ['test'],
  },
  check({ estate, now, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      (vm.spec.checkpoints ?? []).forEach((checkpoint, i) => {
        const days = Math.floor((now.getTime() - Date.parse(checkpoint.created!)) / 86_400_000);
        if (days > 7)
          report({
            doc: vm,
            path: ['spec', 'checkpoints', i],
            messageId: 'old',
            data: { name: checkpoint.name, days },
          });
      });
    }
  },
};

/** VMs must carry a role label (tests that labels come over from the manifest). */
const labelRule: Rule = {
  meta: {
    id: 'test-role-label',
    severity: 'warning',
    area: 'vm',
    description: 'Test.',
    fixable: false,
    messages: { none: 'VM "{{vm}}" has no role label' },
    sources: ['test'],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine'))
      if (!vm.labels['role']) report({ doc: vm, path: ['metadata', 'name'], messageId: 'none', data: { vm: vm.name } });
  },
};

const manifests = {
  'vms.yaml': ['WEB01', 'WEB02']
    .map(
      (name) => `apiVersion: hvlint/v1
kind: VirtualMachine
metadata: { name: ${name}, labels: { role: web } }
spec:
  generation: 2
  host: HV01
  networkAdapters:
    - { name: NLB, switch: vSwitch, vlan: 20, macAddressSpoofing: ${name === 'WEB01'} }
`,
    )
    .join('---\n'),
  'host.yaml':
    'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata: { name: HV01 }\nspec: { os: windows-server-2019, domain: corp.contoso.com }\n',
};

const adapter = (vm: string) => ({
  VMName: vm,
  Name: 'NLB',
  SwitchName: 'vSwitch',
  MacAddress: '00155D000001',
  DynamicMacAddressEnabled: true,
  MacAddressSpoofing: 1,
  VlanSetting: { OperationMode: 1, AccessVlanId: 20 },
});
// Collected 2026-05-31T21:00:00Z (helpers' header); the audit runs on 2026-06-01 (NOW) and later.
const inventory = inventoryOf(
  hostDir('HV01', {
    'Get-VM.json': [
      { Name: 'WEB01', Generation: 2 },
      { Name: 'WEB02', Generation: 2 },
      { Name: 'TEMP', Generation: 2 },
    ],
    'Get-VMNetworkAdapter.json': [adapter('WEB01'), adapter('WEB02')],
    'Get-VMSnapshot.json': [
      { VMName: 'WEB01', Name: 'four-days', SnapshotType: 0, CreationTime: '2026-05-27T21:00:00Z' },
      { VMName: 'WEB01', Name: 'ten-days', SnapshotType: 0, CreationTime: '2026-05-21T21:00:00Z' },
    ],
  }),
);

const live = (rules: Rule[], now = NOW) =>
  driftTexts(manifests, inventory, { rules, now }).findings.filter((f) => f.message.startsWith(LIVE_PREFIX));

test('what reality breaks and the manifests keep, at the inventory record; what both break, not again', () => {
  const findings = live([spoofingRule]);
  // WEB02's adapter has spoofing off in the manifests too: that is the lint's finding, not the audit's.
  expect(findings.map((f) => [f.ruleId, f.message, f.file, f.line])).toEqual([
    [
      'test-nlb-spoofing',
      `${LIVE_PREFIX}adapter NLB of "WEB01" has spoofing off`,
      'inv/HV01/Get-VMNetworkAdapter.json',
      4,
    ],
  ]);
  expect(findings[0]!.severity).toBe('error');
  expect(findings[0]!.document).toEqual({ kind: 'VirtualMachine', name: 'WEB01' });
});

test('ages are judged as of the collection, whenever the audit runs', () => {
  for (const now of [NOW, new Date('2027-01-01T00:00:00Z')]) {
    expect(live([ageRule], now).map((f) => [f.message, f.file, f.line])).toEqual([
      [`${LIVE_PREFIX}checkpoint "ten-days" is 10 days old`, 'inv/HV01/Get-VMSnapshot.json', 10],
    ]);
  }
});

test('labels come from the manifest: only the undeclared VM lacks one', () => {
  expect(live([labelRule]).map((f) => f.message)).toEqual([`${LIVE_PREFIX}VM "TEMP" has no role label`]);
});

test('a live finding is configured like the rule: off in .hvlint.yml, not reported', () => {
  const findings = driftTexts(manifests, inventory, {
    rules: [spoofingRule],
    now: NOW,
    config: { rules: { 'test-nlb-spoofing': 'off' } },
  }).findings;
  expect(findings.filter((f) => f.ruleId === 'test-nlb-spoofing')).toEqual([]);
});

test('the real rule pack runs on the live estate without internal errors', () => {
  const result = driftTexts(manifests, inventory, { now: NOW });
  expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([]);
  expect(result.observed.of('VirtualMachine').map((vm) => vm.name)).toEqual(['WEB01', 'WEB02', 'TEMP']);
});
