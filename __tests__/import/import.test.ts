/**
 * hvlint import: the three round-trip properties, on the example inventory and on generated ones
 * (Windows PowerShell 5.1 and PowerShell 7 exports, several hosts, clusters and stand-alone hosts):
 *   1. import, then drift with the same inventory: no drift at all;
 *   2. import, then lint: the same policy findings as drift's live-estate pass;
 *   3. importing twice (in any file order) gives the same bytes.
 */
import fc from 'fast-check';
import { parseInventory, readInventoryFiles, type InventoryInput } from '../../src/drift/inventory/index.js';
import { driftTexts } from '../../src/drift/audit.js';
import { lintTexts, ruleSetting } from '../../src/lint.js';
import { MODEL_RULES } from '../../src/rules/index.js';
import { runRules } from '../../src/rules/run.js';
import type { EmittedFinding } from '../../src/types.js';
import { fileFor, importInventory, osRelease, type Layout } from '../../src/import/build.js';
import { emitDocument } from '../../src/import/emit.js';
import { ps51, utf16le, utf8 } from '../drift/helpers.js';

const NOW = new Date('2026-06-01T00:00:00Z');

const asFiles = (files: Array<{ path: string; text: string }>): Record<string, string> =>
  Object.fromEntries(files.map((f) => [`estate/${f.path}`, f.text]));

const identity = (f: EmittedFinding): string =>
  `${f.ruleId} ${f.document?.kind ?? ''} ${(f.document?.name ?? '').toLowerCase()} ${f.message}`;

const POLICY = new Set(MODEL_RULES.map((r) => r.meta.id).filter((id) => id !== 'unresolved-reference'));

/** Check the three properties for one inventory; returns the imported files for further checks. */
function roundTrip(input: InventoryInput, layout: Layout = 'by-kind'): Record<string, string> {
  const imported = importInventory(parseInventory(input), layout);
  const files = asFiles(imported.files);

  // 3. Same inventory, same bytes, whatever order the files were read in.
  const again = importInventory(parseInventory({ ...input, files: [...input.files].reverse() }), layout);
  expect(asFiles(again.files)).toEqual(files);

  // 1. No drift: nothing but what the inventory itself says (none here).
  const drifted = driftTexts(files, input, { now: NOW });
  expect(drifted.findings.map((f) => `${f.file}:${f.line} ${f.ruleId}: ${f.message}`)).toEqual([]);

  // 2. Lint of the imported manifests = drift's live-estate pass (the rules over the observed estate).
  const collected = input.files.length > 0 ? drifted.summary.collectedAt : undefined;
  const now = collected ? new Date(collected) : NOW;
  const linted = lintTexts(files, { now }).findings.filter((f) => POLICY.has(f.ruleId));
  const live = runRules(drifted.observed, MODEL_RULES, (rule) => ruleSetting(rule, {}), now).filter((f) =>
    POLICY.has(f.ruleId),
  );
  expect(linted.map(identity).sort()).toEqual(live.map(identity).sort());
  return files;
}

describe('the example inventory', () => {
  const input = readInventoryFiles(process.cwd(), 'examples/inventory');

  test.each(['by-kind', 'by-cluster'] as const)('round-trips in the %s layout', (layout) => {
    const files = roundTrip(input, layout);
    expect(Object.keys(files)).toEqual(
      layout === 'by-kind'
        ? [
            'estate/hosts.yaml',
            'estate/nlb.yaml',
            'estate/switches/sw-core01.yaml',
            'estate/vms/hv03.yaml',
            'estate/vms/hvcluster01.yaml',
          ]
        : [
            'estate/hv03/host.yaml',
            'estate/hv03/vms.yaml',
            'estate/hvcluster01/cluster.yaml',
            'estate/hvcluster01/vms.yaml',
            'estate/nlb.yaml',
            'estate/switches/sw-core01.yaml',
          ],
    );
  });

  test('the live estate has findings, so property 2 compares something', () => {
    const files = asFiles(importInventory(parseInventory(input)).files);
    const ids = lintTexts(files, { now: NOW }).findings.map((f) => f.ruleId);
    expect(ids).toContain('nlb-node-mac-spoofing');
    expect(ids).toContain('vm-dynamic-vhd');
  });

  test('each file says where it came from and when; TODOs mark what the inventory cannot know', () => {
    const files = asFiles(importInventory(parseInventory(input)).files);
    expect(files['estate/hosts.yaml']!.split('\n')[0]).toBe(
      '# Imported by hvlint import from examples/inventory/HV01, examples/inventory/HV02, examples/inventory/HV03, collected 2026-05-31T22:00:14Z.',
    );
    expect(files['estate/switches/sw-core01.yaml']!.split('\n')[0]).toBe(
      '# Imported by hvlint import from examples/inventory/switches/SW-CORE01.txt.',
    );
    // The switch model is not in a running configuration: drift's placeholder, with a TODO beside it.
    expect(files['estate/switches/sw-core01.yaml']).toMatch(/# TODO: model: [^\n]+\n {2}model: unknown\n/);
    // Guests and labels are never guessed.
    const vms = files['estate/vms/hvcluster01.yaml']!;
    expect(vms).not.toMatch(/^\s+guest:/m);
    expect(vms).not.toMatch(/^\s+labels:/m);
    expect(vms.match(/# TODO: guest:/g)).toHaveLength(6);
    // Host memory and processors come from Get-VMHost, the OS from the header's WindowsVersion.
    expect(files['estate/hosts.yaml']).toMatch(
      /name: HV01\n(?:#[^\n]*\n)*spec:\n {2}os: windows-server-2012-r2\n {2}domain: corp\.contoso\.com\n {2}cluster: HVCLUSTER01\n {2}memoryMB: 131072\n {2}logicalProcessors: 24\n/,
    );
  });
});

test('a required field the inventory lacks is left out with a TODO, never invented', () => {
  const input: InventoryInput = {
    root: 'inv',
    files: [
      { rel: 'HV07/header.json', bytes: utf8(JSON.stringify({ Host: 'HV07', WindowsVersion: '10.0.99999' })) },
      { rel: 'HV07/Get-VM.json', bytes: utf8('[]') },
      ...[
        'Get-VMHardDiskDrive',
        'Get-VMDvdDrive',
        'Get-VMScsiController',
        'Get-VMNetworkAdapter',
        'Get-VHD',
        'Get-VMSnapshot',
      ].map((n) => ({ rel: `HV07/${n}.json`, bytes: utf8('[]') })),
    ],
  };
  const result = importInventory(parseInventory(input));
  const host = result.documents.find((d) => d.kind === 'HyperVHost')!;
  expect(host.value['spec']).toEqual({});
  expect(host.todos.join('\n')).toMatch(
    /os: the Windows Server release of HV07; WindowsVersion 10\.0\.99999 is not a release/,
  );
  expect(host.todos.join('\n')).toMatch(/domain: the Active Directory domain HV07 is joined to/);
  // The lint then says what is missing: the TODO is not a silent gap.
  const lint = lintTexts(asFiles(result.files)).findings.map((f) => `${f.ruleId}: ${f.message}`);
  expect(lint.sort()).toEqual(['schema: spec must have property "domain"', 'schema: spec must have property "os"']);
});

test('osRelease and the layouts', () => {
  expect(
    ['6.2.9200', '6.3.9600', '10.0.14393', '10.0.17763', '10.0.20348', '10.0.26100', '10.0.19041'].map(osRelease),
  ).toEqual([
    'windows-server-2012',
    'windows-server-2012-r2',
    'windows-server-2016',
    'windows-server-2019',
    'windows-server-2022',
    'windows-server-2025',
    undefined,
  ]);
  expect(fileFor('by-kind', 'VirtualMachine', 'WEB01', { host: 'HV 03' })).toBe('vms/hv-03.yaml');
  expect(fileFor('by-cluster', 'HyperVHost', 'HV03')).toBe('hv03/host.yaml');
  expect(fileFor('by-cluster', 'HyperVHost', 'HV01', { cluster: 'HVC' })).toBe('hvc/cluster.yaml');
});

test('emit: strings YAML would read as something else are quoted', () => {
  expect(
    emitDocument({
      a: 'yes',
      b: '0123',
      c: '01:00:5e:7f:03:e8',
      d: 'C:\\VMs\\a b.vhdx',
      e: "it's: here",
      f: ['Ethernet 3', 'a,b'],
      g: '2026-01-01T00:00:00Z',
      h: '- x',
    }),
  ).toBe(
    [
      "a: 'yes'",
      "b: '0123'",
      "c: '01:00:5e:7f:03:e8'",
      'd: C:\\VMs\\a b.vhdx',
      "e: 'it''s: here'",
      "f: [Ethernet 3, 'a,b']",
      "g: '2026-01-01T00:00:00Z'",
      "h: '- x'",
      '',
    ].join('\n'),
  );
});

// --- Generated inventories -------------------------------------------------------------------------

interface GenVm {
  name: string;
  generation: 1 | 2;
  disks: number;
  nics: Array<{ vlan: number | null; spoofing: boolean }>;
  checkpoint: boolean;
  memoryGiB: number;
  dynamic: boolean;
  cpus: number;
}

interface GenHost {
  name: string;
  clustered: boolean;
  vms: GenVm[];
  /** Windows PowerShell 5.1 (numbers for enums, UTF-16LE with BOM, single objects unwrapped) or PowerShell 7. */
  ps51: boolean;
}

const vmArb = (name: string) =>
  fc.record({
    name: fc.constant(name),
    generation: fc.constantFrom(1 as const, 2 as const),
    disks: fc.integer({ min: 0, max: 3 }),
    nics: fc.array(fc.record({ vlan: fc.option(fc.integer({ min: 1, max: 4094 })), spoofing: fc.boolean() }), {
      maxLength: 2,
    }),
    checkpoint: fc.boolean(),
    memoryGiB: fc.integer({ min: 1, max: 64 }),
    dynamic: fc.boolean(),
    cpus: fc.integer({ min: 1, max: 16 }),
  });

const estateArb = fc
  .array(fc.tuple(fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 4 })
  .chain((hosts) =>
    fc.tuple(
      ...hosts.map(([clustered, ps], i) =>
        fc
          .tuple(...Array.from({ length: hosts[i]![2] }, (_, j) => vmArb(`VM${i}${j}`)))
          .map((vms): GenHost => ({ name: `HV${i + 1}`, clustered, vms, ps51: ps })),
      ),
    ),
  );

function exportHost(host: GenHost): InventoryInput['files'] {
  const enumValue = (number: number, name: string): number | string => (host.ps51 ? number : name);
  /** PowerShell 5.1 unwraps a one-element pipeline result into the object itself. */
  const list = (records: unknown[]): unknown => (host.ps51 && records.length === 1 ? records[0] : records);
  const encode = (value: unknown): Uint8Array =>
    host.ps51 ? utf16le(ps51(value)) : utf8(JSON.stringify(value, null, 2));
  const path = (vm: GenVm, i: number) =>
    `${host.clustered ? 'C:\\ClusterStorage\\Volume1' : 'D:\\VMs'}\\${vm.name}\\disk${i}.vhdx`;
  const files: Record<string, unknown> = {
    'header.json': {
      Host: host.name,
      Cluster: host.clustered ? 'HVC' : null,
      Domain: 'corp.example.com',
      CollectedAt: host.ps51 ? '/Date(1780264805000)/' : '2026-05-31T22:00:05Z',
      WindowsVersion: host.ps51 ? '6.3.9600' : '10.0.17763',
    },
    'Get-VMHost.json': { ComputerName: host.name, MemoryCapacity: 256 * 2 ** 30, LogicalProcessorCount: 32 },
    'Get-VM.json': list(
      host.vms.map((vm) => ({
        Name: vm.name,
        Generation: vm.generation,
        State: enumValue(2, 'Running'),
        IsClustered: host.clustered,
        MemoryStartup: vm.memoryGiB * 2 ** 30,
        MemoryMinimum: 512 * 2 ** 20,
        MemoryMaximum: vm.memoryGiB * 2 * 2 ** 30,
        DynamicMemoryEnabled: vm.dynamic,
        ProcessorCount: vm.cpus,
      })),
    ),
    'Get-VMHardDiskDrive.json': list(
      host.vms.flatMap((vm) =>
        Array.from({ length: vm.disks }, (_, i) => ({
          VMName: vm.name,
          Path: path(vm, i),
          ControllerType: vm.generation === 1 ? enumValue(0, 'IDE') : enumValue(1, 'SCSI'),
          ControllerNumber: 0,
          ControllerLocation: i,
        })).filter((d) => vm.generation === 2 || d.ControllerLocation < 2),
      ),
    ),
    'Get-VMDvdDrive.json': [],
    'Get-VMScsiController.json': list(
      host.vms.filter((vm) => vm.generation === 2).map((vm) => ({ VMName: vm.name, ControllerNumber: 0 })),
    ),
    'Get-VMNetworkAdapter.json': list(
      host.vms.flatMap((vm) =>
        vm.nics.map((nic, i) => ({
          VMName: vm.name,
          Name: `NIC${i}`,
          SwitchName: 'vSwitch',
          MacAddress: '00155D000001',
          DynamicMacAddressEnabled: true,
          MacAddressSpoofing: nic.spoofing ? enumValue(0, 'On') : enumValue(1, 'Off'),
          VlanSetting:
            nic.vlan === null
              ? { OperationMode: enumValue(0, 'Untagged'), AccessVlanId: 0 }
              : { OperationMode: enumValue(1, 'Access'), AccessVlanId: nic.vlan },
        })),
      ),
    ),
    'Get-VHD.json': list(
      host.vms.flatMap((vm) =>
        Array.from({ length: vm.disks }, (_, i) => ({
          Path: path(vm, i),
          VhdFormat: enumValue(3, 'VHDX'),
          VhdType: enumValue(3, 'Dynamic'),
          Size: 40 * 2 ** 30,
        })),
      ),
    ),
    'Get-VMSnapshot.json': list(
      host.vms
        .filter((vm) => vm.checkpoint)
        .map((vm) => ({
          VMName: vm.name,
          Name: 'before update',
          SnapshotType: enumValue(0, 'Standard'),
          CreationTime: host.ps51 ? '/Date(1779000000000)/' : '2026-05-17T06:40:00Z',
        })),
    ),
  };
  return Object.entries(files).map(([name, value]) => ({ rel: `${host.name}/${name}`, bytes: encode(value) }));
}

test('generated inventories round-trip (PowerShell 5.1 and 7, clusters and stand-alone hosts)', () => {
  fc.assert(
    fc.property(estateArb, fc.constantFrom<Layout>('by-kind', 'by-cluster'), (hosts, layout) => {
      // A clustered VM is exported by every node in real life: give the first clustered host's VMs only once.
      const input: InventoryInput = { root: 'inv', files: hosts.flatMap(exportHost) };
      const parsed = parseInventory(input);
      expect(parsed.problems.map((p) => p.messageId)).toEqual([]);
      roundTrip(input, layout);
    }),
    { numRuns: 25, seed: 12 },
  );
});

test('a -Depth cut-off in an export is a problem the import reports, never a wrong value', () => {
  const files = exportHost({
    name: 'HV1',
    clustered: false,
    ps51: true,
    vms: [
      {
        name: 'VM1',
        generation: 2,
        disks: 0,
        nics: [{ vlan: 20, spoofing: true }],
        checkpoint: false,
        memoryGiB: 4,
        dynamic: false,
        cpus: 2,
      },
    ],
  }).map((f) =>
    f.rel.endsWith('Get-VMNetworkAdapter.json')
      ? {
          ...f,
          bytes: utf16le(
            ps51({
              VMName: 'VM1',
              Name: 'NIC0',
              SwitchName: 'vSwitch',
              MacAddressSpoofing: 0,
              VlanSetting: 'Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanSetting',
            }),
          ),
        }
      : f,
  );
  const result = importInventory(parseInventory({ root: 'inv', files }));
  expect(result.problems.map((p) => p.messageId)).toEqual(['depth']);
  const vm = result.documents.find((d) => d.kind === 'VirtualMachine')!;
  // The VLAN is unknown, so it is not written (not "untagged", not a guess).
  expect((vm.value['spec'] as { networkAdapters: unknown[] }).networkAdapters).toEqual([
    { name: 'NIC0', switch: 'vSwitch', macAddressSpoofing: true },
  ]);
});

describe('NIC teams from Get-NetLbfoTeam, Get-VMSwitch and Get-NetAdapter, uplinks from port descriptions', () => {
  const switchConfig = (name: string, ports: string) => ({ rel: `switches/${name}.txt`, bytes: utf8(ports) });
  const host = (teams: unknown[], switches: unknown[], adapters: unknown[]): InventoryInput['files'] =>
    Object.entries({
      'header.json': { Host: 'HV09', Domain: 'corp.example.com', WindowsVersion: '10.0.17763' },
      'Get-VMHost.json': { ComputerName: 'HV09', MemoryCapacity: 2 ** 36, LogicalProcessorCount: 16 },
      'Get-NetLbfoTeam.json': teams,
      'Get-VMSwitch.json': switches,
      'Get-NetAdapter.json': adapters,
    }).map(([name, value]) => ({ rel: `HV09/${name}`, bytes: utf16le(ps51(value)) }));

  test('a switch-independent team over two switches, an LACP team on a LAG, and an unteamed NIC', () => {
    const input: InventoryInput = {
      root: 'inv',
      files: [
        ...host(
          [
            { Name: 'TEAM-S', TeamingMode: 1, LoadBalancingAlgorithm: 4, Members: ['NIC1', 'NIC2'] },
            { Name: 'TEAM-L', TeamingMode: 2, LoadBalancingAlgorithm: 5, Members: ['NIC3', 'NIC4'] },
          ],
          [
            {
              Name: 'vSwitch-VM',
              SwitchType: 2,
              NetAdapterInterfaceDescription: 'Microsoft Network Adapter Multiplexor Driver',
            },
            { Name: 'vSwitch-DMZ', SwitchType: 2, NetAdapterInterfaceDescription: 'Intel(R) I350 #5' },
            { Name: 'internal', SwitchType: 1, NetAdapterInterfaceDescription: null },
          ],
          [
            { Name: 'TEAM-S', InterfaceDescription: 'Microsoft Network Adapter Multiplexor Driver' },
            { Name: 'NIC5', InterfaceDescription: 'Intel(R) I350 #5' },
          ],
        ),
        switchConfig(
          'SW-A',
          'interface ethernet g1\ndescription "HV09 NIC1 (TEAM-S)"\nexit\ninterface ethernet g7\ndescription "HV09 NIC5"\nexit\ninterface range ethernet g(3-4)\nchannel-group 3 mode auto\nexit\ninterface ethernet g3\ndescription "HV09 NIC3"\nexit\ninterface ethernet g4\ndescription "HV09 NIC4"\nexit\n',
        ),
        switchConfig('SW-B', 'interface ethernet g1\ndescription "HV09 NIC2 (TEAM-S)"\nexit\n'),
      ],
    };
    const result = importInventory(parseInventory(input));
    expect(result.problems).toEqual([]);
    const spec = result.documents.find((d) => d.kind === 'HyperVHost')!.value['spec'] as Record<string, unknown>;
    expect(spec['nicTeams']).toEqual([
      {
        name: 'NIC5',
        mode: 'none',
        members: ['NIC5'],
        virtualSwitch: 'vSwitch-DMZ',
        uplink: { switch: 'SW-A', port: 'g7' },
      },
      {
        name: 'TEAM-L',
        mode: 'lacp',
        loadBalancing: 'dynamic',
        members: ['NIC3', 'NIC4'],
        uplink: { switch: 'SW-A', lag: 3 },
      },
      {
        name: 'TEAM-S',
        mode: 'switch-independent',
        loadBalancing: 'hyper-v-port',
        members: ['NIC1', 'NIC2'],
        virtualSwitch: 'vSwitch-VM',
        uplinks: [
          { switch: 'SW-A', port: 'g1', members: ['NIC1'] },
          { switch: 'SW-B', port: 'g1', members: ['NIC2'] },
        ],
      },
    ]);
    // The imported manifests are valid and round-trip.
    expect(lintTexts(asFiles(result.files)).findings.filter((f) => f.ruleId === 'schema')).toEqual([]);
    roundTrip(input);
  });

  test('a member no port description names: no uplink, a TODO, and the schema says so', () => {
    const input: InventoryInput = {
      root: 'inv',
      files: [
        ...host([{ Name: 'TEAM-X', TeamingMode: 'Lacp', LoadBalancingAlgorithm: 'Dynamic', Members: 'NIC8' }], [], []),
        switchConfig('SW-A', 'interface ethernet g1\ndescription "HV09 NIC80"\nexit\n'),
      ],
    };
    const result = importInventory(parseInventory(input));
    const doc = result.documents.find((d) => d.kind === 'HyperVHost')!;
    expect((doc.value['spec'] as { nicTeams: unknown[] }).nicTeams).toEqual([
      { name: 'TEAM-X', mode: 'lacp', loadBalancing: 'dynamic', members: ['NIC8'] },
    ]);
    expect(doc.todos.join('\n')).toContain(
      'uplink: where TEAM-X lands (switch and LAG or port); no switch port description names HV09 and NIC8',
    );
    expect(lintTexts(asFiles(result.files)).findings.map((f) => `${f.ruleId}: ${f.message}`)).toContain(
      'schema: spec.nicTeams[0] must have exactly one of "uplink", "uplinks"',
    );
  });
});
