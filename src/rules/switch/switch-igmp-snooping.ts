import { defineRule } from '../types.js';
import type { Manifest } from '../../model/estate.js';
import { bridgeGroupsFor, nlbReach, switchVlan } from '../../model/topology.js';

interface Problem {
  switch: Manifest<'Switch'>;
  path: Array<string | number>;
  messageId: 'snoopingOff' | 'snoopingOffVlan' | 'unregisteredFiltered';
  vlan: number;
  clusters: Manifest<'NlbCluster'>[];
}

export const switchIgmpSnooping = defineRule({
  meta: {
    id: 'switch-igmp-snooping',
    severity: 'error',
    area: 'switch',
    description:
      'Require IGMP snooping, and no filtering of unregistered multicast, on switch VLANs that carry an IGMP multicast NLB cluster without a static bridge multicast group.',
    fixable: false,
    messages: {
      snoopingOff:
        'IGMP snooping is off on switch "{{switch}}", which carries igmp-multicast NLB cluster {{clusters}} on VLAN {{vlan}} without a static bridge multicast group: turn IGMP snooping on or add the group',
      snoopingOffVlan:
        'IGMP snooping is off on VLAN {{vlan}} of switch "{{switch}}", which carries igmp-multicast NLB cluster {{clusters}} without a static bridge multicast group: turn IGMP snooping on for the VLAN or add the group',
      unregisteredFiltered:
        'VLAN {{vlan}} of switch "{{switch}}" filters unregistered multicast but carries igmp-multicast NLB cluster {{clusters}} without a static bridge multicast group, so cluster traffic is dropped whenever the group is not registered: add the group or forward unregistered multicast',
    },
    sources: ['docs/domain.md §1.2 (KB 4494444)', 'docs/domain.md §2.1'],
  },
  check({ estate, report }) {
    const problems = new Map<string, Problem>();
    const note = (
      sw: Manifest<'Switch'>,
      path: Problem['path'],
      messageId: Problem['messageId'],
      vlan: number,
      cluster: Manifest<'NlbCluster'>,
    ): void => {
      const key = `${sw.name.toLowerCase()}|${path.join('.')}|${messageId}`;
      const problem = problems.get(key);
      if (problem) {
        if (!problem.clusters.includes(cluster)) problem.clusters.push(cluster);
      } else problems.set(key, { switch: sw, path, messageId, vlan, clusters: [cluster] });
    };
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      for (const { switch: sw } of nlbReach(estate, cluster).values()) {
        if (bridgeGroupsFor(estate, sw, cluster).length > 0) continue;
        const declared = switchVlan(estate, sw, cluster.spec.vlan);
        const vlan = declared?.vlan;
        const v = declared?.index ?? -1;
        if (sw.spec.igmpSnooping === false)
          note(sw, ['spec', 'igmpSnooping'], 'snoopingOff', cluster.spec.vlan, cluster);
        else if (vlan?.igmpSnooping === false)
          note(sw, ['spec', 'vlans', v, 'igmpSnooping'], 'snoopingOffVlan', cluster.spec.vlan, cluster);
        if (vlan?.unregisteredMulticast === 'filter')
          note(sw, ['spec', 'vlans', v, 'unregisteredMulticast'], 'unregisteredFiltered', cluster.spec.vlan, cluster);
      }
    }
    for (const problem of problems.values()) {
      const sw = problem.switch;
      report({
        doc: sw,
        path: problem.path,
        messageId: problem.messageId,
        data: { switch: sw.name, vlan: problem.vlan, clusters: problem.clusters.map((c) => `"${c.name}"`).join(', ') },
        related: problem.clusters.map((c) => ({
          doc: c,
          path: ['spec', 'vlan'],
          message: `igmp-multicast NLB cluster "${c.name}" on VLAN ${c.spec.vlan}`,
        })),
      });
    }
  },
});
