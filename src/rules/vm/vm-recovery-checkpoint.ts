import { defineRule } from '../types.js';

export const vmRecoveryCheckpoint = defineRule({
  meta: {
    id: 'vm-recovery-checkpoint',
    severity: 'warning',
    area: 'vm',
    description: 'Report recovery checkpoints, which a backup leaves behind when it went wrong.',
    fixable: false,
    messages: {
      recovery:
        'VM "{{vm}}" has recovery checkpoint "{{checkpoint}}": a backup did not finish cleanly, check the backup job and remove the checkpoint',
    },
    sources: [
      'docs/domain.md §4.3 (leftover recovery checkpoints mean a backup went wrong)',
      'docs/domain.md §5.3 (no checkpoints left before a migration)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      (vm.spec.checkpoints ?? []).forEach((checkpoint, i) => {
        if (checkpoint.type !== 'recovery') return;
        report({
          doc: vm,
          path: ['spec', 'checkpoints', i, 'type'],
          messageId: 'recovery',
          data: { vm: vm.name, checkpoint: checkpoint.name },
        });
      });
    }
  },
});
