import { ruleTester, DEFAULT_NOW } from '../../helpers/rule-tester.js';
import { valuePos, vm } from '../../helpers/estate-docs.js';
import { vmCheckpointAge } from '../../../src/rules/vm/vm-checkpoint-age.js';

// DEFAULT_NOW is 2026-06-01T00:00:00Z.
const checkpoints = (...created: string[]): string =>
  vm(
    'APP01',
    'generation: 2\nhost: HV01\ncheckpoints:\n' +
      created
        .map((c, i) => `  - name: cp${i + 1}\n    type: ${i === 1 ? 'recovery' : 'standard'}\n    created: "${c}"\n`)
        .join(''),
  );

const OLD = checkpoints('2024-03-01T08:00:00Z', '2026-05-24T23:59:59Z', '2026-05-25T00:00:00Z');

ruleTester(vmCheckpointAge, {
  valid: [
    { name: 'exactly seven days old', files: checkpoints('2026-05-25T00:00:00Z') },
    { name: 'a day old', files: checkpoints('2026-05-31T00:00:00+02:00') },
    { name: 'older, within a raised limit', files: checkpoints('2026-05-01T00:00:00Z'), options: { maxAgeDays: 31 } },
    { name: 'dated after the clock', files: checkpoints('2026-07-01T00:00:00Z') },
  ],
  invalid: [
    {
      name: 'old checkpoints of any type, reported at created',
      files: OLD,
      errors: [
        {
          messageId: 'old',
          ...valuePos(OLD, 'created: "2024'),
          message:
            'checkpoint "cp1" of VM "APP01" is 821 days old (more than 7): delete it so it merges into the parent disk',
        },
        {
          messageId: 'old',
          ...valuePos(OLD, 'created: "2026-05-24'),
          message: /"cp2" of VM "APP01" is 7 days old \(more than 7\)/,
        },
      ],
    },
    {
      name: 'a lower limit from options',
      files: checkpoints('2026-05-30T00:00:00Z'),
      options: { maxAgeDays: 1 },
      errors: [{ messageId: 'old', line: 11, column: 16, message: /is 2 days old \(more than 1\)/ }],
    },
    {
      name: 'offsets count: 2026-05-25T01:00:00+02:00 is before 2026-05-25T00:00:00Z',
      files: checkpoints('2026-05-25T01:00:00+02:00'),
      errors: [{ messageId: 'old', line: 11 }],
    },
    {
      name: 'the clock comes from the context',
      files: checkpoints('2026-05-30T00:00:00Z'),
      now: new Date(DEFAULT_NOW.getTime() + 30 * 24 * 3600 * 1000),
      errors: [{ messageId: 'old', line: 11, message: /is 32 days old/ }],
    },
  ],
});
