import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, job, valuePos } from '../../helpers/estate-docs.js';
import { failoverHost, failoverVm } from '../../helpers/failover-estate.js';
import { backupProxySingleFailureDomain } from '../../../src/rules/failure/backup-proxy-single-failure-domain.js';

const HOSTS = docs(failoverHost('HV01'), failoverHost('HV02'));
const JOB = job('NIGHTLY', '- vm: APP01', { offHostProxy: 'PROXY01' });

ruleTester(backupProxySingleFailureDomain, {
  valid: [
    {
      name: 'a proxy outside the estate (a physical server): not judged',
      files: { 'h.yaml': HOSTS, 'b.yaml': JOB, 'v.yaml': failoverVm('APP01', { host: 'HV01' }) },
    },
    {
      name: 'no off-host proxy',
      files: {
        'h.yaml': HOSTS,
        'b.yaml': job('NIGHTLY', '- vm: APP01'),
        'v.yaml': failoverVm('APP01', { host: 'HV01' }),
      },
    },
  ],
  invalid: [
    {
      name: 'the proxy is a VM on one stand-alone host',
      files: {
        'h.yaml': HOSTS,
        'b.yaml': JOB,
        'v.yaml': docs(failoverVm('APP01', { host: 'HV02' }), failoverVm('PROXY01', { host: 'HV01' })),
      },
      errors: [
        {
          messageId: 'proxyLost',
          file: 'b.yaml',
          ...valuePos(JOB, 'offHostProxy: PROXY01'),
          message:
            'losing host "HV01" takes off-host proxy "PROXY01" of backup job "NIGHTLY" away (it runs on host "HV01"), so its 1 VM are not backed up; run the proxy where that failure does not reach, or give the job a second proxy',
        },
      ],
    },
  ],
});
