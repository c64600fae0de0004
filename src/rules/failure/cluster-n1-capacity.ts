import type { Rule } from '../types.js';
import { reportsFor, sweep } from '../../whatif/sweep.js';

export const clusterN1Capacity: Rule = {
  meta: {
    id: 'cluster-n1-capacity',
    severity: 'warning',
    area: 'failure',
    description:
      'Report clusters where losing one host leaves a clustered VM without a node to restart on: no room in the memory the surviving nodes have free, no possible owner left, or only a node that breaks its anti-affinity class.',
    fixable: false,
    messages: {
      noRoom:
        'losing {{failure}} leaves {{count}} {{vmWord}} of cluster "{{cluster}}" without room to restart ({{vms}}: {{neededMB}} MB of startup memory; the most a surviving node has free is {{mostFreeMB}} MB, on "{{mostFreeHost}}"); add memory or a node, or lower their startup memory',
      noOwner:
        'losing {{failure}} leaves VirtualMachine "{{vm}}" nowhere to restart: its possible owners {{owners}} are all down; add another node to possibleOwners',
      antiAffinity:
        'losing {{failure}} restarts VirtualMachine "{{vm}}" on host "{{host}}" next to "{{other}}", which shares anti-affinity class "{{class}}", because no other node can take it; add capacity or possible owners so the class stays apart',
    },
    sources: [
      'docs/domain.md §7.1 (derived from Microsoft failover clustering guidance: the VMs of a lost host must fit in the memory the other nodes have free, less each host’s reserve; dynamic-memory VMs need their startup memory to start)',
      'docs/domain.md §7.2 (Microsoft: AntiAffinityClassNames keeps roles of one class on different nodes where it can)',
    ],
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), 'cluster-n1-capacity')) report(r);
  },
};
