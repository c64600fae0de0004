import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, gen2, job, valuePos, vm } from '../../helpers/estate-docs.js';
import { backupOffhostSoftwareVss } from '../../../src/rules/backup/backup-offhost-software-vss.js';

const BAD = job('NIGHTLY', '- match: "*"', { vssProvider: 'software', offHostProxy: 'PROXY01' });
const ON_SMB = vm('SMB01', gen2('host: HV01', '\\\\FS01\\VMs\\SMB01\\system.vhdx'));
const ON_CSV = vm('CSV01', gen2('host: HV01', 'C:\\ClusterStorage\\Volume1\\CSV01\\system.vhdx'));
const SOFTWARE = (targets: string): string =>
  job('NIGHTLY', targets, { vssProvider: 'software', offHostProxy: 'PROXY01' });

ruleTester(backupOffhostSoftwareVss, {
  valid: [
    {
      name: 'off-host with a hardware provider',
      files: job('NIGHTLY', '- match: "*"', { vssProvider: 'hardware', offHostProxy: 'PROXY01' }),
    },
    { name: 'on-host with the software provider', files: job('NIGHTLY', '- match: "*"', { vssProvider: 'software' }) },
    {
      name: 'off-host with the software provider, but every VM on an SMB 3 share (§4.4)',
      files: { 'v.yaml': ON_SMB, 'b.yaml': SOFTWARE('- vm: SMB01') },
    },
  ],
  invalid: [
    {
      name: 'off-host with the software provider, one VM on a CSV and one on SMB: the CSV one is named',
      files: { 'v.yaml': docs(ON_SMB, ON_CSV), 'b.yaml': SOFTWARE('- vm: SMB01\n- vm: CSV01') },
      errors: [
        {
          messageId: 'softwareOffHost',
          file: 'b.yaml',
          message:
            'BackupJob "NIGHTLY" backs up VM "CSV01" (not on SMB 3 shares) through off-host proxy "PROXY01" with the software VSS provider: software providers make no transportable shadow copies, so use the storage array\'s hardware VSS provider, back up on the host, or keep those VMs on SMB 3 shares',
          line: 10,
        },
      ],
    },
    {
      name: 'off-host with the software provider, at vssProvider with the proxy related',
      files: docs(job('OK', '- match: "*"'), BAD),
      errors: [
        {
          messageId: 'softwareOffHost',
          line: job('OK', '- match: "*"').split('\n').length + valuePos(BAD, 'vssProvider: software').line,
          column: valuePos(BAD, 'vssProvider: software').column,
          message:
            'BackupJob "NIGHTLY" backs up its VMs through off-host proxy "PROXY01" with the software VSS provider: software providers make no transportable shadow copies, so use the storage array\'s hardware VSS provider, back up on the host, or keep those VMs on SMB 3 shares',
          related: [
            {
              file: 'test.yaml',
              line: job('OK', '- match: "*"').split('\n').length + valuePos(BAD, 'offHostProxy: PROXY01').line,
            },
          ],
        },
      ],
    },
  ],
});
