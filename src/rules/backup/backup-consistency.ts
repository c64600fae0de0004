import { defineRule } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';
import { describeHosts, splitAt, vmHostVersions } from '../../model/versions.js';

export const backupConsistency = defineRule({
  meta: {
    id: 'backup-consistency',
    severity: 'warning',
    area: 'backup',
    description:
      'Report Linux and FreeBSD guests in application-consistent backup jobs: they get file-system-consistent backups at best (on Windows Server 2012 R2 and later hosts), saved-state ones before.',
    fixable: false,
    messages: {
      fileSystemOnly:
        'guest "{{vm}}" runs {{os}} and gets file-system-consistent backups only{{older}}, but BackupJob "{{job}}" asks for application consistency: quiesce applications with pre/post-freeze scripts in the guest, or move the VM to a crash-consistent job',
      savedStateOnly:
        'guest "{{vm}}" runs {{os}} on {{hosts}}, where live backup of {{os}} guests is not available, so BackupJob "{{job}}" gets saved-state backups (the VM pauses), not application-consistent ones: move the VM to a Windows Server 2012 R2 or later host, or to a crash-consistent job',
    },
    sources: [
      'docs/domain.md §4.2 (Microsoft: Windows guests get application-consistent backups through VSS; Linux guests get file-system-consistent backups, filesystems frozen by hv_vss_daemon, on Windows Server 2012 R2 and later hosts)',
      'docs/domain.md §4.1 (before Windows Server 2012 R2, a guest that cannot be backed up online gets a saved-state backup)',
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
        const { older, newer } = splitAt(vmHostVersions(estate, vm), 'windows-server-2012-r2');
        const os = guest.os === 'linux' ? 'Linux' : 'FreeBSD';
        report({
          doc: vm,
          path: ['spec', 'guest', 'os'],
          ...(older.length > 0 && newer.length === 0
            ? { messageId: 'savedStateOnly', data: { vm: vm.name, os, job: job.name, hosts: describeHosts(older) } }
            : {
                messageId: 'fileSystemOnly',
                data: {
                  vm: vm.name,
                  os,
                  job: job.name,
                  older:
                    older.length > 0
                      ? ` (and saved-state ones on ${describeHosts(older)})`
                      : newer.length === 0
                        ? ' (saved-state ones on hosts before Windows Server 2012 R2)'
                        : '',
                },
              }),
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
