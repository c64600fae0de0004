import { defineRule, type RelatedReport } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';

export const backupNeedsScsiController = defineRule({
  meta: {
    id: 'backup-needs-scsi-controller',
    severity: 'error',
    area: 'backup',
    description:
      'Report VMs that an online backup job targets but that have no SCSI controller, so they cannot be backed up online.',
    fixable: false,
    messages: {
      noScsi:
        'VM "{{vm}}" has no SCSI controller, so {{jobs}} cannot back it up online (event 10103): add a SCSI controller, even one without disks',
    },
    sources: [
      'docs/domain.md §3.5 (field, Windows Server 2012 R2: online backup needs a virtual SCSI controller; event 10103)',
      'docs/domain.md §4.1 (otherwise Hyper-V falls back to a saved-state backup)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of('VirtualMachine')) {
      if ((vm.spec.controllers ?? []).some((c) => c.type === 'scsi')) continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const jobs = [...new Set(online.map((ref) => ref.job.name))];
      const related: RelatedReport[] = online.map((ref) => ({
        doc: ref.job,
        path: ['spec', 'targets', ref.index],
        message: `BackupJob "${ref.job.name}" targets it (${describeTarget(ref.target)})`,
      }));
      report({
        doc: vm,
        path: vm.spec.controllers ? ['spec', 'controllers'] : ['spec'],
        target: 'key',
        messageId: 'noScsi',
        data: { vm: vm.name, jobs: jobs.map((j) => `BackupJob "${j}"`).join(', ') },
        related,
      });
    }
  },
});
