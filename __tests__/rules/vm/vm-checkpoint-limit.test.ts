import { ruleTester } from '../../helpers/rule-tester.js';
import { pos, vm } from '../../helpers/estate-docs.js';
import { vmCheckpointLimit } from '../../../src/rules/vm/vm-checkpoint-limit.js';

const withCheckpoints = (count: number): string =>
  vm(
    'APP01',
    'generation: 2\nhost: HV01\ncheckpoints:\n' +
      Array.from({ length: count }, (_, i) => `  - { name: cp${i + 1}, created: "2026-05-30T08:00:00Z" }\n`).join(''),
  );

const FIFTY_ONE = withCheckpoints(51);

ruleTester(vmCheckpointLimit, {
  valid: [
    { name: 'exactly 50 checkpoints', files: withCheckpoints(50) },
    { name: 'no checkpoints', files: withCheckpoints(0).replace('checkpoints:\n', '') },
  ],
  invalid: [
    {
      name: '51 checkpoints, reported at the checkpoints key',
      files: FIFTY_ONE,
      errors: [
        {
          messageId: 'tooMany',
          ...pos(FIFTY_ONE, 'checkpoints:'),
          message:
            'VM "APP01" has 51 checkpoints: Hyper-V allows at most 50, delete old checkpoints so the chain merges',
        },
      ],
    },
  ],
});
