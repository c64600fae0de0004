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

ruleTester(backupLinuxRemoteStorage, {
  valid: [
    {
      name: 'Linux on SAS only',
      files: {
        'c.yaml': CLUSTERS,
        'v.yaml': vm(
          'LNX03',
          'generation: 2\ncluster: HVC1\nguest:\n  os: linux\ncontrollers:\n  - type: scsi\n    number: 0\n    drives:\n      - location: 0\n        path: C:\\ClusterStorage\\Sas1\\x.vhdx\n',
        ),
        'b.yaml': job('J', '- vm: LNX03'),
      },
    },
    {
      name: 'Windows on iSCSI and SMB',
      files: { 'c.yaml': CLUSTERS, 'v.yaml': LNX01.replace('os: linux', 'os: windows'), 'b.yaml': JOBS },
    },
    {
      name: 'Linux on iSCSI, backed up offline only',
      files: { 'c.yaml': CLUSTERS, 'v.yaml': LNX01, 'b.yaml': job('J', '- vm: LNX01', { online: false }) },
    },
    { name: 'Linux on iSCSI, not backed up', files: { 'c.yaml': CLUSTERS, 'v.yaml': LNX01 } },
  ],
  invalid: [
    {
      name: 'a disk on an iSCSI CSV and one on an SMB share; the ISO is no disk',
      files: { 'b.yaml': JOBS, 'c.yaml': CLUSTERS, 'v.yaml': LNX01 },
      errors: [
        {
          messageId: 'iscsi',
          file: 'v.yaml',
          ...valuePos(LNX01, 'path: C:\\ClusterStorage\\Iscsi1'),
          message:
            'disk "C:\\ClusterStorage\\Iscsi1\\LNX01\\data.vhdx" of Linux VM "LNX01" is on Cluster Shared Volume "Iscsi1", an iSCSI LUN, where live backup of Linux guests fails, and BackupJob "NIGHTLY" backs it up online: move the disk to a SAS or Fibre Channel CSV, or back the VM up offline',
          related: [
            { file: 'c.yaml', ...valuePos(CLUSTERS, 'storage: iscsi') },
            { file: 'b.yaml', ...pos(JOBS, 'selector') },
          ],
        },
        {
          messageId: 'smb',
          file: 'v.yaml',
          ...valuePos(LNX01, 'path: \\\\FS01\\VMData'),
          message:
            'disk "\\\\FS01\\VMData\\LNX01\\logs.vhdx" of Linux VM "LNX01" is on an SMB share, where live backup of Linux guests fails, and BackupJob "NIGHTLY" backs it up online: move the disk to block storage (SAS, Fibre Channel or local), or back the VM up offline',
          related: [{ file: 'b.yaml', ...pos(JOBS, 'selector') }],
        },
      ],
    },
    {
      name: 'a VM on a clustered host, on an SMB-backed CSV of that cluster',
      files: { 'b.yaml': JOBS, 'c.yaml': CLUSTERS, 'h.yaml': HOSTS, 'v.yaml': LNX02 },
      errors: [
        {
          messageId: 'smb',
          file: 'v.yaml',
          ...valuePos(LNX02, 'path: C:'),
          related: [
            { file: 'c.yaml', ...valuePos(CLUSTERS, 'storage: smb') },
            { file: 'b.yaml', line: 7 },
          ],
        },
      ],
    },
  ],
});
