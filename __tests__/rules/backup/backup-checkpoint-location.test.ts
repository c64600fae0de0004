import { ruleTester } from '../../helpers/rule-tester.js';
import { host, job, vm } from '../../helpers/estate-docs.js';
import { backupCheckpointLocation } from '../../../src/rules/backup/backup-checkpoint-location.js';

const withCheckpoints = (checkpoints: string, disk = 'C:\\ClusterStorage\\Volume1\\APP01\\system.vhdx'): string =>
  vm(
    'APP01',
    `generation: 2\nhost: HV01\ncheckpointPath: ${checkpoints}\ncontrollers:\n  - type: scsi\n    number: 0\n    drives:\n      - { location: 0, path: ${disk} }\n      - { location: 1, path: C:\\ClusterStorage\\Volume1\\APP01\\data.vhdx }\n`,
  );
const ONLINE = job('NIGHTLY', '- vm: APP01');

ruleTester(backupCheckpointLocation, {
  valid: [
    {
      name: 'checkpoints in the VM folder on the same CSV',
      files: { 'v.yaml': withCheckpoints('C:\\ClusterStorage\\Volume1\\APP01\\Snapshots'), 'b.yaml': ONLINE },
    },
    {
      name: 'on another volume, but only backed up offline',
      files: {
        'v.yaml': withCheckpoints('C:\\ClusterStorage\\Volume2\\APP01'),
        'b.yaml': job('NIGHTLY', '- vm: APP01', { online: false }),
      },
    },
    { name: 'on another volume, but not backed up', files: withCheckpoints('D:\\Checkpoints') },
  ],
  invalid: [
    {
      name: 'another CSV under the same drive letter is another volume; the 2019 host takes a crash-consistent checkpoint',
      files: {
        'h.yaml': host('HV01', { os: 'windows-server-2019' }),
        'v.yaml': withCheckpoints('C:\\ClusterStorage\\Volume2\\APP01'),
        'b.yaml': ONLINE,
      },
      errors: [
        {
          messageId: 'otherVolume',
          file: 'v.yaml',
          line: 8,
          column: 19,
          message:
            'checkpoint location "C:\\ClusterStorage\\Volume2\\APP01" of VM "APP01" is on volume C:\\ClusterStorage\\Volume2, but its disks SCSI 0:0, SCSI 0:1 are on C:\\ClusterStorage\\Volume1, so BackupJob "NIGHTLY" cannot back it up online and gets crash-consistent (Windows Server 2019 host "HV01") backups: put the checkpoint location on the volume of the disks',
          related: [{ line: 13 }, { line: 14 }, { file: 'b.yaml', line: 7 }],
        },
      ],
    },
    {
      name: 'one disk on another drive, on a 2012 host: saved state',
      files: {
        'h.yaml': host('HV01', { os: 'windows-server-2012' }),
        'v.yaml': withCheckpoints('C:\\ClusterStorage\\Volume1\\APP01', 'D:\\VMs\\APP01\\system.vhdx'),
        'b.yaml': ONLINE,
      },
      errors: [
        {
          messageId: 'otherVolume',
          line: 8,
          message:
            /but its disk SCSI 0:0 is on D:, so BackupJob "NIGHTLY" cannot back it up online and gets saved-state \(the VM pauses; Windows Server 2012 host "HV01"\) backups/,
        },
      ],
    },
  ],
});
