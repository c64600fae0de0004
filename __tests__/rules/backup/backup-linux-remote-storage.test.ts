import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, host, job, pos, valuePos, vm, y } from '../../helpers/estate-docs.js';
import { backupLinuxRemoteStorage } from '../../../src/rules/backup/backup-linux-remote-storage.js';

const CLUSTERS = docs(
  cluster('HVC1', {
    nodes: ['HV01', 'HV02'],
    volumes: [
      { name: 'Sas1', path: 'C:\\ClusterStorage\\Sas1', storage: 'sas' },
      { name: 'Iscsi1', path: 'C:\\ClusterStorage\\Iscsi1', storage: 'iscsi' },
    ],
  }),
  cluster('HVC2', { nodes: ['HV03'], volumes: [{ name: 'Smb1', path: 'C:\\ClusterStorage\\Smb1', storage: 'smb' }] }),
);
const HOSTS = docs(host('HV01', { cluster: 'HVC1' }), host('HV03', { cluster: 'HVC2' }));

const LNX01 = vm(
  'LNX01',
  y`
  generation: 2
  cluster: HVC1
  guest:
    os: linux
  controllers:
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: C:\ClusterStorage\Sas1\LNX01\system.vhdx
        - location: 1
          path: C:\ClusterStorage\Iscsi1\LNX01\data.vhdx
        - location: 2
          path: \\FS01\VMData\LNX01\logs.vhdx
        - location: 3
          kind: dvd
          path: \\FS01\ISO\tools.iso
`,
  { backup: 'required' },
);

// On a host of HVC2, its disk on HVC2's SMB-backed CSV.
const LNX02 = vm(
  'LNX02',
  'generation: 2\nhost: HV03\nguest:\n  os: linux\ncontrollers:\n  - type: scsi\n    number: 0\n    drives:\n      - location: 0\n        path: C:\\ClusterStorage\\Smb1\\LNX02\\system.vhdx\n',
  { backup: 'required' },
);

const JOBS = job('NIGHTLY', '- selector:\n    backup: required');

// A pass-through disk (no path) and iSCSI devices attached inside the guest.
const LNX04 = vm(
  'LNX04',
  y`
  generation: 2
  cluster: HVC1
  guest:
    os: linux
    iscsiDevices: true
  controllers:
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: C:\ClusterStorage\Sas1\LNX04\system.vhdx
        - location: 1
          diskNumber: 3
`,
  { backup: 'required' },
);

ruleTester(backupLinuxRemoteStorage, {
  valid: [
    {
      name: 'Linux with VHDX disks on an iSCSI-backed CSV, an SMB share and an SMB-backed CSV: virtual disks are not the failing case (§4.2)',
      files: { 'b.yaml': JOBS, 'c.yaml': CLUSTERS, 'h.yaml': HOSTS, 'v.yaml': docs(LNX01, LNX02) },
    },
    {
      name: 'Windows with a pass-through disk and iSCSI in the guest',
      files: { 'c.yaml': CLUSTERS, 'v.yaml': LNX04.replace('os: linux', 'os: windows'), 'b.yaml': JOBS },
    },
    {
      name: 'Linux with a pass-through disk, backed up offline only',
      files: { 'c.yaml': CLUSTERS, 'v.yaml': LNX04, 'b.yaml': job('J', '- vm: LNX04', { online: false }) },
    },
    { name: 'Linux with a pass-through disk, not backed up', files: { 'c.yaml': CLUSTERS, 'v.yaml': LNX04 } },
  ],
  invalid: [
    {
      name: 'a pass-through disk and iSCSI devices in the guest',
      files: { 'b.yaml': JOBS, 'c.yaml': CLUSTERS, 'v.yaml': LNX04 },
      errors: [
        {
          messageId: 'iscsiInGuest',
          file: 'v.yaml',
          ...valuePos(LNX04, 'iscsiDevices: true'),
          message:
            'Linux VM "LNX04" has iSCSI devices attached in the guest, and live backup of a Linux guest fails with them, yet BackupJob "NIGHTLY" backs it up online: move that storage to a VHDX, or back the VM up offline',
        },
        {
          messageId: 'passThrough',
          file: 'v.yaml',
          ...valuePos(LNX04, 'diskNumber: 3'),
          message:
            'Linux VM "LNX04" has pass-through disk 3 on SCSI 0:1, and live backup of a Linux guest fails with a pass-through disk, yet BackupJob "NIGHTLY" backs it up online: replace the pass-through disk with a VHDX, or back the VM up offline',
          related: [{ file: 'b.yaml', ...pos(JOBS, 'selector') }],
        },
      ],
    },
  ],
});
