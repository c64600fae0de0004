import { defineRule } from '../types.js';
import { backupCoverage } from '../../model/backup.js';

export const backupTargetUnmatched = defineRule({
  meta: {
    id: 'backup-target-unmatched',
    severity: 'error',
    area: 'backup',
    description: 'Report backup job targets (globs and label selectors) that match no VM.',
    fixable: false,
    messages: {
      glob: 'target match "{{pattern}}" of BackupJob "{{job}}" matches no VM: fix the pattern (a glob over VM names, case-insensitive) or remove the target',
      selector: 'target selector {{selector}} of BackupJob "{{job}}" matches no VM: {{why}}',
    },
    sources: [
      'docs/domain.md §4 [derived] (a job that protects nothing it was meant to protect leaves those VMs without backups)',
      'docs/manifests.md, BackupJob targets',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    // label=value pairs some VM carries, to say which part of a selector found nothing.
    const pairs = estate.index('backup:labelPairs', () => {
      const set = new Set<string>();
      for (const vm of estate.of('VirtualMachine'))
        for (const [k, v] of Object.entries(vm.labels)) set.add(`${k}=${v}`);
      return set;
    });
    for (const job of estate.of('BackupJob')) {
      const matches = coverage.matchesOf(job);
      job.spec.targets.forEach((target, i) => {
        if (matches[i]!.length > 0) return;
        // A name that no VM declares is unresolved-reference's finding.
        if ('vm' in target) return;
        if ('match' in target) {
          report({
            doc: job,
            path: ['spec', 'targets', i, 'match'],
            messageId: 'glob',
            data: { job: job.name, pattern: target.match },
          });
          return;
        }
        const wanted = Object.entries(target.selector).map(([k, v]) => `${k}=${v}`);
        const absent = wanted.filter((p) => !pairs.has(p));
        const why =
          absent.length > 0
            ? `no VM carries the label ${absent.join(', ')}, fix the selector or label the VMs`
            : 'no VM carries all of these labels together, fix the selector or label the VMs';
        report({
          doc: job,
          path: ['spec', 'targets', i, 'selector'],
          target: 'key',
          messageId: 'selector',
          data: { job: job.name, selector: wanted.join(','), why },
        });
      });
    }
  },
});
