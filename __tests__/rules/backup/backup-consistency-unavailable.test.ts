import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, host, job, valuePos, vm } from '../../helpers/estate-docs.js';
import { backupConsistencyUnavailable } from '../../../src/rules/backup/backup-consistency-unavailable.js';

const guest = (name: string, lines: string): string =>
  vm(name, `generation: 2\nhost: HV01\nguest:\n${lines}`, { backup: 'required' });

const VMS = docs(
  guest('WIN01', '  os: windows\n  integrationServices: true\n  backupService: true\n'),
  guest('OTHER01', '  os: other\n  integrationServices: false\n'),
  guest('WIN02', '  os: windows\n  integrationServices: false\n  backupService: false\n'),
  guest('LNX01', '  os: linux\n  backupService: false\n'),
);
const APP = job('NIGHTLY', '- selector:\n    backup: required', { consistency: 'application' });

ruleTester(backupConsistencyUnavailable, {
  valid: [
    { name: 'crash-consistent job', files: { 'v.yaml': VMS, 'b.yaml': job('NIGHTLY', '- match: "*"') } },
    {
      name: 'Windows guest with services on (or left at their default)',
      files: { 'v.yaml': docs(VMS.split('---\n')[0]!, guest('WIN03', '  os: windows\n')), 'b.yaml': APP },
    },
  ],
  invalid: [
    {
      name: 'the first reason per VM: other guest, integration services off, backup service off',
      files: { 'h.yaml': host('HV01', { os: 'windows-server-2012' }), 'v.yaml': VMS, 'b.yaml': APP },
      errors: [
        {
          messageId: 'otherGuest',
          file: 'v.yaml',
          ...valuePos(VMS, 'os: other'),
          message:
            'guest "OTHER01" (os: other) has no VSS integration, so BackupJob "NIGHTLY" can only take saved-state (the VM pauses; Windows Server 2012 host "HV01") backups of it, not application-consistent ones: put the VM in a crash-consistent job',
          related: [
            { file: 'b.yaml', ...valuePos(APP, 'consistency: application') },
            { file: 'b.yaml', line: 7, column: 7 },
          ],
        },
        {
          messageId: 'integrationServicesOff',
          file: 'v.yaml',
          ...valuePos(VMS, 'integrationServices: false', 2),
          message:
            /^VM "WIN02" has integration services off, so BackupJob "NIGHTLY" can only take saved-state \(the VM pauses/,
        },
        {
          messageId: 'backupServiceOff',
          file: 'v.yaml',
          ...valuePos(VMS, 'backupService: false', 2),
          message: /^VM "LNX01" has the backup \(volume shadow copy\) integration service off/,
        },
      ],
    },
    ...[
      ['windows-server-2008-r2', 'saved-state (the VM pauses; Windows Server 2008 R2 host "HV01")'],
      ['windows-server-2012', 'saved-state (the VM pauses; Windows Server 2012 host "HV01")'],
      ['windows-server-2012-r2', 'crash-consistent (Windows Server 2012 R2 host "HV01")'],
      ['windows-server-2019', 'crash-consistent (Windows Server 2019 host "HV01")'],
    ].map(([os, fallback]) => ({
      name: `on a ${os} host: ${fallback!.split(' ')[0]} (§4.1)`,
      files: { 'h.yaml': host('HV01', { os }), 'v.yaml': guest('OTHER01', '  os: other\n'), 'b.yaml': APP },
      errors: [
        {
          messageId: 'otherGuest',
          line: 11,
          message: `guest "OTHER01" (os: other) has no VSS integration, so BackupJob "NIGHTLY" can only take ${fallback} backups of it, not application-consistent ones: put the VM in a crash-consistent job`,
        },
      ],
    })),
    {
      name: 'no declared host: both outcomes are named',
      files: { 'v.yaml': guest('OTHER01', '  os: other\n'), 'b.yaml': APP },
      errors: [
        {
          messageId: 'otherGuest',
          line: 11,
          message:
            /can only take saved-state \(hosts before Windows Server 2012 R2\) or crash-consistent \(2012 R2 and later\) backups of it/,
        },
      ],
    },
  ],
});
