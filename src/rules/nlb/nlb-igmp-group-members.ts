import { defineRule } from '../types.js';
import {
  bridgeGroupLabel,
  bridgeGroupsFor,
  describeAttachment,
  membersCover,
  nlbReach,
  uplinkPath,
} from '../../model/topology.js';

export const nlbIgmpGroupMembers = defineRule({
  meta: {
    id: 'nlb-igmp-group-members',
    severity: 'error',
    area: 'nlb',
    description:
      'Require the bridge multicast group of an IGMP multicast NLB cluster to include the LAG or port of every host able to run one of its nodes.',
    fixable: false,
    messages: {
      missingMember:
        'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{switch}}" does not include {{member}}, where host "{{host}}" lands: the host can run node "{{vm}}" of NLB cluster "{{cluster}}", so add {{member}} to the group',
    },
    sources: ['docs/domain.md §1.7', 'docs/domain.md §2.1', 'docs/domain.md §2.2'],
  },
  check({ estate, report }) {
    // A group can serve two colliding clusters (§1.4): name each missing point once.
    const reported = new Set<string>();
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        const groups = bridgeGroupsFor(estate, sw, cluster);
        if (groups.length === 0) continue; // nlb-igmp-group-missing
        const first = groups[0]!;
        for (const [key, at] of attachments) {
          if (groups.some((g) => membersCover(g.entry, at))) continue;
          const once = `${sw.name}|${first.index}|${key}`;
          if (reported.has(once)) continue;
          reported.add(once);
          const groupPath = ['spec', 'bridgeMulticastGroups', first.index];
          const list = at.lag !== undefined ? 'lags' : 'ports';
          report({
            doc: sw,
            path: sw.has([...groupPath, list]) ? [...groupPath, list] : groupPath,
            target: 'key',
            messageId: 'missingMember',
            data: {
              group: bridgeGroupLabel(first.entry),
              vlan: first.entry.vlan,
              switch: sw.name,
              member: describeAttachment(at),
              host: at.host.name,
              vm: at.vm,
              cluster: cluster.name,
            },
            related: [
              {
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`,
              },
              { doc: cluster, path: ['spec', 'vip'], message: `igmp-multicast NLB cluster "${cluster.name}"` },
            ],
          });
        }
      }
    }
  },
});
