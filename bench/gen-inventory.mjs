/**
 * An inventory for the import benchmark, as Export-HvInventory.ps1 writes it: `hosts` Hyper-V
 * hosts in clusters of `clusterSize` nodes (each node's directory lists the VMs it runs), with
 * `vms` VMs spread over them; half the hosts written by Windows PowerShell 5.1 (enums as numbers,
 * UTF-16 LE with BOM, CRLF), half by PowerShell 7 (-EnumsAsStrings, UTF-8). Deterministic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

function ps51(value, indent = 0) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return `[\r\n\r\n${pad}]`;
    return `[\r\n${value.map((v) => `${' '.repeat(indent + 4)}${ps51(v, indent + 4)}`).join(',\r\n')}\r\n${pad}]`;
  }
  if (value && typeof value === 'object') {
    const lines = Object.entries(value).map(([k, v]) => {
      const key = `"${k}":  `;
      return `${' '.repeat(indent + 4)}${key}${ps51(v, indent + 4 + key.length)}`;
    });
    return `{\r\n${lines.join(',\r\n')}\r\n${pad}}`;
  }
  return JSON.stringify(value);
}

function utf16le(text) {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function generateInventory(dir, { hosts = 50, vms = 2000, clusterSize = 5 } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  const GiB = 2 ** 30;
  for (let h = 0; h < hosts; h++) {
    const name = `HV${String(h + 1).padStart(3, '0')}`;
    const cluster = `HVC${String(Math.floor(h / clusterSize) + 1).padStart(2, '0')}`;
    const old = h % 2 === 0;
    const e = (number, label) => (old ? number : label);
    const mine = [];
    for (let v = h; v < vms; v += hosts) mine.push(`VM${String(v + 1).padStart(5, '0')}`);
    const disk = (vm, i) => `C:\\ClusterStorage\\Volume${(h % 4) + 1}\\${vm}\\Virtual Hard Disks\\${vm}-${i}.vhdx`;
    const files = {
      'header.json': {
        Host: name,
        Cluster: cluster,
        Domain: 'corp.example.com',
        Nodes: [],
        CollectedAt: old ? '/Date(1780264805000)/' : '2026-05-31T22:00:05Z',
        WindowsVersion: old ? '6.3.9600' : '10.0.17763',
        PSVersion: old ? '5.1.14409.1018' : '7.4.6',
        Collector: 'Export-HvInventory.ps1/1',
        Depth: 6,
      },
      'Get-VMHost.json': { ComputerName: name, MemoryCapacity: 512 * GiB, LogicalProcessorCount: 48 },
      'Get-VM.json': mine.map((vm, i) => ({
        Name: vm,
        Generation: 2,
        State: e(2, 'Running'),
        IsClustered: true,
        MemoryStartup: (4 + (i % 4) * 4) * GiB,
        MemoryMinimum: 2 * GiB,
        MemoryMaximum: 32 * GiB,
        DynamicMemoryEnabled: i % 3 === 0,
        ProcessorCount: 2 + (i % 4) * 2,
      })),
      'Get-VMHardDiskDrive.json': mine.flatMap((vm) =>
        [0, 1].map((i) => ({
          VMName: vm,
          Path: disk(vm, i),
          ControllerType: e(1, 'SCSI'),
          ControllerNumber: 0,
          ControllerLocation: i,
        })),
      ),
      'Get-VMDvdDrive.json': [],
      'Get-VMScsiController.json': mine.map((vm) => ({ VMName: vm, ControllerNumber: 0 })),
      'Get-VMNetworkAdapter.json': mine.map((vm, i) => ({
        VMName: vm,
        Name: 'LAN',
        SwitchName: 'vSwitch-VM',
        MacAddress: `00155D${String(h).padStart(2, '0')}${String(i % 10000).padStart(4, '0')}`,
        DynamicMacAddressEnabled: true,
        MacAddressSpoofing: e(1, 'Off'),
        VlanSetting: { OperationMode: e(1, 'Access'), AccessVlanId: 10 + (i % 5) },
      })),
      'Get-VHD.json': mine.flatMap((vm) =>
        [0, 1].map((i) => ({ Path: disk(vm, i), VhdFormat: e(3, 'VHDX'), VhdType: e(3, 'Dynamic'), Size: 80 * GiB })),
      ),
      'Get-VMSnapshot.json': [],
    };
    const hostDir = path.join(dir, name);
    fs.mkdirSync(hostDir, { recursive: true });
    for (const [file, value] of Object.entries(files))
      fs.writeFileSync(path.join(hostDir, file), old ? utf16le(ps51(value)) : JSON.stringify(value, null, 2));
  }
  return { hosts, vms };
}
