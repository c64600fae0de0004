import { defineRule } from '../types.js';

const MAX_CHECKPOINTS = 50;

export const vmCheckpointLimit = defineRule({
  meta: {
    id: 'vm-checkpoint-limit',
    severity: 'error',
    area: 'vm',
    description: 'Report VMs with more checkpoints than Hyper-V allows (50).',
    fixable: false,
    messages: {
      tooMany:
        'VM "{{vm}}" has {{count}} checkpoints: Hyper-V allows at most {{max}}, delete old checkpoints so the chain merges',
    },
    sources: [
      'docs/domain.md §3.2 (Microsoft: at most 50 checkpoints per VM)',
      'docs/domain.md §3.4 (keep checkpoint chains short)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      const count = vm.spec.checkpoints?.length ?? 0;
      if (count > MAX_CHECKPOINTS) {
        report({
          doc: vm,
          path: ['spec', 'checkpoints'],
          target: 'key',
          messageId: 'tooMany',
          data: { vm: vm.name, count, max: MAX_CHECKPOINTS },
        });
      }
    }
  },
});
