/**
 * The comparison, message by message: each case is a small declared estate and inventory, and
 * the exact drift it must give. A last test checks that the cases reach every message of every
 * drift rule (drift-inventory's are reached by powershell.test.ts) with every placeholder filled.
 */
import { driftTexts } from '../../src/drift/audit.js';
import { DRIFT_RULES } from '../../src/rules/drift.js';
import type { InventoryInput } from '../../src/drift/inventory/index.js';
import type { Finding } from '../../src/types.js';
import { docExample, docPage, docSection, hostDir, inventoryOf, NOW, show, utf8 } from './helpers.js';

const HOSTS = ['HV01', 'HV02']
  .map(
    (h) =>
      `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata: { name: ${h} }\nspec: { os: windows-server-2019, domain: corp.contoso.com, cluster: HVC }\n`,
  )
  .join('---\n');
const CLUSTER =
  'apiVersion: hvlint/v1\nkind: HyperVCluster\nmetadata: { name: HVC }\nspec: { domain: corp.contoso.com, nodes: [HV01, HV02] }\n';

function vmYaml(name: string, spec: string, placement = 'host: HV01'): string {
  return `apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata: { name: ${name} }\nspec:\n  generation: 2\n  ${placement}\n${spec}`;
}

const estate = (...docs: string[]): Record<string, string> => ({
  'estate.yaml': [HOSTS, CLUSTER, ...docs].join('---\n'),
});

const seen = new Set<string>();

function audit(manifests: Record<string, string>, inventory: InventoryInput, config = {}): Finding[] {
  const findings = driftTexts(manifests, inventory, { now: NOW, rules: [], config }).findings;
  for (const f of findings) {
    seen.add(`${f.ruleId}/${f.messageId}`);
    expect(f.message).not.toMatch(/\{\{/);
  }
  return findings;
}

const ids = (findings: Finding[]): string[] => findings.map((f) => `${f.ruleId}/${f.messageId}`);
const scsi = (vm: string, number = 0) => ({ VMName: vm, ControllerNumber: number });
const disk = (vm: string, path: string, location = 0, type: unknown = 1) => ({
  VMName: vm,
  Path: path,
  ControllerType: type,
  ControllerNumber: 0,
  ControllerLocation: location,
});
const dvd = (vm: string, path: string | null, location: number) => ({
  VMName: vm,
  Path: path,
  ControllerType: 1,
  ControllerNumber: 0,
  ControllerLocation: location,
});
const nic = (vm: string, name: string, extra: Record<string, unknown> = {}) => ({
  VMName: vm,
  Name: name,
  SwitchName: 'vSwitch',
  MacAddress: '00155D000001',
  DynamicMacAddressEnabled: true,
  MacAddressSpoofing: 'Off',
  VlanSetting: { OperationMode: 'Access', AccessVlanId: 10 },
  ...extra,
});

describe('virtual machines', () => {
  const WEB01 = vmYaml(
    'WEB01',
    `  controllers:
    - type: scsi
      number: 0
      drives:
        - { location: 0, path: 'C:\\VMs\\WEB01.vhdx', format: vhdx, type: dynamic }
        - { location: 1, kind: dvd }
  networkAdapters:
    - { name: LAN, switch: vSwitch, vlan: 10 }
`,
  );
  const clean = {
    'Get-VM.json': [{ Name: 'WEB01', Generation: 2 }],
    'Get-VMScsiController.json': [scsi('WEB01')],
    'Get-VMHardDiskDrive.json': [disk('WEB01', 'C:\\VMs\\WEB01.vhdx')],
    'Get-VMDvdDrive.json': [dvd('WEB01', null, 1)],
    'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN')],
    'Get-VHD.json': [{ Path: 'C:\\VMs\\WEB01.vhdx', VhdFormat: 'VHDX', VhdType: 'Dynamic' }],
  };
  const run = (files: Record<string, unknown>) =>
    audit(estate(WEB01), inventoryOf(hostDir('HV01', { ...clean, ...files })));

  test('a clean inventory gives nothing', () => {
    expect(run({}).map(show)).toEqual([]);
  });

  test.each([
    ['a missing drive', { 'Get-VMDvdDrive.json': [] }, ['drift-vm-drive/missing']],
    [
      'an undeclared drive, at its controller',
      { 'Get-VMHardDiskDrive.json': [disk('WEB01', 'C:\\VMs\\WEB01.vhdx'), disk('WEB01', 'C:\\VMs\\extra.vhdx', 2)] },
      ['drift-vm-drive/undeclared'],
    ],
    [
      'a DVD drive where a disk is declared',
      { 'Get-VMHardDiskDrive.json': [], 'Get-VMDvdDrive.json': [dvd('WEB01', null, 0), dvd('WEB01', null, 1)] },
      ['drift-vm-drive/kind'],
    ],
    [
      'an ISO in a DVD drive declared empty',
      { 'Get-VMDvdDrive.json': [dvd('WEB01', 'C:\\ISO\\tools.iso', 1)] },
      ['drift-vm-drive/path'],
    ],
    [
      'an undeclared SCSI controller',
      { 'Get-VMScsiController.json': [scsi('WEB01'), scsi('WEB01', 1)] },
      ['drift-vm-controller/undeclared'],
    ],
    [
      'a VHDX that is a VHD',
      { 'Get-VHD.json': [{ Path: 'C:\\VMs\\WEB01.vhdx', VhdFormat: 2, VhdType: 3 }] },
      ['drift-vm-disk/format'],
    ],
    [
      'an undeclared adapter',
      { 'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN'), nic('WEB01', 'Network Adapter')] },
      ['drift-vm-adapter/undeclared'],
    ],
    [
      'a static MAC nobody declared',
      { 'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', { DynamicMacAddressEnabled: false })] },
      ['drift-vm-adapter/mac'],
    ],
    [
      'a trunk adapter',
      { 'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', { VlanSetting: { OperationMode: 2, AccessVlanId: 0 } })] },
      ['drift-vm-adapter-vlan/vlan'],
    ],
    [
      'a disconnected adapter',
      { 'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', { SwitchName: null })] },
      ['drift-vm-adapter-switch/switch'],
    ],
    [
      'the same names in another case are no drift',
      {
        'Get-VM.json': [{ Name: 'web01', Generation: 2 }],
        'Get-VMNetworkAdapter.json': [nic('web01', 'lan', { SwitchName: 'VSWITCH' })],
      },
      [],
    ],
  ])('%s', (_name, files, expected) => {
    expect(ids(run(files))).toEqual(expected);
  });

  test('messages say what differs and what to do', () => {
    const [trunk] = run({
      'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', { VlanSetting: { OperationMode: 'Trunk' } })],
    });
    expect(trunk!.message).toBe(
      'adapter "LAN" of VM "WEB01" is in trunk mode, not on VLAN 10; run Set-VMNetworkAdapterVlan, or fix the manifest',
    );
    const [mac] = run({ 'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', { DynamicMacAddressEnabled: false })] });
    expect(mac!.message).toBe(
      'adapter "LAN" of VM "WEB01" has MAC address 00-15-5d-00-00-01 (static), not a dynamic one; fix the adapter or the manifest',
    );
    const [off] = run({ 'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', { SwitchName: null })] });
    expect(off!.message).toBe(
      'adapter "LAN" of VM "WEB01" is connected to no switch, not switch "vSwitch"; run Connect-VMNetworkAdapter, or fix the manifest',
    );
  });

  test('a declared static MAC: equal in any notation, different, or dynamic in reality', () => {
    const declared = estate(
      vmYaml(
        'WEB01',
        '  networkAdapters:\n    - { name: LAN, switch: vSwitch, vlan: 10, macAddress: "00:15:5D:00:00:01" }\n',
      ),
    );
    const with_ = (extra: Record<string, unknown>) =>
      ids(
        audit(
          declared,
          inventoryOf(
            hostDir('HV01', {
              'Get-VM.json': [{ Name: 'WEB01', Generation: 2 }],
              'Get-VMNetworkAdapter.json': [nic('WEB01', 'LAN', extra)],
            }),
          ),
        ),
      );
    expect(with_({ DynamicMacAddressEnabled: false })).toEqual([]);
    expect(with_({ DynamicMacAddressEnabled: false, MacAddress: '00155D000002' })).toEqual(['drift-vm-adapter/mac']);
    expect(with_({ DynamicMacAddressEnabled: true })).toEqual(['drift-vm-adapter/mac']);
  });

  test('a checkpoint that is gone', () => {
    const declared = estate(
      vmYaml('WEB01', '  checkpoints:\n    - { name: before-patch, created: "2026-01-01T00:00:00Z" }\n'),
    );
    const findings = audit(
      declared,
      inventoryOf(hostDir('HV01', { 'Get-VM.json': [{ Name: 'WEB01', Generation: 2 }] })),
    );
    expect(findings.map(show)).toEqual([
      'estate.yaml:23 drift-vm-checkpoint/gone: checkpoint "before-patch" of VM "WEB01" no longer exists; remove it from the manifest',
    ]);
  });

  test("a checkpoint's .avhdx is the declared disk: the checkpoint is reported, not the path", () => {
    const findings = run({
      'Get-VMHardDiskDrive.json': [disk('WEB01', 'C:\\VMs\\WEB01_8A2C.avhdx')],
      'Get-VHD.json': [
        { Path: 'C:\\VMs\\WEB01_8A2C.avhdx', VhdFormat: 3, VhdType: 4, ParentPath: 'C:\\VMs\\WEB01.vhdx' },
        { Path: 'C:\\VMs\\WEB01.vhdx', VhdFormat: 3, VhdType: 3 },
      ],
      'Get-VMSnapshot.json': [
        { VMName: 'WEB01', Name: 'before-update', SnapshotType: 0, CreationTime: '/Date(1780000000000)/' },
      ],
    });
    expect(ids(findings)).toEqual(['drift-vm-checkpoint/present']);
  });

  test('a record that could not be read makes its data set incomplete: nothing is called missing from it', () => {
    const findings = run({
      'Get-VMDvdDrive.json': [{ ...dvd('WEB01', null, 1), ControllerType: 'NVMe' }],
      'Get-VMNetworkAdapter.json': [{ VMName: 'WEB01' }],
    });
    expect(ids(findings)).toEqual(['drift-inventory/enum', 'drift-inventory/missing']);
  });
});

describe('which VMs are audited', () => {
  const CLUSTERED = vmYaml('APP01', '', 'cluster: HVC');
  const STANDALONE = vmYaml('SA01', '', 'host: HV02');

  test('a clustered VM is missing only when every node of its cluster was exported', () => {
    const one = audit(estate(CLUSTERED, STANDALONE), inventoryOf(hostDir('HV01', { 'Get-VM.json': [] })));
    expect(ids(one)).toEqual([]);
    const both = audit(
      estate(CLUSTERED, STANDALONE),
      inventoryOf(hostDir('HV01', { 'Get-VM.json': [] }), hostDir('HV02', { 'Get-VM.json': [] })),
    );
    expect(both.map((f) => `${f.ruleId} ${f.document?.name}`)).toEqual([
      'drift-vm-missing APP01',
      'drift-vm-missing SA01',
    ]);
    expect(both[0]!.message).toBe(
      'VirtualMachine "APP01" is declared but no audited host has it (audited: HV01, HV02); create it, or remove the manifest',
    );
  });

  test('a VM found anywhere is compared, and an undeclared one is reported in the inventory', () => {
    const findings = audit(
      estate(CLUSTERED),
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [
            { Name: 'APP01', Generation: 1, IsClustered: true },
            { Name: 'TEMP', Generation: 2 },
          ],
        }),
      ),
    );
    expect(findings.map(show)).toEqual([
      'estate.yaml:20 drift-vm-generation/generation: VM "APP01" is generation 1, not 2; the generation cannot change after creation, so fix the manifest or rebuild the VM',
      'inv/HV01/Get-VM.json:8 drift-vm-undeclared/undeclared: VM "TEMP" runs on HV01 but no VirtualMachine manifest declares it; add a manifest, or remove the VM',
    ]);
  });

  test('a host whose Get-VM.json is broken is not audited', () => {
    const findings = audit(estate(STANDALONE), inventoryOf(hostDir('HV02', { 'Get-VM.json': utf8('[{"Name": ') })));
    expect(ids(findings)).toEqual(['drift-inventory/json']);
  });
});

describe('NLB clusters', () => {
  const NLB = `apiVersion: hvlint/v1
kind: NlbCluster
metadata: { name: NLB-WEB }
spec:
  vip: 172.31.3.232
  mode: igmp-multicast
  vlan: 20
  nodes:
    - { vm: WEB01, adapter: NLB }
    - { vm: WEB02, adapter: NLB }
`;
  const node = (host: string, mode: string, nodes = ['WEB01', 'WEB02'], name = 'NLB-WEB') => [
    { rel: `${host}/header.json`, bytes: utf8(JSON.stringify({ Host: host })) },
    {
      rel: `${host}/Get-NlbCluster.json`,
      bytes: utf8(JSON.stringify({ Name: name, IPAddress: '172.31.3.232', OperationMode: mode })),
    },
    {
      rel: `${host}/Get-NlbClusterNode.json`,
      bytes: utf8(JSON.stringify(nodes.map((n) => ({ Cluster: name, Name: n, InterfaceName: 'NLB' })))),
    },
    { rel: `${host}/Get-NlbClusterVip.json`, bytes: utf8('[]') },
  ];

  test('nodes disagreeing on the mode: one finding per node that differs from the manifest', () => {
    const findings = audit(
      { 'nlb.yaml': NLB },
      inventoryOf(node('WEB01', 'IGMPMULTICAST'), node('WEB02', 'MULTICAST')),
    );
    expect(findings.map(show)).toEqual([
      'nlb.yaml:10 drift-nlb-mode/node: node "WEB02" of NLB cluster "NLB-WEB" reports multicast mode, not igmp-multicast; all nodes must use one mode: set it on that node',
    ]);
  });

  test('an undeclared node', () => {
    const findings = audit(
      { 'nlb.yaml': NLB },
      inventoryOf(node('WEB01', 'IGMPMULTICAST', ['WEB01', 'WEB02', 'WEB03'])),
    );
    expect(ids(findings)).toEqual(['drift-nlb-nodes/undeclared']);
  });

  test('not asked, not missing; asked and silent, missing', () => {
    expect(ids(audit({ 'nlb.yaml': NLB }, inventoryOf(hostDir('HV01', {}))))).toEqual([]);
    expect(
      ids(
        audit(
          { 'nlb.yaml': NLB },
          inventoryOf([
            { rel: 'WEB02/Get-NlbCluster.json', bytes: utf8('') },
            { rel: 'WEB02/Get-NlbClusterNode.json', bytes: utf8('') },
            { rel: 'WEB02/Get-NlbClusterVip.json', bytes: utf8('') },
          ]),
        ),
      ),
    ).toEqual(['drift-inventory/header', 'drift-nlb-missing/missing']);
  });
});

describe('switches', () => {
  const SWITCH = `apiVersion: hvlint/v1
kind: Switch
metadata: { name: SW01 }
spec:
  model: dell-powerconnect-5424
  igmpSnooping: true
  bridgeMulticastGroups:
    - { vlan: 20, group: 239.255.3.232, lags: [1] }
  staticArp:
    - { ip: 172.31.5.20, mac: "03-bf-ac-1f-05-14", vlan: 20 }
`;
  const config = (text: string): InventoryInput => ({
    root: 'inv',
    files: [{ rel: 'switches/SW01.txt', bytes: utf8(text) }],
  });
  const CLEAN =
    'ip igmp snooping\ninterface vlan 20\nbridge multicast address 01:00:5e:7f:03:e8 add port-channel 1\nexit\narp 172.31.5.20 03:bf:ac:1f:05:14 vlan 20\n';

  test('a clean configuration: the group given by IP in the manifest and by MAC on the switch is one group', () => {
    expect(audit({ 'sw.yaml': SWITCH }, config(CLEAN)).map(show)).toEqual([]);
  });

  test.each([
    ['IGMP snooping off globally', CLEAN.replace('ip igmp snooping\n', ''), ['drift-switch-igmp-snooping/global']],
    ['the group missing', CLEAN.replace(/interface vlan 20[\s\S]*?exit\n/, ''), ['drift-bridge-group/missing']],
    ['an extra member', CLEAN.replace('port-channel 1', 'port-channel 1-2'), ['drift-bridge-group/memberUndeclared']],
    [
      'an undeclared group (by IP on the switch)',
      CLEAN.replace('exit\n', 'bridge multicast address 239.255.4.10\nexit\n'),
      ['drift-bridge-group/undeclared'],
    ],
    ['the static ARP entry missing', CLEAN.replace(/arp .*\n/, ''), ['drift-switch-static-arp/missing']],
    [
      'the static ARP entry to another MAC',
      CLEAN.replace('03:bf:ac:1f:05:14', '02:bf:ac:1f:05:14'),
      ['drift-switch-static-arp/mac'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(ids(audit({ 'sw.yaml': SWITCH }, config(text)))).toEqual(expected);
  });

  test('the finding points at the manifest and the configuration line', () => {
    const [f] = audit({ 'sw.yaml': SWITCH }, config(CLEAN.replace('port-channel 1', 'port-channel 1-2')));
    expect(f!.message).toBe(
      'bridge multicast group 239.255.3.232 on VLAN 20 of switch "SW01" lacks'.replace(
        ' lacks',
        ' has member LAG 2, which the manifest does not list; add it to the manifest, or remove it from the group',
      ),
    );
    expect([f!.file, f!.line, f!.related.map((r) => `${r.file}:${r.line}`)]).toEqual([
      'sw.yaml',
      8,
      ['inv/switches/SW01.txt:3'],
    ]);
  });

  test('a configuration without a manifest, matched by its hostname line otherwise', () => {
    expect(
      ids(
        audit(
          { 'sw.yaml': SWITCH },
          { root: 'inv', files: [{ rel: 'switches/core.txt', bytes: utf8('hostname other') }] },
        ),
      ),
    ).toEqual(['drift-switch-undeclared/undeclared']);
    expect(
      ids(
        audit(
          { 'sw.yaml': SWITCH },
          { root: 'inv', files: [{ rel: 'switches/core.txt', bytes: utf8(`hostname SW01\n${CLEAN}`) }] },
        ),
      ),
    ).toEqual([]);
  });
});

describe('memory and processors', () => {
  const GiB = 1024 ** 3;
  const SQL = vmYaml(
    'SQL01',
    '  memory: { startupMB: 4096, minimumMB: 2048, maximumMB: 8192, dynamic: true }\n  processorCount: 4\n',
  );
  const vm = (extra: Record<string, unknown>) => ({
    Name: 'SQL01',
    Generation: 2,
    MemoryStartup: 4 * GiB,
    MemoryMinimum: 2 * GiB,
    MemoryMaximum: 8 * GiB,
    DynamicMemoryEnabled: true,
    ProcessorCount: 4,
    ...extra,
  });
  const run = (extra: Record<string, unknown>, hostYaml = ''): Finding[] =>
    audit(
      hostYaml
        ? { 'estate.yaml': [hostYaml, vmYaml('SQL01', '  memory: { startupMB: 4096 }\n')].join('---\n') }
        : estate(SQL),
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [vm(extra)],
          'Get-VMHost.json': { ComputerName: 'HV01', MemoryCapacity: 256 * GiB, LogicalProcessorCount: 32 },
        }),
      ),
    );

  test('the same memory and processors: no drift', () => {
    expect(run({}).map(show)).toEqual([]);
  });

  test('startup, minimum and maximum in MiB, each at its own key', () => {
    const found = run({ MemoryStartup: 6 * GiB, MemoryMaximum: 16 * GiB });
    expect(found.map((f) => [f.messageId, f.line, f.message])).toEqual([
      [
        'memory',
        expect.any(Number),
        'VM "SQL01" has startup memory 6144 MiB, not 4096 MiB; run Set-VMMemory -StartupBytes 4096MB (the VM may have to be off), or fix the manifest',
      ],
      ['memory', expect.any(Number), expect.stringContaining('maximum memory 16384 MiB, not 8192 MiB')],
    ]);
    expect(found.map((f) => f.path)).toEqual([
      ['spec', 'memory', 'startupMB'],
      ['spec', 'memory', 'maximumMB'],
    ]);
    expect(found[0]!.related.map((r) => r.file)).toEqual(['inv/HV01/Get-VM.json']);
  });

  test('dynamic memory switched off: reported once; minimum and maximum are then not compared', () => {
    const found = run({ DynamicMemoryEnabled: false, MemoryMinimum: 512 * 1024 * 1024, MemoryMaximum: 1024 * GiB });
    expect(ids(found)).toEqual(['drift-vm-resources/dynamic']);
    expect(found[0]!.message).toContain('dynamic memory off, not on; run Set-VMMemory -DynamicMemoryEnabled $true');
  });

  test('virtual processors', () => {
    expect(run({ ProcessorCount: 2 }).map((f) => f.message)).toEqual([
      'VM "SQL01" has 2 virtual processors, not 4; run Set-VMProcessor -Count 4 while the VM is off, or fix the manifest',
    ]);
  });

  test('host memory and logical processors from Get-VMHost, where the manifest states them', () => {
    const host = (spec: string) =>
      `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata: { name: HV01 }\nspec: { os: windows-server-2019, domain: corp.contoso.com${spec} }\n`;
    expect(run({}, host(''))).toEqual([]);
    expect(run({}, host(', memoryMB: 262144, logicalProcessors: 32'))).toEqual([]);
    const found = run({}, host(', memoryMB: 196608, logicalProcessors: 24'));
    expect(found.map((f) => [f.ruleId, f.messageId, f.path?.join('.')])).toEqual([
      ['drift-host-resources', 'memory', 'spec.memoryMB'],
      ['drift-host-resources', 'processors', 'spec.logicalProcessors'],
    ]);
    expect(found[1]!.message).toBe(
      'host "HV01" has 32 logical processors, not 24; fix the manifest (or check the BIOS: hyper-threading or cores disabled)',
    );
  });

  test('a memory size that is not a byte count is an inventory problem, not drift', () => {
    const found = run({ MemoryStartup: 'lots' });
    expect(ids(found)).toEqual(['drift-inventory/badValue']);
  });
});

describe('configuration', () => {
  const declared = estate(vmYaml('WEB01', ''));
  const inventory = inventoryOf(
    hostDir('HV01', {
      'Get-VM.json': [
        { Name: 'WEB01', Generation: 1 },
        { Name: 'TEMP', Generation: 2 },
      ],
    }),
  );

  test("a drift rule turned off is not run; severities are overridden like any rule's", () => {
    const findings = audit(declared, inventory, {
      rules: { 'drift-vm-undeclared': 'off', 'drift-vm-generation': 'warning' },
    });
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['drift-vm-generation warning']);
  });
});

test('the cases reach every message of every drift rule, placeholders filled', () => {
  const all = DRIFT_RULES.filter((m) => !m.id.startsWith('drift-inventory')).flatMap((m) =>
    Object.keys(m.messages).map((id) => `${m.id}/${id}`),
  );
  // The doc pages' Bad examples reach the rest.
  for (const meta of DRIFT_RULES) {
    const bad = docExample(docSection(docPage(meta.id), 'Bad'));
    for (const f of driftTexts(bad.manifests, bad.inventory, { now: NOW, rules: [] }).findings)
      seen.add(`${f.ruleId}/${f.messageId}`);
  }
  expect(all.filter((id) => !seen.has(id))).toEqual([]);
});
