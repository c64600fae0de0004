import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, host, job, pos, valuePos, vm } from '../../helpers/estate-docs.js';
import { backupConsistency } from '../../../src/rules/backup/backup-consistency.js';

const guest = (name: string, os: string, extra = '', labels: Record<string, string> = { backup: 'required' }): string =>
  vm(name, `generation: 2\nhost: HV01\nguest:\n  os: ${os}\n${extra}`, labels);

const VMS = docs(
  guest('WIN01', 'windows'),
  guest('LNX01', 'linux'),
  guest('BSD01', 'freebsd'),
  guest('LNX02', 'linux', '  backupService: false\n'),
  guest('OTHER01', 'other'),
);
const APP = job('NIGHTLY', '- vm: WIN01\n- selector:\n    backup: required', { consistency: 'application' });
const LNX01 = guest('LNX01', 'linux');
const TWO_JOBS = docs(
  job('NIGHTLY', '- match: "LNX*"', { consistency: 'application' }),
  job('WEEKLY', '- vm: lnx01', { consistency: 'application' }),
);

ruleTester(backupConsistency, {
  valid: [
    {
      name: 'crash-consistent jobs ask nothing of the guest',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- match: "*"', { consistency: 'crash' }) },
    },
    {
      name: 'application consistency for Windows guests',
      files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- vm: WIN01', { consistency: 'application' }) },
    },
    { name: 'a Linux guest nobody backs up', files: { 'v.yaml': VMS } },
    {
      name: 'a VM that declares no guest',
      files: {
        'v.yaml': vm('X01', 'generation: 2\nhost: HV01'),
        'b.yaml': job('J', '- vm: X01', { consistency: 'application' }),
      },
    },
  ],
  invalid: [
    {
      name: "Linux and FreeBSD guests in an application-consistent job; the one without a backup service is another rule's",
      files: { 'h.yaml': host('HV01', { os: 'windows-server-2012-r2' }), 'v.yaml': VMS, 'b.yaml': APP },
      errors: [
        {
          messageId: 'fileSystemOnly',
          file: 'v.yaml',
          ...valuePos(VMS, 'os: linux', 1),
          message:
            'guest "LNX01" runs Linux and gets file-system-consistent backups only, but BackupJob "NIGHTLY" asks for application consistency: quiesce applications with pre/post-freeze scripts in the guest, or move the VM to a crash-consistent job',
          related: [
            { file: 'b.yaml', ...valuePos(APP, 'consistency: application') },
            { file: 'b.yaml', ...pos(APP, 'selector') },
          ],
        },
        {
          messageId: 'fileSystemOnly',
          file: 'v.yaml',
          ...valuePos(VMS, 'os: freebsd'),
          message: /^guest "BSD01" runs FreeBSD/,
        },
      ],
    },
    {
      name: 'one finding per job',
      files: { 'h.yaml': host('HV01', { os: 'windows-server-2019' }), 'v.yaml': LNX01, 'b.yaml': TWO_JOBS },
      errors: [
        {
          messageId: 'fileSystemOnly',
          ...valuePos(LNX01, 'os: linux'),
          message: /BackupJob "NIGHTLY"/,
          related: [
            { file: 'b.yaml', ...valuePos(TWO_JOBS, 'consistency: application', 1) },
            { file: 'b.yaml', ...pos(TWO_JOBS, 'match') },
          ],
        },
        {
          messageId: 'fileSystemOnly',
          ...valuePos(LNX01, 'os: linux'),
          message: /BackupJob "WEEKLY"/,
          related: [
            { file: 'b.yaml', ...valuePos(TWO_JOBS, 'consistency: application', 2) },
            { file: 'b.yaml', ...pos(TWO_JOBS, 'vm: lnx01') },
          ],
        },
      ],
    },
    {
      name: 'on a Windows Server 2012 host, Linux live backup is not available: saved state',
      files: {
        'h.yaml': host('HV01', { os: 'windows-server-2012' }),
        'v.yaml': LNX01,
        'b.yaml': job('J', '- vm: LNX01', { consistency: 'application' }),
      },
      errors: [
        {
          messageId: 'savedStateOnly',
          line: 11,
          message:
            'guest "LNX01" runs Linux on Windows Server 2012 host "HV01", where live backup of Linux guests is not available, so BackupJob "J" gets saved-state backups (the VM pauses), not application-consistent ones: move the VM to a Windows Server 2012 R2 or later host, or to a crash-consistent job',
        },
      ],
    },
    {
      name: 'a cluster mid-upgrade (2012 and 2012 R2 nodes): both outcomes named',
      files: {
        'h.yaml': docs(
          cluster('HVC1', { nodes: ['HV01', 'HV02'] }),
          host('HV01', { cluster: 'HVC1', os: 'windows-server-2012' }),
          host('HV02', { cluster: 'HVC1', os: 'windows-server-2012-r2' }),
        ),
        'v.yaml': vm('LNX05', 'generation: 2\ncluster: HVC1\nguest:\n  os: linux\n'),
        'b.yaml': job('J', '- vm: LNX05', { consistency: 'application' }),
      },
      errors: [
        {
          messageId: 'fileSystemOnly',
          line: 9,
          message:
            /^guest "LNX05" runs Linux and gets file-system-consistent backups only \(and saved-state ones on Windows Server 2012 host "HV01"\), but/,
        },
      ],
    },
    {
      name: 'no declared host: the older hosts are mentioned',
      files: { 'v.yaml': LNX01, 'b.yaml': job('J', '- vm: LNX01', { consistency: 'application' }) },
      errors: [
        {
          messageId: 'fileSystemOnly',
          line: 11,
          message: /only \(saved-state ones on hosts before Windows Server 2012 R2\), but/,
        },
      ],
    },
  ],
});
