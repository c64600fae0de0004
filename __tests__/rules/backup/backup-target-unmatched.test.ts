import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, job, pos, valuePos, vm } from '../../helpers/estate-docs.js';
import { backupTargetUnmatched } from '../../../src/rules/backup/backup-target-unmatched.js';

const VMS = docs(
  vm('WEB-01', 'generation: 2\nhost: HV01', { role: 'web', backup: 'required' }),
  vm('web-02', 'generation: 2\nhost: HV01', { role: 'web' }),
  vm('DB01', 'generation: 2\nhost: HV01', { role: 'db', backup: 'required' }),
);

const BROKEN = job(
  'NIGHTLY',
  '- match: "WEB0*"\n- selector:\n    backup: requried\n- selector:\n    role: web\n    backup: weekly\n- selector:\n    role: db\n    backup: required\n- match: "WEB-0[3-9]"\n- vm: GHOST',
);

ruleTester(backupTargetUnmatched, {
  valid: [
    {
      name: 'names, globs (case-insensitive) and selectors that all match',
      files: {
        'v.yaml': VMS,
        'b.yaml': job(
          'NIGHTLY',
          '- vm: db01\n- match: "WEB-*"\n- match: "web-0?"\n- selector:\n    role: web\n    backup: required\n- match: "{DB,APP}*"',
        ),
      },
    },
    {
      name: 'a vm name nobody declares is left to unresolved-reference',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- vm: GHOST') },
    },
    {
      name: 'a negated glob matches what it does not name',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- match: "!WEB*"') },
    },
  ],
  invalid: [
    {
      name: 'a glob with a typo, selectors on a missing label and on labels no VM carries together',
      files: { 'v.yaml': VMS, 'b.yaml': BROKEN },
      errors: [
        {
          messageId: 'glob',
          file: 'b.yaml',
          ...valuePos(BROKEN, 'match: "WEB0*"'),
          message:
            'target match "WEB0*" of BackupJob "NIGHTLY" matches no VM: fix the pattern (a glob over VM names, case-insensitive) or remove the target',
        },
        {
          messageId: 'selector',
          file: 'b.yaml',
          ...pos(BROKEN, 'selector', 1),
          message:
            'target selector backup=requried of BackupJob "NIGHTLY" matches no VM: no VM carries the label backup=requried, fix the selector or label the VMs',
        },
        {
          messageId: 'selector',
          file: 'b.yaml',
          ...pos(BROKEN, 'selector', 2),
          message:
            'target selector role=web,backup=weekly of BackupJob "NIGHTLY" matches no VM: no VM carries the label backup=weekly, fix the selector or label the VMs',
        },
        {
          messageId: 'glob',
          file: 'b.yaml',
          ...valuePos(BROKEN, 'match: "WEB-0[3-9]"'),
          message: /target match "WEB-0\[3-9\]"/,
        },
      ],
    },
    {
      name: 'every pair exists, but not on one VM',
      files: {
        'v.yaml': VMS,
        'b.yaml': job(
          'NIGHTLY',
          '- selector:\n    role: db\n    backup: required\n- selector:\n    role: web\n    backup: required\n- selector:\n    role: db\n    backup: weekly',
        ),
      },
      errors: [
        {
          messageId: 'selector',
          file: 'b.yaml',
          line: 13,
          message: /^target selector role=db,backup=weekly .*no VM carries the label backup=weekly/,
        },
      ],
    },
    {
      name: 'no VMs at all',
      files: { 'b.yaml': job('NIGHTLY', '- selector:\n    role: web\n    tier: front') },
      errors: [
        {
          messageId: 'selector',
          file: 'b.yaml',
          line: 7,
          column: 7,
          message: /no VM carries the label role=web, tier=front/,
        },
      ],
    },
  ],
});
