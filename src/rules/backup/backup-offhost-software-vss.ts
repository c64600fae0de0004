import { defineRule } from '../types.js';

export const backupOffhostSoftwareVss = defineRule({
  meta: {
    id: 'backup-offhost-software-vss',
    severity: 'error',
    area: 'backup',
    description:
      'Report backup jobs that use an off-host proxy with the software VSS provider: off-host backup needs a hardware VSS provider.',
    fixable: false,
    messages: {
      softwareOffHost:
        'BackupJob "{{job}}" backs up through off-host proxy "{{proxy}}" with the software VSS provider: software providers make no transportable shadow copies, use the storage array\'s hardware VSS provider or back up on the host',
    },
    sources: [
      'docs/domain.md §4.4 (Veeam Hyper-V guide: software VSS providers do not support transportable shadow copies and cannot be used for off-host backup)',
    ],
  },
  check({ estate, report }) {
    for (const job of estate.of('BackupJob')) {
      if (!job.spec.offHostProxy || job.spec.vssProvider !== 'software') continue;
      report({
        doc: job,
        path: ['spec', 'vssProvider'],
        messageId: 'softwareOffHost',
        data: { job: job.name, proxy: job.spec.offHostProxy },
        related: [{ doc: job, path: ['spec', 'offHostProxy'], message: `off-host proxy "${job.spec.offHostProxy}"` }],
      });
    }
  },
});
