/**
 * The PowerShell side of the inventory: what real Windows machines write (docs/domain.md §6) must be
 * read, and what cannot be read must become a finding that names the file and property.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseInventory, readInventoryFiles } from '../../src/drift/inventory/index.js';
import { parsePsDate, shortHostName } from '../../src/drift/inventory/powershell.js';
import { parseJson } from '../../src/drift/inventory/json.js';
import { resolveDisk } from '../../src/drift/observed.js';
import { hostDir, inventoryOf, ps51, utf16le, utf8, utf8Bom } from './helpers.js';

const problemsOf = (inventory: ReturnType<typeof parseInventory>) =>
  inventory.problems.map(
    (p) => `${p.at.source.path}:${p.at.source.range(p.at.start, p.at.end).line} ${p.ruleId}/${p.messageId}`,
  );

describe('enums', () => {
  const adapter = (spoofing: unknown, vlanMode: unknown, vlan = 20) => ({
    VMName: 'WEB01',
    Name: 'NLB',
    SwitchName: 'vSwitch',
    MacAddress: '00155D0A1E03',
    DynamicMacAddressEnabled: true,
    MacAddressSpoofing: spoofing,
    VlanSetting: { OperationMode: vlanMode, AccessVlanId: vlan },
  });
  const disk = (type: unknown) => ({
    VMName: 'WEB01',
    Path: 'C:\\VMs\\WEB01.vhdx',
    ControllerType: type,
    ControllerNumber: 0,
    ControllerLocation: 0,
  });

  test.each([
    ['Windows PowerShell 5.1 (numbers)', 0, 1, 1],
    ['PowerShell 7 -EnumsAsStrings (names)', 'On', 'Access', 'SCSI'],
    ['names in another case', 'on', 'ACCESS', 'scsi'],
  ])('%s', (_name, spoofing, vlanMode, controllerType) => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'WEB01', Generation: 2, IsClustered: false }],
          'Get-VMNetworkAdapter.json': [adapter(spoofing, vlanMode)],
          'Get-VMHardDiskDrive.json': [disk(controllerType)],
        }),
      ),
    );
    expect(inventory.problems).toEqual([]);
    const vm = inventory.vms[0]!;
    expect(vm.adapters![0]).toMatchObject({
      name: 'NLB',
      spoofing: true,
      vlan: 20,
      mac: '00-15-5d-0a-1e-03',
      switch: 'vSwitch',
    });
    expect(vm.drives![0]).toMatchObject({ controller: 'scsi', number: 0, location: 0, kind: 'disk' });
  });

  test.each([
    ['numbers (Windows PowerShell 5.1)', [0, 1, 2, 5, 6, 7, 8]],
    [
      'names (-EnumsAsStrings)',
      ['Standard', 'Recovery', 'Planned', 'Missing', 'Replica', 'AppConsistentReplica', 'SyncedReplica'],
    ],
  ])('every SnapshotType, Hyper-V Replica ones included, as %s (§6.2)', (_name, types) => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'REPL01', Generation: 2, IsClustered: false }],
          'Get-VMSnapshot.json': types.map((type, i) => ({ VMName: 'REPL01', Name: `c${i}`, SnapshotType: type })),
        }),
      ),
    );
    expect(inventory.problems).toEqual([]);
    expect(inventory.vms[0]!.checkpoints!.map((c) => c.type)).toEqual([
      'standard',
      'recovery',
      'planned',
      'missing',
      'replica',
      'app-consistent-replica',
      'synced-replica',
    ]);
  });

  test('MacAddressSpoofing 1 is Off (OnOffState: On = 0)', () => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'WEB01', Generation: 2 }],
          'Get-VMNetworkAdapter.json': [adapter(1, 1)],
        }),
      ),
    );
    expect(inventory.vms[0]!.adapters![0]!.spoofing).toBe(false);
  });

  test('untagged, access VLAN 0 and trunk adapters', () => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'WEB01', Generation: 2 }],
          'Get-VMNetworkAdapter.json': [
            { ...adapter(1, 0), Name: 'A' },
            { ...adapter(1, 1, 0), Name: 'B' },
            { ...adapter(1, 'Trunk'), Name: 'C' },
          ],
        }),
      ),
    );
    expect(inventory.vms[0]!.adapters!.map((a) => [a.name, a.vlan])).toEqual([
      ['A', null],
      ['B', null],
      ['C', 'other'],
    ]);
  });

  test('an unknown value is a finding naming the file, the property and the value; the rest of the file is read', () => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'WEB01', Generation: 2 }],
          'Get-VMHardDiskDrive.json': [disk(7), { ...disk(1), ControllerLocation: 1 }],
        }),
      ),
    );
    expect(inventory.problems.map((p) => p.messageId)).toEqual(['enum']);
    expect(inventory.problems[0]!.data).toMatchObject({
      file: 'inv/HV01/Get-VMHardDiskDrive.json',
      property: 'ControllerType',
      value: '7',
    });
    expect(inventory.vms[0]!.drives!.map((d) => d.location)).toEqual([1]);
    expect(inventory.vms[0]!.incomplete.has('disk')).toBe(true);
  });
});

describe('file shapes', () => {
  test('a single object instead of a one-element list, UTF-16LE with BOM, CRLF (Out-File in 5.1)', () => {
    const files = hostDir('HV01', {
      'Get-VM.json': utf16le(ps51({ Name: 'A01', Generation: 2, State: 2, IsClustered: false })),
      'Get-VMScsiController.json': utf16le(ps51({ VMName: 'A01', ControllerNumber: 0 })),
      'Get-VMSnapshot.json': utf16le('\r\n'),
    });
    const inventory = parseInventory(inventoryOf(files));
    expect(inventory.problems).toEqual([]);
    expect(inventory.vms.map((vm) => [vm.name, vm.generation, vm.clustered])).toEqual([['A01', 2, false]]);
    expect(inventory.vms[0]!.scsiControllers!.map((c) => c.number)).toEqual([0]);
    expect(inventory.vms[0]!.checkpoints).toEqual([]);
  });

  test('UTF-8 with a BOM, and a finding on the right line of a UTF-16 file', () => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': utf8Bom(ps51([{ Name: 'A01', Generation: 2 }])),
          'Get-VMHardDiskDrive.json': utf16le(
            ps51([
              { VMName: 'A01', Path: 'C:\\x.vhdx', ControllerType: 9, ControllerNumber: 0, ControllerLocation: 0 },
            ]),
          ),
        }),
      ),
    );
    expect(problemsOf(inventory)).toEqual(['inv/HV01/Get-VMHardDiskDrive.json:5 drift-inventory/enum']);
  });

  test('a file cut off in the middle is a finding at the end of the file; other files are still read', () => {
    const full = ps51([
      { Path: 'C:\\a.vhdx', VhdFormat: 3, VhdType: 3 },
      { Path: 'C:\\b.vhdx', VhdFormat: 3, VhdType: 2 },
    ]);
    const cut = full.slice(0, full.lastIndexOf('VhdFormat'));
    const inventory = parseInventory(
      inventoryOf(hostDir('HV01', { 'Get-VM.json': [{ Name: 'A01', Generation: 2 }], 'Get-VHD.json': utf8(cut) })),
    );
    expect(inventory.problems).toHaveLength(1);
    const problem = inventory.problems[0]!;
    expect(problem.messageId).toBe('json');
    expect(problem.data['file']).toBe('inv/HV01/Get-VHD.json');
    expect(String(problem.data['reason'])).toMatch(/end of the file.*cut off/);
    expect(problem.at.source.range(problem.at.start, problem.at.end).line).toBe(cut.split('\n').length);
    expect(inventory.vhds.size).toBe(0);
    expect(inventory.vms).toHaveLength(1);
  });

  test('a nested object cut off at -Depth is one finding per file and property, with the record count', () => {
    const truncated = {
      VlanSetting: 'Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanSetting',
      SwitchName: 'vSwitch',
      MacAddressSpoofing: 'On',
      MacAddress: '00155D000001',
      DynamicMacAddressEnabled: true,
    };
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'A01', Generation: 2 }],
          'Get-VMNetworkAdapter.json': [
            { VMName: 'A01', Name: 'LAN', ...truncated },
            { VMName: 'A01', Name: 'NLB', ...truncated },
          ],
        }),
      ),
    );
    expect(
      inventory.problems.map((p) => [
        p.messageId,
        p.data['file'],
        p.data['property'],
        p.data['typeName'],
        p.data['count'],
      ]),
    ).toEqual([
      [
        'depth',
        'inv/HV01/Get-VMNetworkAdapter.json',
        'VlanSetting',
        'Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanSetting',
        'in 2 records',
      ],
    ]);
    // The VLAN is unknown, not untagged; everything else about the adapters is read.
    expect(inventory.vms[0]!.adapters!.map((a) => [a.name, a.vlan, a.spoofing])).toEqual([
      ['LAN', undefined, true],
      ['NLB', undefined, true],
    ]);
  });

  test('missing files are findings only in a Hyper-V host directory; an NLB-only directory needs none of them', () => {
    const inventory = parseInventory({
      root: 'inv',
      files: [
        { rel: 'HV01/header.json', bytes: utf8('{"Host":"HV01"}') },
        { rel: 'HV01/Get-VM.json', bytes: utf8('[]') },
        { rel: 'WEB01/header.json', bytes: utf8('{"Host":"WEB01"}') },
        { rel: 'WEB01/Get-NlbCluster.json', bytes: utf8('[]') },
        { rel: 'WEB01/Get-NlbClusterNode.json', bytes: utf8('[]') },
        { rel: 'WEB01/Get-NlbClusterVip.json', bytes: utf8('[]') },
      ],
    });
    expect(inventory.problems.map((p) => `${p.data['file']} ${p.messageId}`)).toEqual([
      'inv/HV01/Get-VMHardDiskDrive.json unreadable',
      'inv/HV01/Get-VMDvdDrive.json unreadable',
      'inv/HV01/Get-VMScsiController.json unreadable',
      'inv/HV01/Get-VMNetworkAdapter.json unreadable',
      'inv/HV01/Get-VHD.json unreadable',
      'inv/HV01/Get-VMSnapshot.json unreadable',
    ]);
  });

  test('without a header the directory name is the host, and that is said', () => {
    const inventory = parseInventory({
      root: 'inv',
      files: [{ rel: 'hv07/Get-VM.json', bytes: utf8('[{"Name":"X","Generation":1}]') }],
    });
    expect(inventory.hosts[0]!.name).toBe('hv07');
    expect(inventory.problems.filter((p) => p.messageId === 'header').map((p) => p.data)).toEqual([
      { file: 'inv/hv07/header.json', reason: 'the header is missing', host: 'hv07' },
    ]);
  });

  test('binary bytes are an encoding finding', () => {
    const inventory = parseInventory(
      inventoryOf(hostDir('HV01', { 'Get-VM.json': new Uint8Array([0x5b, 0x00, 0x01, 0x5d]) })),
    );
    expect(inventory.problems.map((p) => [p.messageId, p.data['file']])).toEqual([
      ['encoding', 'inv/HV01/Get-VM.json'],
    ]);
  });

  test('a file of something else than records', () => {
    const inventory = parseInventory(inventoryOf(hostDir('HV01', { 'Get-VM.json': ['WEB01', 'WEB02'] })));
    expect(inventory.problems.map((p) => [p.messageId, p.data['got']])).toEqual([['notRecords', '"WEB01"']]);
  });
});

describe('values', () => {
  test.each([
    ['\\/Date(1709280000000)\\/ as JSON decodes it', '/Date(1709280000000)/', '2024-03-01T08:00:00Z'],
    ['a /Date()/ with an offset suffix', '/Date(1709280000000+0100)/', '2024-03-01T08:00:00Z'],
    ['PowerShell 7 local time with offset', '2024-03-01T09:00:00.1234567+01:00', '2024-03-01T08:00:00Z'],
    ['UTC', '2024-03-01T08:00:00Z', '2024-03-01T08:00:00Z'],
    ['no offset: taken as UTC', '2024-03-01T08:00:00', '2024-03-01T08:00:00Z'],
  ])('CreationTime: %s', (_name, value, iso) => {
    expect(parsePsDate(value)).toBe(iso);
  });

  test('an unreadable date is undefined', () => {
    expect(parsePsDate('yesterday')).toBeUndefined();
    expect(parsePsDate(12)).toBeUndefined();
  });

  test('node names lose their domain', () => {
    expect(shortHostName('WEB01.corp.contoso.com')).toBe('WEB01');
    expect(shortHostName('10.0.0.1')).toBe('10.0.0.1');
  });

  test('a bad MAC address and a bad generation are findings', () => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VM.json': [{ Name: 'A01', Generation: 3 }],
          'Get-VMNetworkAdapter.json': [{ VMName: 'A01', Name: 'LAN', MacAddress: '00155D00000', SwitchName: null }],
        }),
      ),
    );
    expect(inventory.problems.map((p) => [p.messageId, p.data['property']])).toEqual([
      ['badValue', 'Generation'],
      ['badValue', 'MacAddress'],
    ]);
    expect(inventory.vms[0]!.adapters![0]!.switch).toBeNull();
  });

  test('checkpoint disks resolve to the disk the manifest names (Get-VHD ParentPath)', () => {
    const inventory = parseInventory(
      inventoryOf(
        hostDir('HV01', {
          'Get-VHD.json': [
            { Path: 'C:\\VMs\\A_2.avhdx', VhdFormat: 3, VhdType: 4, ParentPath: 'C:\\VMs\\A_1.avhdx' },
            { Path: 'C:\\VMs\\A_1.avhdx', VhdFormat: 3, VhdType: 4, ParentPath: 'C:\\VMs\\A.vhdx' },
            { Path: 'C:\\VMs\\A.vhdx', VhdFormat: 3, VhdType: 2 },
          ],
        }),
      ),
    );
    const disk = resolveDisk('c:\\vms\\a_2.AVHDX', inventory.vhds);
    expect(disk.path).toBe('C:\\VMs\\A.vhdx');
    expect(disk.vhd).toMatchObject({ format: 'vhdx', type: 'fixed' });
  });
});

describe('NLB exports', () => {
  const nlbDir = (cluster: Record<string, unknown>, nodes: unknown[], vips: unknown[] = []) => [
    { rel: 'WEB01/header.json', bytes: utf8('{"Host":"WEB01.corp.contoso.com"}') },
    { rel: 'WEB01/Get-NlbCluster.json', bytes: utf8(JSON.stringify(cluster)) },
    { rel: 'WEB01/Get-NlbClusterNode.json', bytes: utf8(JSON.stringify(nodes)) },
    { rel: 'WEB01/Get-NlbClusterVip.json', bytes: utf8(JSON.stringify(vips)) },
  ];

  test('modes by name; IPAddress as a string or as the object ConvertTo-Json makes of System.Net.IPAddress', () => {
    const inventory = parseInventory({
      root: 'inv',
      files: nlbDir(
        {
          Name: 'web.corp.contoso.com',
          IPAddress: { Address: 3892510636, AddressFamily: 2, IPAddressToString: '172.31.3.232' },
          SubnetMask: '255.255.248.0',
          OperationMode: 'IGMPMULTICAST',
        },
        [
          { Cluster: 'web.corp.contoso.com', Name: 'WEB01', InterfaceName: 'NLB', HostPriority: 1, State: 'Converged' },
          { Cluster: 'web.corp.contoso.com', Name: 'web02.corp.contoso.com', InterfaceName: 'NLB', HostPriority: 2 },
        ],
        [{ IPAddress: '172.31.3.232', SubnetMask: '255.255.248.0' }],
      ),
    });
    expect(inventory.problems).toEqual([]);
    expect(inventory.hosts[0]!.name).toBe('WEB01');
    const cluster = inventory.nlbClusters[0]!;
    expect(cluster).toMatchObject({ name: 'web.corp.contoso.com', vip: '172.31.3.232', mode: 'igmp-multicast' });
    expect(cluster.nodes!.map((n) => [n.name, n.adapter, n.priority])).toEqual([
      ['WEB01', 'NLB', 1],
      ['web02', 'NLB', 2],
    ]);
    expect(cluster.vips!.map((v) => v.ip)).toEqual(['172.31.3.232']);
  });

  test('a numeric OperationMode is refused with what to do, not guessed', () => {
    const inventory = parseInventory({
      root: 'inv',
      files: nlbDir({ Name: 'web', IPAddress: '10.0.0.1', OperationMode: 2 }, []),
    });
    expect(inventory.problems.map((p) => [p.messageId, p.data['file'], p.data['value']])).toEqual([
      ['nlbModeNumber', 'inv/WEB01/Get-NlbCluster.json', 2],
    ]);
    expect(inventory.nlbClusters[0]!.mode).toBeUndefined();
  });

  test('an unknown mode name is an enum finding', () => {
    const inventory = parseInventory({
      root: 'inv',
      files: nlbDir({ Name: 'web', IPAddress: '10.0.0.1', OperationMode: 'BROADCAST' }, []),
    });
    expect(inventory.problems.map((p) => [p.messageId, p.data['value']])).toEqual([['enum', '"BROADCAST"']]);
  });

  test('the same cluster from several nodes is one cluster; the mode most nodes report wins', () => {
    const dir = (node: string, mode: string) => [
      { rel: `${node}/header.json`, bytes: utf8(`{"Host":"${node}"}`) },
      {
        rel: `${node}/Get-NlbCluster.json`,
        bytes: utf8(JSON.stringify([{ Name: 'app', IPAddress: '10.0.4.10', OperationMode: mode }])),
      },
      { rel: `${node}/Get-NlbClusterNode.json`, bytes: utf8(JSON.stringify([{ Cluster: 'app', Name: node }])) },
      { rel: `${node}/Get-NlbClusterVip.json`, bytes: utf8('[]') },
    ];
    const inventory = parseInventory({
      root: 'inv',
      files: [...dir('APP01', 'MULTICAST'), ...dir('APP02', 'IGMPMULTICAST'), ...dir('APP03', 'IGMPMULTICAST')],
    });
    expect(inventory.nlbClusters).toHaveLength(1);
    const cluster = inventory.nlbClusters[0]!;
    expect(cluster.mode).toBe('igmp-multicast');
    expect(cluster.reports.map((r) => [r.host, r.mode])).toEqual([
      ['APP01', 'multicast'],
      ['APP02', 'igmp-multicast'],
      ['APP03', 'igmp-multicast'],
    ]);
    expect(cluster.nodes!.map((n) => n.name)).toEqual(['APP01', 'APP02', 'APP03']);
  });
});

describe('the positioned JSON parser', () => {
  test('agrees with JSON.parse on values', () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\/\\n"], "b": {"__proto__": 1}}';
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(JSON.stringify(parsed.value)).toBe(JSON.stringify(JSON.parse(text)));
  });

  test.each([
    ['{"a": 1,}', 'expected a property name'],
    ['[1 2]', 'expected "," or "]"'],
    ['{"a" 1}', 'expected ":"'],
    ['{"a": tru}', 'unexpected'],
    ['[1] 2', 'after the end'],
  ])('%s is an error with a position', (text, message) => {
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(message);
      expect(parsed.offset).toBeGreaterThan(0);
    }
  });
});

describe('reading an inventory directory from disk', () => {
  test('symbolic links are followed inside the workspace, refused out of it', () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-outside-'));
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-ws-'));
    try {
      fs.writeFileSync(path.join(outside, 'secret.json'), '[{"Name": "not yours"}]');
      fs.mkdirSync(path.join(workspace, 'inventory', 'HV01'), { recursive: true });
      fs.mkdirSync(path.join(workspace, 'shared'));
      fs.writeFileSync(path.join(workspace, 'shared', 'vms.json'), '[{"Name": "WEB01", "Generation": 2}]');
      fs.writeFileSync(path.join(workspace, 'inventory', 'HV01', 'header.json'), '{"Host": "HV01"}');
      fs.symlinkSync(
        path.join(workspace, 'shared', 'vms.json'),
        path.join(workspace, 'inventory', 'HV01', 'Get-VM.json'),
      );
      fs.symlinkSync(
        path.join(outside, 'secret.json'),
        path.join(workspace, 'inventory', 'HV01', 'Get-VMSnapshot.json'),
      );
      fs.symlinkSync(outside, path.join(workspace, 'inventory', 'HV02'));
      const inventory = parseInventory(readInventoryFiles(workspace, 'inventory'));
      expect(inventory.vms.map((vm) => vm.name)).toEqual(['WEB01']);
      const refused = inventory.problems.filter((p) => String(p.data['reason']).includes('symbolic link'));
      expect(refused.map((p) => p.data['file'])).toEqual(['inventory/HV01/Get-VMSnapshot.json']);
      expect(inventory.hosts.map((h) => h.name)).toEqual(['HV01']);
      expect([...inventory.sources.values()].some((s) => s.text.includes('not yours'))).toBe(false);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
      fs.rmSync(workspace, { recursive: true, force: true });
    }
  });
});
