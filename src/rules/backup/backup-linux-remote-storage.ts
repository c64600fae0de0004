import { defineRule, type RelatedReport } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';
import { drivesOf, isDisk } from '../../model/storage.js';

export const backupLinuxRemoteStorage = defineRule({
  meta: {
    id: 'backup-linux-remote-storage',
    severity: 'warning',
    area: 'backup',
    description:
      'Report Linux guests backed up online that have a pass-through disk or iSCSI devices attached in the guest, where live backup of Linux fails.',
    fixable: false,
    messages: {
      passThrough:
        'Linux VM "{{vm}}" has pass-through disk {{disk}} on {{slot}}, and live backup of a Linux guest fails with a pass-through disk, yet {{jobs}} backs it up online: replace the pass-through disk with a VHDX, or back the VM up offline',
      iscsiInGuest:
        'Linux VM "{{vm}}" has iSCSI devices attached in the guest, and live backup of a Linux guest fails with them, yet {{jobs}} backs it up online: move that storage to a VHDX, or back the VM up offline',
    },
    sources: [
      'docs/domain.md §4.2 (Microsoft, Linux and FreeBSD VMs on Hyper-V: live backup fails with an iSCSI device or a pass-through disk attached to the guest; a VHDX on a SAN-backed CSV is not that case)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of('VirtualMachine')) {
      if (vm.spec.guest?.os !== 'linux') continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const jobs = [...new Set(online.map((ref) => `BackupJob "${ref.job.name}"`))].join(', ');
      const related: RelatedReport[] = online.map((ref) => ({
        doc: ref.job,
        path: ['spec', 'targets', ref.index],
        message: `BackupJob "${ref.job.name}" backs it up online (${describeTarget(ref.target)})`,
      }));
      // Virtual disks are fine wherever they sit (SMB share, iSCSI- or FC-backed CSV): only storage the guest sees directly breaks live backup.
      for (const { drive, path, slot } of drivesOf(vm)) {
        if (!isDisk(drive) || drive.diskNumber === undefined) continue;
        report({
          doc: vm,
          path: [...path, 'diskNumber'],
          messageId: 'passThrough',
          data: { vm: vm.name, disk: drive.diskNumber, slot, jobs },
          related,
        });
      }
      if (vm.spec.guest.iscsiDevices === true) {
        report({
          doc: vm,
          path: ['spec', 'guest', 'iscsiDevices'],
          messageId: 'iscsiInGuest',
          data: { vm: vm.name, jobs },
          related,
        });
      }
    }
  },
});
