import { defineRule } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';
import { backupFallback, vmHostVersions } from '../../model/versions.js';

export const backupConsistencyUnavailable = defineRule({
  meta: {
    id: 'backup-consistency-unavailable',
    severity: 'error',
    area: 'backup',
    description:
      'Report guests in application-consistent backup jobs that cannot be backed up application-consistently: other guest systems, or integration services or the backup service turned off (saved state before Windows Server 2012 R2, a crash-consistent checkpoint from 2012 R2).',
    fixable: false,
    messages: {
      otherGuest:
        'guest "{{vm}}" (os: other) has no VSS integration, so BackupJob "{{job}}" can only take {{fallback}} backups of it, not application-consistent ones: put the VM in a crash-consistent job',
      integrationServicesOff:
        'VM "{{vm}}" has integration services off, so BackupJob "{{job}}" can only take {{fallback}} backups of it, not application-consistent ones: enable integration services in the guest',
      backupServiceOff:
        'VM "{{vm}}" has the backup (volume shadow copy) integration service off, so BackupJob "{{job}}" can only take {{fallback}} backups of it, not application-consistent ones: enable the service',
    },
    sources: [
      'docs/domain.md §4.1 (Microsoft: online backup needs the backup integration service running in the guest; otherwise saved state before Windows Server 2012 R2, a crash-consistent checkpoint on 2012 R2 and later)',
      'docs/domain.md §4.2 (Microsoft: guests without integration services get saved-state backups before 2012 R2, crash-consistent ones after)',
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
        // What Hyper-V does instead depends on the host's release (§4.1).
        const fallback = backupFallback(vmHostVersions(estate, vm));
        report({
          doc: vm,
          path: ['spec', 'guest', finding.field],
          messageId: finding.messageId,
          data: { vm: vm.name, job: job.name, fallback },
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
