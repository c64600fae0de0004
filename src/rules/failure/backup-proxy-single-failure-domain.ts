import type { Rule } from '../types.js';
import { reportsFor, sweep } from '../../whatif/sweep.js';

export const backupProxySingleFailureDomain: Rule = {
  meta: {
    id: 'backup-proxy-single-failure-domain',
    severity: 'warning',
    area: 'failure',
    description:
      'Report backup jobs whose off-host proxy, a host or VM of the estate, goes down or loses its network when one host, switch or LAG fails.',
    fixable: false,
    messages: {
      proxyLost:
        'losing {{failure}} takes off-host proxy "{{proxy}}" of backup job "{{job}}" away ({{reason}}), so its {{count}} {{vmWord}} are not backed up; run the proxy where that failure does not reach, or give the job a second proxy',
    },
    sources: [
      'docs/domain.md §4.4 (Veeam: the off-host proxy reads the VMs from the snapshot; it must not be a node of the cluster it backs up)',
      'docs/domain.md §7.4 (derived: what exists once fails with what it depends on)',
    ],
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), 'backup-proxy-single-failure-domain')) report(r);
  },
};
