import { defineRule } from '../types.js';

export interface CheckpointAgeOptions {
  maxAgeDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_MAX_AGE_DAYS = 7;

export const vmCheckpointAge = defineRule({
  meta: {
    id: 'vm-checkpoint-age',
    severity: 'warning',
    area: 'vm',
    description:
      'Report checkpoints older than a number of days (7 by default): merge them before they grow and block migrations.',
    fixable: false,
    messages: {
      old: 'checkpoint "{{checkpoint}}" of VM "{{vm}}" is {{days}} days old (more than {{max}}): delete it so it merges into the parent disk',
    },
    optionsSchema: {
      type: 'object',
      properties: {
        maxAgeDays: { type: 'integer', minimum: 0, description: 'Age in days above which a checkpoint is reported.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { maxAgeDays: DEFAULT_MAX_AGE_DAYS },
    sources: [
      'docs/domain.md §3.4 (Microsoft: keep checkpoint chains short)',
      'docs/domain.md §4.3 (leftover checkpoints mean a backup went wrong)',
      'docs/domain.md §5.3 (no checkpoints left hanging around before a migration)',
    ],
  },
  check({ estate, options, now, report }) {
    const max =
      typeof options.maxAgeDays === 'number' && options.maxAgeDays >= 0 ? options.maxAgeDays : DEFAULT_MAX_AGE_DAYS;
    for (const vm of estate.of('VirtualMachine')) {
      (vm.spec.checkpoints ?? []).forEach((checkpoint, i) => {
        if (!checkpoint.created) return;
        const created = Date.parse(checkpoint.created);
        if (Number.isNaN(created)) return;
        const ageMs = now.getTime() - created;
        if (ageMs <= max * DAY_MS) return;
        report({
          doc: vm,
          path: ['spec', 'checkpoints', i, 'created'],
          messageId: 'old',
          data: { vm: vm.name, checkpoint: checkpoint.name, days: Math.floor(ageMs / DAY_MS), max },
        });
      });
    }
  },
});
