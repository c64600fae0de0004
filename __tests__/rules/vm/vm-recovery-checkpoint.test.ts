import { ruleTester } from '../../helpers/rule-tester.js';
import { valuePos, vm } from '../../helpers/estate-docs.js';
import { vmRecoveryCheckpoint } from '../../../src/rules/vm/vm-recovery-checkpoint.js';

const withTypes = (...types: Array<string | undefined>): string =>
  vm(
    'SQL01',
    'generation: 2\nhost: HV01\ncheckpoints:\n' +
      types
        .map((t, i) => `  - name: cp${i + 1}\n${t ? `    type: ${t}\n` : ''}    created: "2026-05-31T22:00:00Z"\n`)
        .join(''),
  );

const MIXED = withTypes('standard', 'recovery', undefined, 'recovery');

ruleTester(vmRecoveryCheckpoint, {
  valid: [
    {
      name: 'standard, production, planned, replica and untyped',
      files: withTypes('standard', 'production', 'planned', 'replica', undefined),
    },
  ],
  invalid: [
    {
      name: 'every recovery checkpoint, fresh or not, at its type',
      files: MIXED,
      errors: [
        {
          messageId: 'recovery',
          ...valuePos(MIXED, 'type: recovery', 1),
          message:
            'VM "SQL01" has recovery checkpoint "cp2": a backup did not finish cleanly, check the backup job and remove the checkpoint',
        },
        { messageId: 'recovery', ...valuePos(MIXED, 'type: recovery', 2), message: /"cp4"/ },
      ],
    },
  ],
});
