import { defineRule } from '../types.js';
import { backupCoverage } from '../../model/backup.js';
import { drivesOf, isDisk, isSmbPath } from '../../model/storage.js';
import type { Manifest } from '../../model/estate.js';

/** Whether every virtual disk of a VM sits on an SMB 3 share (and it has at least one). */
function onSmbOnly(vm: Manifest<'VirtualMachine'>): boolean {
  const disks = drivesOf(vm).filter((d) => isDisk(d.drive));
  return disks.length > 0 && disks.every((d) => d.drive.path !== undefined && isSmbPath(d.drive.path));
}

export const backupOffhostSoftwareVss = defineRule({
  meta: {
    id: 'backup-offhost-software-vss',
    severity: 'error',
    area: 'backup',
    description:
      'Report backup jobs that back VMs on SAN volumes or CSVs up through an off-host proxy with the software VSS provider: that needs a hardware VSS provider (VMs on SMB 3 shares do not).',
    fixable: false,
    messages: {
      softwareOffHost:
        'BackupJob "{{job}}" backs up {{vms}} through off-host proxy "{{proxy}}" with the software VSS provider: software providers make no transportable shadow copies, so use the storage array\'s hardware VSS provider, back up on the host, or keep those VMs on SMB 3 shares',
    },
    sources: [
      'docs/domain.md §4.4 (Veeam Hyper-V guide: software VSS providers do not support transportable shadow copies and cannot be used for off-host backup of VMs on SAN volumes or CSVs; VMs on SMB 3 shares can be backed up off-host without a hardware provider)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of('BackupJob')) {
      if (!job.spec.offHostProxy || job.spec.vssProvider !== 'software') continue;
      const vms = coverage.vmsOf(job);
      const blockStorage = vms.filter((vm) => !onSmbOnly(vm));
      // Only VMs on SMB 3 shares: off-host backup works with the software provider.
      if (vms.length > 0 && blockStorage.length === 0) continue;
      const named = blockStorage.slice(0, 5).map((vm) => `"${vm.name}"`);
      const more = blockStorage.length > 5 ? ` and ${blockStorage.length - 5} more` : '';
      report({
        doc: job,
        path: ['spec', 'vssProvider'],
        messageId: 'softwareOffHost',
        data: {
          job: job.name,
          proxy: job.spec.offHostProxy,
          vms:
            blockStorage.length === 0
              ? 'its VMs'
              : `${blockStorage.length === 1 ? 'VM' : 'VMs'} ${named.join(', ')}${more} (not on SMB 3 shares)`,
        },
        related: [{ doc: job, path: ['spec', 'offHostProxy'], message: `off-host proxy "${job.spec.offHostProxy}"` }],
      });
    }
  },
});
