import { defineRule } from '../types.js';
import type { Manifest } from '../../model/estate.js';
import { clusterMacFor, igmpGroupFor, lastTwoOctets } from '../../model/nlb.js';
import { nlbReach } from '../../model/topology.js';

type NlbCluster = Manifest<'NlbCluster'>;

export const nlbIgmpGroupCollision = defineRule({
  meta: {
    id: 'nlb-igmp-group-collision',
    severity: 'warning',
    area: 'nlb',
    description:
      'Report IGMP multicast NLB clusters in one VLAN whose VIPs share the last two octets, and so the multicast group and MAC.',
    fixable: false,
    messages: {
      collision:
        'igmp-multicast NLB cluster "{{cluster}}" (VIP {{vip}}) and "{{other}}" (VIP {{otherVip}}) on VLAN {{vlan}} both use group {{group}} and MAC {{mac}}, so their traffic and snooping state collide: change the last two octets of one VIP or move one cluster to another VLAN',
    },
    sources: ['docs/domain.md §1.1', 'docs/domain.md §1.2', 'docs/domain.md §1.4'],
  },
  check({ estate, report }) {
    // One pass, grouped by VLAN and last two octets. A layer-2 domain is a VLAN on the switches
    // the clusters' hosts land on: clusters on disjoint switches (two sites that both use VLAN 20)
    // do not meet. A cluster whose switches are unknown is taken to meet every cluster of its VLAN.
    const firstOfGroup = new Map<string, NlbCluster>();
    const firstWithoutSwitches = new Map<string, NlbCluster>();
    const firstOnSwitch = new Map<string, NlbCluster>();
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      const group = `${cluster.spec.vlan}|${lastTwoOctets(cluster.spec.vip)}`;
      const switches = [...nlbReach(estate, cluster).keys()].map((sw) => `${group}|${sw}`);
      const other =
        switches.length === 0
          ? firstOfGroup.get(group)
          : (firstWithoutSwitches.get(group) ??
            switches.map((key) => firstOnSwitch.get(key)).find((c) => c !== undefined));
      if (!firstOfGroup.has(group)) firstOfGroup.set(group, cluster);
      if (switches.length === 0 && !firstWithoutSwitches.has(group)) firstWithoutSwitches.set(group, cluster);
      for (const key of switches) if (!firstOnSwitch.has(key)) firstOnSwitch.set(key, cluster);
      // The same VIP twice is nlb-vip-conflict's finding.
      if (!other || other.spec.vip === cluster.spec.vip) continue;
      report({
        doc: cluster,
        path: ['spec', 'vip'],
        messageId: 'collision',
        data: {
          cluster: cluster.name,
          vip: cluster.spec.vip,
          other: other.name,
          otherVip: other.spec.vip,
          vlan: cluster.spec.vlan,
          group: igmpGroupFor(cluster.spec.vip),
          mac: clusterMacFor(cluster.spec.vip, 'igmp-multicast'),
        },
        related: [
          {
            doc: other,
            path: ['spec', 'vip'],
            message: `igmp-multicast NLB cluster "${other.name}" (VIP ${other.spec.vip})`,
          },
        ],
      });
    }
  },
});
