import type { Rule } from '../types.js';
import { reportsFor, sweep } from '../../whatif/sweep.js';

export const nlbSingleFailureDomain: Rule = {
  meta: {
    id: 'nlb-single-failure-domain',
    severity: 'warning',
    area: 'failure',
    description:
      'Report NLB clusters that one host, switch or LAG failure takes down: every node lost or restarting at once, or nodes moved onto hosts whose LAGs are not in the bridge multicast group.',
    fixable: false,
    messages: {
      allNodesDown:
        'losing {{failure}} takes down every node of NLB cluster "{{nlb}}" ({{reasons}}); run its nodes on different hosts and switches',
      allNodesRestart:
        'losing {{failure}} stops every node of NLB cluster "{{nlb}}" ({{nodes}}) until the cluster restarts them elsewhere; give the nodes different first preferred owners and a common antiAffinityClassNames',
      multicastPath:
        'losing {{failure}} moves {{nodeWord}} {{vms}} of NLB cluster "{{nlb}}" to {{hosts}}, landing on {{points}} of switch "{{switch}}", which bridge multicast group {{group}} does not include{{effect}}; add {{points}} to the group',
    },
    sources: [
      'docs/domain.md §7.2 (Microsoft: keep the nodes of one NLB cluster on different hosts, or one host failure takes all of them down)',
      'docs/domain.md §2.2 (field: a node can run on any host of its cluster, so the bridge multicast group must include every such host’s LAG)',
      'docs/domain.md §7.4 (derived: what exists once fails with what it depends on)',
    ],
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), 'nlb-single-failure-domain')) report(r);
  },
};
