import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, job, pos, vm } from '../../helpers/estate-docs.js';
import { backupNeedsScsiController } from '../../../src/rules/backup/backup-needs-scsi-controller.js';

const IDE_ONLY = (name: string, labels: Record<string, string> = {}): string =>
  vm(
    name,
    'generation: 1\nhost: HV01\ncontrollers:\n  - type: ide\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\VMs\\sys.vhdx\n',
    labels,
  );
const WITH_EMPTY_SCSI = (name: string): string =>
  vm(
    name,
    'generation: 1\nhost: HV01\ncontrollers:\n  - type: ide\n    number: 0\n    drives:\n      - location: 0\n        path: D:\\VMs\\sys.vhdx\n  - type: scsi\n    number: 0\n',
    { backup: 'required' },
  );

const MON01 = IDE_ONLY('MON01', { backup: 'required' });
const NO_CONTROLLERS = vm('BARE01', 'generation: 1\nhost: HV01\n');
const TWO_JOBS = docs(
  job('NIGHTLY', '- selector:\n    backup: required'),
  job('WEEKLY', '- match: "mon*"'),
  job('OFFLINE', '- vm: mon01', { online: false }),
);

ruleTester(backupNeedsScsiController, {
  valid: [
    {
      name: 'targeted, with an empty SCSI controller',
      files: { 'v.yaml': WITH_EMPTY_SCSI('MON01'), 'b.yaml': TWO_JOBS },
    },
    {
      name: 'no SCSI controller but no job targets it',
      files: { 'v.yaml': IDE_ONLY('MON01'), 'b.yaml': job('NIGHTLY', '- match: "WEB*"') },
    },
    {
      name: 'only an offline job targets it',
      files: { 'v.yaml': IDE_ONLY('MON01'), 'b.yaml': job('OFFLINE', '- vm: MON01', { online: false }) },
    },
  ],
  invalid: [
    {
      name: 'targeted by selector and glob; the offline job is left out',
      files: { 'v.yaml': MON01, 'b.yaml': TWO_JOBS },
      errors: [
        {
          messageId: 'noScsi',
          file: 'v.yaml',
          ...pos(MON01, 'controllers'),
          message:
            'VM "MON01" has no SCSI controller, so BackupJob "NIGHTLY", BackupJob "WEEKLY" cannot back it up online (event 10103): add a SCSI controller, even one without disks',
          related: [
            { file: 'b.yaml', ...pos(TWO_JOBS, 'selector') },
            { file: 'b.yaml', ...pos(TWO_JOBS, 'match') },
          ],
        },
      ],
    },
    {
      name: 'no controllers at all: reported at spec',
      files: { 'v.yaml': NO_CONTROLLERS, 'b.yaml': job('NIGHTLY', '- vm: BARE01') },
      errors: [
        {
          messageId: 'noScsi',
          file: 'v.yaml',
          ...pos(NO_CONTROLLERS, 'spec'),
          related: [{ file: 'b.yaml', line: 7, column: 7 }],
        },
      ],
    },
  ],
});
