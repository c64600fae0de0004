import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, job, valuePos, vm } from '../../helpers/estate-docs.js';
import { backupRequiredUncovered } from '../../../src/rules/backup/backup-required-uncovered.js';

const VMS = docs(
  vm('WEB01', 'generation: 2\nhost: HV01', { backup: 'required' }),
  vm('FILE01', 'generation: 2\nhost: HV01', { backup: 'required', role: 'file' }),
  vm('LAB01', 'generation: 2\nhost: HV01', { backup: 'none' }),
  vm('TEMP01', 'generation: 2\nhost: HV01'),
);

ruleTester(backupRequiredUncovered, {
  valid: [
    {
      name: 'covered by glob and by name',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- match: "web*"\n- vm: file01') },
    },
    {
      name: 'covered by a selector on another label',
      files: { 'v.yaml': VMS, 'b.yaml': docs(job('A', '- vm: WEB01'), job('B', '- selector:\n    role: file')) },
    },
    {
      name: 'an offline job covers too',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- selector:\n    backup: required', { online: false }) },
    },
    {
      name: 'a custom label nobody carries',
      files: { 'v.yaml': VMS },
      options: { label: 'hvlint.dev/backup', value: 'yes' },
    },
  ],
  invalid: [
    {
      name: 'FILE01 is labelled but only WEB01 is picked',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- match: "WEB*"') },
      errors: [
        {
          messageId: 'uncovered',
          file: 'v.yaml',
          ...valuePos(VMS, 'backup: required', 2),
          message:
            'VM "FILE01" is labelled backup=required but no BackupJob covers it: add it to a job by name, glob or label selector',
        },
      ],
    },
    {
      name: 'no jobs at all',
      files: { 'v.yaml': VMS },
      errors: [
        { messageId: 'uncovered', file: 'v.yaml', ...valuePos(VMS, 'backup: required', 1) },
        { messageId: 'uncovered', file: 'v.yaml', ...valuePos(VMS, 'backup: required', 2) },
      ],
    },
    {
      name: 'a custom label from options',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- match: "WEB*"\n- vm: FILE01') },
      options: { label: 'backup', value: 'none' },
      errors: [
        { messageId: 'uncovered', ...valuePos(VMS, 'backup: none'), message: /^VM "LAB01" is labelled backup=none/ },
      ],
    },
  ],
});
