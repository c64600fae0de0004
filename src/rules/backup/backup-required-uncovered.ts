import { defineRule } from '../types.js';
import { backupCoverage, hasLabel } from '../../model/backup.js';

export interface RequiredBackupOptions {
  label: string;
  value: string;
}

export const backupRequiredUncovered = defineRule({
  meta: {
    id: 'backup-required-uncovered',
    severity: 'error',
    area: 'backup',
    description: 'Report VMs labelled as needing a backup (backup: required by default) that no backup job covers.',
    fixable: false,
    messages: {
      uncovered:
        'VM "{{vm}}" is labelled {{label}}={{value}} but no BackupJob covers it: add it to a job by name, glob or label selector',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        label: { type: 'string', minLength: 1, description: 'Label key that marks a VM as needing a backup.' },
        value: { type: 'string', description: 'Label value that marks a VM as needing a backup.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { label: 'backup', value: 'required' },
    sources: ['docs/domain.md §4 [derived] (a VM marked as needing a backup that no job picks up is not backed up)'],
  },
  check({ estate, options, report }) {
    const label = typeof options.label === 'string' && options.label ? options.label : 'backup';
    const value = typeof options.value === 'string' ? options.value : 'required';
    const coverage = backupCoverage(estate);
    for (const vm of estate.of('VirtualMachine')) {
      if (!hasLabel(vm, label, value) || coverage.jobsOf(vm).length > 0) continue;
      report({
        doc: vm,
        path: ['metadata', 'labels', label],
        messageId: 'uncovered',
        data: { vm: vm.name, label, value },
      });
    }
  },
});
