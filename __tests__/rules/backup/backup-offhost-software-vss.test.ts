import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, job, valuePos } from '../../helpers/estate-docs.js';
import { backupOffhostSoftwareVss } from '../../../src/rules/backup/backup-offhost-software-vss.js';

const BAD = job('NIGHTLY', '- match: "*"', { vssProvider: 'software', offHostProxy: 'PROXY01' });

ruleTester(backupOffhostSoftwareVss, {
  valid: [
    {
      name: 'off-host with a hardware provider',
      files: job('NIGHTLY', '- match: "*"', { vssProvider: 'hardware', offHostProxy: 'PROXY01' }),
    },
    { name: 'on-host with the software provider', files: job('NIGHTLY', '- match: "*"', { vssProvider: 'software' }) },
  ],
  invalid: [
    {
      name: 'off-host with the software provider, at vssProvider with the proxy related',
      files: docs(job('OK', '- match: "*"'), BAD),
      errors: [
        {
          messageId: 'softwareOffHost',
          line: job('OK', '- match: "*"').split('\n').length + valuePos(BAD, 'vssProvider: software').line,
          column: valuePos(BAD, 'vssProvider: software').column,
          message:
            'BackupJob "NIGHTLY" backs up through off-host proxy "PROXY01" with the software VSS provider: software providers make no transportable shadow copies, use the storage array\'s hardware VSS provider or back up on the host',
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
