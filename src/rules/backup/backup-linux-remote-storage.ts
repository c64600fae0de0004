import { defineRule, type RelatedReport } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';
import { clustersSeenBy, csvHolding, drivesOf, isDisk, isSmbPath } from '../../model/storage.js';

export const backupLinuxRemoteStorage = defineRule({
  meta: {
    id: 'backup-linux-remote-storage',
    severity: 'warning',
    area: 'backup',
    description:
      'Report Linux guests backed up online whose disks sit on SMB or iSCSI storage, where live backup of Linux fails.',
    fixable: false,
    messages: {
      smb: 'disk "{{path}}" of Linux VM "{{vm}}" is on an SMB share, where live backup of Linux guests fails, and {{jobs}} backs it up online: move the disk to block storage (SAS, Fibre Channel or local), or back the VM up offline',
      iscsi:
        'disk "{{path}}" of Linux VM "{{vm}}" is on Cluster Shared Volume "{{volume}}", an iSCSI LUN, where live backup of Linux guests fails, and {{jobs}} backs it up online: move the disk to a SAS or Fibre Channel CSV, or back the VM up offline',
    },
    sources: [
      'docs/domain.md §4.2 (Microsoft: live backup of Linux guests fails when their disks sit on SMB or iSCSI storage)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of('VirtualMachine')) {
      if (vm.spec.guest?.os !== 'linux') continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const jobs = [...new Set(online.map((ref) => `BackupJob "${ref.job.name}"`))].join(', ');
      const jobRelated: RelatedReport[] = online.map((ref) => ({
        doc: ref.job,
        path: ['spec', 'targets', ref.index],
        message: `BackupJob "${ref.job.name}" backs it up online (${describeTarget(ref.target)})`,
      }));
      const clusters = clustersSeenBy(estate, vm);
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || !drive.path) continue;
        if (isSmbPath(drive.path)) {
          report({
            doc: vm,
            path: [...path, 'path'],
            messageId: 'smb',
            data: { vm: vm.name, path: drive.path, jobs },
            related: jobRelated,
          });
          continue;
        }
        const csv = csvHolding(clusters, drive.path);
        const storage = csv?.volume.lun?.storage;
        if (!csv || (storage !== 'iscsi' && storage !== 'smb')) continue;
        report({
          doc: vm,
          path: [...path, 'path'],
          messageId: storage === 'smb' ? 'smb' : 'iscsi',
          data: { vm: vm.name, path: drive.path, jobs, volume: csv.volume.name },
          related: [
            {
              doc: csv.cluster,
              path: [...csv.path, 'lun', 'storage'],
              message: `Cluster Shared Volume "${csv.volume.name}" is backed by ${storage === 'smb' ? 'an SMB share' : 'an iSCSI LUN'}`,
            },
            ...jobRelated,
          ],
        });
      }
    }
  },
});
