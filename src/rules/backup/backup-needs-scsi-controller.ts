import { defineRule, type RelatedReport } from '../types.js';
import { backupCoverage, describeTarget } from '../../model/backup.js';
import { namedHosts, vmHostVersions } from '../../model/versions.js';

export const backupNeedsScsiController = defineRule({
  meta: {
    id: 'backup-needs-scsi-controller',
    severity: 'error',
    area: 'backup',
    description:
      'Report generation 1 VMs that an online backup job targets but that have no SCSI controller, where they run on Windows Server 2012 R2 hosts: the online backup fails there.',
    fixable: false,
    messages: {
      noScsi:
        'VM "{{vm}}" has no SCSI controller and can run on Windows Server 2012 R2 {{hosts}}, where {{jobs}} cannot back it up online (event 10103; no fallback to saved state): add a SCSI controller, even one without disks',
      hostUnknown:
        'VM "{{vm}}" has no SCSI controller and {{jobs}} backs it up online, but no declared host says which Windows Server version runs it: on Windows Server 2012 R2 this backup fails (event 10103), so declare its host or add a SCSI controller',
    },
    sources: [
      'docs/domain.md §3.5 (field and Microsoft "History of Hyper-V backup", Windows Server 2012 R2 hosts only: online backup needs a virtual SCSI controller, event 10103, no saved-state fallback; not needed on 2012; not established for 2016 and later; generation 2 always has one)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const vm of estate.of('VirtualMachine')) {
      // A generation 2 VM always has a SCSI controller, listed or not (§3.5).
      if (vm.spec.generation === 2) continue;
      if ((vm.spec.controllers ?? []).some((c) => c.type === 'scsi')) continue;
      const online = coverage.targetsOf(vm).filter((ref) => ref.job.spec.online !== false);
      if (online.length === 0) continue;
      const versions = vmHostVersions(estate, vm);
      const affected = versions.versions.get('windows-server-2012-r2') ?? [];
      // Only 2012 R2 is known to need it: on other releases there is nothing to report.
      if (!versions.unknown && affected.length === 0) continue;
      const jobs = [...new Set(online.map((ref) => ref.job.name))];
      const related: RelatedReport[] = online.map((ref) => ({
        doc: ref.job,
        path: ['spec', 'targets', ref.index],
        message: `BackupJob "${ref.job.name}" targets it (${describeTarget(ref.target)})`,
      }));
      for (const host of affected)
        related.push({ doc: host, path: ['spec', 'os'], message: `host "${host.name}" runs Windows Server 2012 R2` });
      report({
        doc: vm,
        path: vm.spec.controllers ? ['spec', 'controllers'] : ['spec'],
        target: 'key',
        messageId: versions.unknown ? 'hostUnknown' : 'noScsi',
        ...(versions.unknown ? { severity: 'notice' as const } : {}),
        data: { vm: vm.name, jobs: jobs.map((j) => `BackupJob "${j}"`).join(', '), hosts: namedHosts(affected) },
        related,
      });
    }
  },
});
