/**
 * __tests__/fixtures/inventory: an inventory shaped like real exports, every quirk at once —
 * HV01 Windows PowerShell 5.1 (numbers, UTF-16LE with BOM, single objects, an empty snapshot
 * file), HV02 PowerShell 7 (names, -Depth 1 so VLAN settings are type names), HV03 (UTF-8 with
 * BOM, a Get-VHD.json cut off mid-record, an unknown ControllerType), and a switch configuration
 * with editing damage. Each problem is one clear finding naming the file and the property, and
 * the rest of the audit still finds the drift it should.
 */
import * as path from 'node:path';
import { drift } from '../../src/drift/audit.js';
import { brief, NOW } from './helpers.js';

const DIR = path.resolve('__tests__/fixtures/inventory');

async function audit() {
  return drift({ cwd: DIR, inventory: 'inventory', paths: ['estate.yaml'], now: NOW, rules: [] });
}

test('every problem and every drift, and nothing else', async () => {
  const result = await audit();
  expect(result.findings.map(brief)).toEqual([
    'estate.yaml:28 drift-vm-disk/type',
    'estate.yaml:37 drift-vm-checkpoint/present',
    'estate.yaml:47 drift-vm-mac-spoofing/spoofing',
    'estate.yaml:67 drift-vm-adapter-switch/switch',
    'estate.yaml:72 drift-switch-static-arp/undeclared',
    'estate.yaml:84 drift-bridge-group/memberMissing',
    'inventory/HV02/Get-VMNetworkAdapter.json:11 drift-inventory/depth',
    'inventory/HV03/Get-VHD.json:13 drift-inventory/json',
    'inventory/HV03/Get-VMHardDiskDrive.json:15 drift-inventory/enum',
    'inventory/switches/SW01.txt:14 drift-inventory-ignored/ignored',
  ]);
});

describe('each problem names the file and the property, and says what to do', () => {
  const problem = async (ruleAndMessage: string) => {
    const result = await audit();
    const found = result.findings.filter((f) => `${f.ruleId}/${f.messageId}` === ruleAndMessage);
    expect(found).toHaveLength(1);
    return found[0]!;
  };

  test('a -Depth too low for VlanSetting (PowerShell 7, HV02)', async () => {
    const f = await problem('drift-inventory/depth');
    expect(f.file).toBe('inventory/HV02/Get-VMNetworkAdapter.json');
    expect(f.message).toContain(
      'VlanSetting in inventory/HV02/Get-VMNetworkAdapter.json is only the type name "Microsoft.HyperV.PowerShell.VMNetworkAdapterVlanSetting" (in 2 records)',
    );
    expect(f.message).toContain('export again with -Depth 6');
  });

  test('a truncated file (HV03)', async () => {
    const f = await problem('drift-inventory/json');
    expect(f.message).toMatch(
      /^inventory\/HV03\/Get-VHD\.json is not valid JSON: unexpected end of the file .*cut off.*; export it again/,
    );
    expect(f.message).toContain('the audit skips the disk formats and types on HV03');
  });

  test('an unknown enum value (HV03)', async () => {
    const f = await problem('drift-inventory/enum');
    expect(f.message).toBe(
      'unknown ControllerType value 7 in inventory/HV03/Get-VMHardDiskDrive.json: expected 0 (IDE), 1 (SCSI), 2 (PMEM); the audit skips this drive',
    );
    expect(f.severity).toBe('error');
  });

  test('switch configuration lines not understood: a notice, never fatal', async () => {
    const f = await problem('drift-inventory-ignored/ignored');
    expect(f.severity).toBe('notice');
    expect(f.message).toContain(
      '2 lines of inventory/switches/SW01.txt not understood and ignored (first: line 14 "description orphan-after-exit")',
    );
  });
});

describe('the rest of the audit is intact', () => {
  test('HV01 (numbers, UTF-16LE, single objects) is compared in full: only the disk type differs', async () => {
    const result = await audit();
    const onA01 = result.findings.filter((f) => f.document?.name === 'A01');
    expect(onA01.map((f) => f.message)).toEqual([
      'disk "C:\\VMs\\A01\\A01.vhdx" of VM "A01" is dynamic, not fixed; convert it (Convert-VHD -VHDType), or fix the manifest',
    ]);
    expect(onA01[0]!.related.map((r) => `${r.file}:${r.line}`)).toEqual(['inventory/HV01/Get-VHD.json:2']);
  });

  test('HV02: VLANs are unknown, so no VLAN drift; MAC address spoofing and the recovery checkpoint still are', async () => {
    const result = await audit();
    const onB01 = result.findings.filter((f) => f.document?.name === 'B01').map((f) => f.ruleId);
    expect(onB01).toEqual(['drift-vm-checkpoint', 'drift-vm-mac-spoofing']);
  });

  test('HV03: the drive with the unknown ControllerType is not called missing, the cut-off Get-VHD hides no drift, the adapter drift is found', async () => {
    const result = await audit();
    const onC01 = result.findings.filter((f) => f.document?.name === 'C01');
    expect(onC01.map((f) => f.message)).toEqual([
      'adapter "LAN" of VM "C01" is connected to switch "vSwitch-Old", not switch "vSwitch"; run Connect-VMNetworkAdapter, or fix the manifest',
    ]);
  });

  test('the damaged switch configuration still gives its groups and static ARP entries', async () => {
    const result = await audit();
    const onSwitch = result.findings.filter((f) => f.document?.name === 'SW01');
    expect(onSwitch.map((f) => [f.messageId, f.related.map((r) => `${r.file}:${r.line}`)])).toEqual([
      ['undeclared', ['inventory/switches/SW01.txt:25']],
      ['memberMissing', ['inventory/switches/SW01.txt:19']],
    ]);
  });

  test('the summary says what was audited', async () => {
    const { summary } = await audit();
    expect(summary.hosts.map((h) => h.name)).toEqual(['HV01', 'HV02', 'HV03']);
    expect(summary.switches).toEqual(['SW01']);
    expect(summary.compared).toEqual({ vms: 3, nlbClusters: 0, switches: 1 });
    expect(summary.counts).toEqual({ drift: 6, live: 0, inventory: 4, manifests: 0 });
    expect(summary.collectedAt).toBe('2026-05-31T21:00:07Z');
  });
});
