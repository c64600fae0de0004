import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, host, job, pos, vm } from '../../helpers/estate-docs.js';
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

const HV01 = (os: string): string => host('HV01', { os });
const R2 = HV01('windows-server-2012-r2');
// A mixed cluster during a rolling upgrade: one node on 2012 R2, one on 2016.
const MIXED = docs(
  cluster('HVC1', { nodes: ['HV01', 'HV02'] }),
  host('HV01', { cluster: 'HVC1', os: 'windows-server-2012-r2' }),
  host('HV02', { cluster: 'HVC1', os: 'windows-server-2016' }),
);
const CLUSTERED = vm(
  'MON02',
  'generation: 1\ncluster: HVC1\ncontrollers:\n  - type: ide\n    number: 0\n    drives:\n      - location: 0\n        path: C:\\ClusterStorage\\Volume1\\sys.vhdx\n',
);

ruleTester(backupNeedsScsiController, {
  valid: [
    {
      name: 'targeted, with an empty SCSI controller',
      files: { 'h.yaml': R2, 'v.yaml': WITH_EMPTY_SCSI('MON01'), 'b.yaml': TWO_JOBS },
    },
    ...[
      'windows-server-2008-r2',
      'windows-server-2012',
      'windows-server-2016',
      'windows-server-2019',
      'windows-server-2025',
    ].map((os) => ({
      name: `no SCSI controller on a ${os} host: the fact holds for 2012 R2 only`,
      files: { 'h.yaml': HV01(os), 'v.yaml': MON01, 'b.yaml': TWO_JOBS },
    })),
    {
      name: 'generation 2 always has a SCSI controller, even when the manifest lists none',
      files: {
        'h.yaml': R2,
        'v.yaml': vm('GEN2', 'generation: 2\nhost: HV01\n', { backup: 'required' }),
        'b.yaml': TWO_JOBS,
      },
    },
    {
      name: 'no SCSI controller but no job targets it',
      files: { 'h.yaml': R2, 'v.yaml': IDE_ONLY('MON01'), 'b.yaml': job('NIGHTLY', '- match: "WEB*"') },
    },
    {
      name: 'only an offline job targets it',
      files: { 'h.yaml': R2, 'v.yaml': IDE_ONLY('MON01'), 'b.yaml': job('OFFLINE', '- vm: MON01', { online: false }) },
    },
  ],
  invalid: [
    {
      name: 'targeted by selector and glob; the offline job is left out',
      files: { 'h.yaml': R2, 'v.yaml': MON01, 'b.yaml': TWO_JOBS },
      errors: [
        {
          messageId: 'noScsi',
          severity: 'error',
          file: 'v.yaml',
          ...pos(MON01, 'controllers'),
          message:
            'VM "MON01" has no SCSI controller and can run on Windows Server 2012 R2 host "HV01", where BackupJob "NIGHTLY", BackupJob "WEEKLY" cannot back it up online (event 10103; no fallback to saved state): add a SCSI controller, even one without disks',
          related: [
            { file: 'b.yaml', ...pos(TWO_JOBS, 'selector') },
            { file: 'b.yaml', ...pos(TWO_JOBS, 'match') },
            { file: 'h.yaml', line: 6 },
          ],
        },
      ],
    },
    {
      name: 'a cluster with a 2012 R2 node and a 2016 node: the 2012 R2 node is named',
      files: { 'c.yaml': MIXED, 'v.yaml': CLUSTERED, 'b.yaml': job('NIGHTLY', '- vm: MON02') },
      errors: [{ messageId: 'noScsi', message: /can run on Windows Server 2012 R2 host "HV01", where/ }].map((e) => ({
        ...e,
        line: pos(CLUSTERED, 'controllers').line,
      })),
    },
    {
      name: 'the host is not declared: a notice, since the version decides',
      files: { 'v.yaml': MON01, 'b.yaml': job('NIGHTLY', '- vm: MON01') },
      errors: [
        {
          messageId: 'hostUnknown',
          severity: 'notice',
          line: pos(MON01, 'controllers').line,
          message:
            'VM "MON01" has no SCSI controller and BackupJob "NIGHTLY" backs it up online, but no declared host says which Windows Server version runs it: on Windows Server 2012 R2 this backup fails (event 10103), so declare its host or add a SCSI controller',
        },
      ],
    },
    {
      name: 'no controllers at all: reported at spec',
      files: { 'h.yaml': R2, 'v.yaml': NO_CONTROLLERS, 'b.yaml': job('NIGHTLY', '- vm: BARE01') },
      errors: [
        {
          messageId: 'noScsi',
          file: 'v.yaml',
          ...pos(NO_CONTROLLERS, 'spec'),
          related: [
            { file: 'b.yaml', line: 7, column: 7 },
            { file: 'h.yaml', line: 6 },
          ],
        },
      ],
    },
  ],
});
