import { defineRule } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';

export const backupConsistency = defineRule({
  meta: {
    id: 'backup-consistency',
    severity: 'warning',
    area: 'backup',
    description:
      'Report Linux and FreeBSD guests in application-consistent backup jobs: they get file-system-consistent backups only.',
    fixable: false,
    messages: {
      fileSystemOnly:
        'guest "{{vm}}" runs {{os}} and gets file-system-consistent backups only, but BackupJob "{{job}}" asks for application consistency: quiesce applications with pre/post-freeze scripts in the guest, or move the VM to a crash-consistent job',
    },
    sources: [
      'docs/domain.md §4.2 (Microsoft: Windows guests get application-consistent backups through VSS; Linux guests get file-system-consistent backups, filesystems frozen by hv_vss_daemon)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of('BackupJob')) {
      if (job.spec.consistency !== 'application') continue;
      for (const vm of coverage.vmsOf(job)) {
        const guest = vm.spec.guest;
        if (!guest || (guest.os !== 'linux' && guest.os !== 'freebsd')) continue;
        // Without integration services or the backup service there is no freeze at all: backup-consistency-unavailable.
        if (guest.integrationServices === false || guest.backupService === false) continue;
        const picked = coverage.targetsOf(vm).find((ref) => ref.job === job)!;
        report({
          doc: vm,
          path: ['spec', 'guest', 'os'],
          messageId: 'fileSystemOnly',
          data: { vm: vm.name, os: guest.os === 'linux' ? 'Linux' : 'FreeBSD', job: job.name },
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
