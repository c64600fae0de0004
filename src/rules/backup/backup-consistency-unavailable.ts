import { defineRule } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';

export const backupConsistencyUnavailable = defineRule({
  meta: {
    id: 'backup-consistency-unavailable',
    severity: 'error',
    area: 'backup',
    description:
      'Report guests in application-consistent backup jobs that can only be backed up in saved state: other guest systems, or integration services or the backup service turned off.',
    fixable: false,
    messages: {
      otherGuest:
        'guest "{{vm}}" (os: other) has no VSS integration, so BackupJob "{{job}}" can only take saved-state backups, not application-consistent ones: put the VM in a crash-consistent job, or accept the pause',
      integrationServicesOff:
        'VM "{{vm}}" has integration services off, so BackupJob "{{job}}" can only take saved-state backups, not application-consistent ones: enable integration services in the guest',
      backupServiceOff:
        'VM "{{vm}}" has the backup (volume shadow copy) integration service off, so BackupJob "{{job}}" can only take saved-state backups, not application-consistent ones: enable the service',
    },
    sources: [
      'docs/domain.md §4.1 (Microsoft: online backup needs the backup integration service running in the guest; otherwise saved state)',
      'docs/domain.md §4.2 (Microsoft: guests without integration services get saved-state backups only)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of('BackupJob')) {
      if (job.spec.consistency !== 'application') continue;
      for (const vm of coverage.vmsOf(job)) {
        const guest = vm.spec.guest;
        if (!guest) continue;
        const finding =
          guest.os === 'other'
            ? { messageId: 'otherGuest' as const, field: 'os' }
            : guest.integrationServices === false
              ? { messageId: 'integrationServicesOff' as const, field: 'integrationServices' }
              : guest.backupService === false
                ? { messageId: 'backupServiceOff' as const, field: 'backupService' }
                : undefined;
        if (!finding) continue;
        const picked = coverage.targetsOf(vm).find((ref) => ref.job === job)!;
        report({
          doc: vm,
          path: ['spec', 'guest', finding.field],
          messageId: finding.messageId,
          data: { vm: vm.name, job: job.name },
          related: [
            {
              doc: job,
              path: ['spec', 'consistency'],
              message: `BackupJob "${job.name}" asks for application consistency`,
            },
            {
              doc: job,
              path: ['spec', 'targets', picked.index],
              message: `the target that picks "${vm.name}" (${describeTarget(picked.target)})`,
            },
          ],
        });
      }
    }
  },
});
