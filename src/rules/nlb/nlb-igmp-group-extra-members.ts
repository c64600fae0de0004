import { defineRule } from '../types.js';
import { nameKey } from '../../model/estate.js';
import {
  attachmentKey,
  bridgeGroupLabel,
  hostsLandingAt,
  igmpClustersServedBy,
  lagOfPort,
  nlbReach,
} from '../../model/topology.js';

export const nlbIgmpGroupExtraMembers = defineRule({
  meta: {
    id: 'nlb-igmp-group-extra-members',
    severity: 'warning',
    area: 'nlb',
    description:
      "Report members of an IGMP multicast NLB cluster's bridge multicast group that lead to no host able to run one of its nodes.",
    fixable: false,
    messages: {
      extraMember:
        '{{member}} is a member of bridge multicast group {{group}} on VLAN {{vlan}} but leads to no host able to run a node of NLB cluster {{clusters}}{{leadsTo}}: remove it, so the cluster traffic goes only to the hosts that need it',
    },
    sources: ['docs/domain.md §2.1', 'docs/domain.md §2.2'],
  },
  check({ estate, report }) {
    for (const sw of estate.of('Switch')) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((group, g) => {
        const clusters = igmpClustersServedBy(estate, group);
        if (clusters.length === 0) return; // not an NLB group
        const reach = clusters.map((c) => nlbReach(estate, c));
        // Where nothing is known of the clusters' hosts, there is nothing to judge members by.
        if (reach.every((r) => r.size === 0)) return;
        const wanted = new Set<string>();
        for (const r of reach) for (const key of r.get(nameKey(sw.name))?.attachments.keys() ?? []) wanted.add(key);
        const check = (point: { lag?: number; port?: string }, member: string, path: Array<string | number>): void => {
          const key = attachmentKey(point);
          if (wanted.has(key)) return;
          const hosts = hostsLandingAt(estate, sw, key);
          report({
            doc: sw,
            path,
            messageId: 'extraMember',
            data: {
              member,
              group: bridgeGroupLabel(group),
              vlan: group.vlan,
              clusters: clusters.map((c) => `"${c.name}"`).join(' or '),
              leadsTo:
                hosts.length > 0
                  ? ` (it leads to ${hosts.length === 1 ? 'host' : 'hosts'} ${hosts.map((h) => `"${h.name}"`).join(', ')})`
                  : '',
            },
            related: clusters.map((c) => ({
              doc: c,
              path: ['spec', 'vip'],
              message: `igmp-multicast NLB cluster "${c.name}"`,
            })),
          });
        };
        (group.lags ?? []).forEach((lag, i) =>
          check({ lag }, `LAG ${lag}`, ['spec', 'bridgeMulticastGroups', g, 'lags', i]),
        );
        (group.ports ?? []).forEach((port, i) => {
          const lag = lagOfPort(estate, sw, port);
          check(lag !== undefined ? { lag } : { port }, `port ${port}`, [
            'spec',
            'bridgeMulticastGroups',
            g,
            'ports',
            i,
          ]);
        });
      });
    }
  },
});
