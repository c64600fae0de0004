import { defineRule } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';
import { drivesOf, isDisk, volumeOf } from '../../model/storage.js';
import { backupFallback, vmHostVersions } from '../../model/versions.js';

export const backupCheckpointLocation = defineRule({
  meta: {
    id: 'backup-checkpoint-location',
    severity: 'warning',
    area: 'backup',
    description:
      'Report VMs backed up online whose checkpoint location is on another volume than their virtual disks: Hyper-V cannot back them up online (saved state before Windows Server 2012 R2, a crash-consistent checkpoint from 2012 R2).',
    fixable: false,
    messages: {
      otherVolume:
        'checkpoint location "{{checkpoints}}" of VM "{{vm}}" is on volume {{volume}}, but its {{disks}} on {{diskVolumes}}, so {{jobs}} cannot back it up online and gets {{fallback}} backups: put the checkpoint location on the volume of the disks',
    },
    sources: [
      'docs/domain.md §4.1 (Microsoft: online backup needs the checkpoint files on the same volume as the virtual hard disks; otherwise saved state before Windows Server 2012 R2, a crash-consistent checkpoint on 2012 R2 and later)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of('VirtualMachine')) {
      const checkpoints = vm.spec.checkpointPath;
      if (!checkpoints) continue; // the default location is the VM's folder, next to its disks
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const volume = volumeOf(checkpoints);
      const elsewhere = drivesOf(vm).filter(
        (d) => isDisk(d.drive) && d.drive.path && volumeOf(d.drive.path).toLowerCase() !== volume.toLowerCase(),
      );
      if (elsewhere.length === 0) continue;
      const diskVolumes = [...new Set(elsewhere.map((d) => volumeOf(d.drive.path!)))];
      const fallback = backupFallback(vmHostVersions(estate, vm));
      report({
        doc: vm,
        path: ['spec', 'checkpointPath'],
        messageId: 'otherVolume',
        data: {
          checkpoints,
          vm: vm.name,
          volume,
          disks:
            elsewhere.length === 1
              ? `disk ${elsewhere[0]!.slot} is`
              : `disks ${elsewhere.map((d) => d.slot).join(', ')} are`,
          diskVolumes: diskVolumes.join(', '),
          jobs: [...new Set(online.map((ref) => `BackupJob "${ref.job.name}"`))].join(', '),
          fallback,
        },
        related: [
          ...elsewhere.map((d) => ({
            doc: vm,
            path: [...d.path, 'path'],
            message: `disk on ${volumeOf(d.drive.path!)}`,
          })),
          ...online.map((ref) => ({
            doc: ref.job,
            path: ['spec', 'targets', ref.index],
            message: `BackupJob "${ref.job.name}" backs it up online (${describeTarget(ref.target)})`,
          })),
        ],
      });
    }
  },
});
