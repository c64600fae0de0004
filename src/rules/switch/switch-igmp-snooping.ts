import { defineRule } from '../types.js';
import type { Manifest } from '../../model/estate.js';
import { bridgeGroupsFor, describeAttachment, nlbReach, switchVlan } from '../../model/topology.js';

interface Problem {
  switch: Manifest<'Switch'>;
  path: Array<string | number>;
  messageId: 'snoopingOff' | 'snoopingOffVlan' | 'unregisteredFiltered';
  vlan: number;
  /** The LAG or port that drops unregistered multicast, for unregisteredFiltered. */
  member?: string;
  clusters: Manifest<'NlbCluster'>[];
}

export const switchIgmpSnooping = defineRule({
  meta: {
    id: 'switch-igmp-snooping',
    severity: 'error',
    area: 'switch',
    description:
      'Require IGMP snooping on switch VLANs that carry an IGMP multicast NLB cluster without a static bridge multicast group, and forwarding of unregistered multicast on the LAGs and ports of the hosts that can run its nodes.',
    fixable: false,
    messages: {
      snoopingOff:
        'IGMP snooping is off on switch "{{switch}}", which carries igmp-multicast NLB cluster {{clusters}} on VLAN {{vlan}} without a static bridge multicast group: turn IGMP snooping on or add the group',
      snoopingOffVlan:
        'IGMP snooping is off on VLAN {{vlan}} of switch "{{switch}}", which carries igmp-multicast NLB cluster {{clusters}} without a static bridge multicast group: turn IGMP snooping on for the VLAN or add the group',
      unregisteredFiltered:
        '{{member}} of switch "{{switch}}" filters unregistered multicast, and hosts behind it can run nodes of igmp-multicast NLB cluster {{clusters}} on VLAN {{vlan}}, which has no static bridge multicast group: cluster traffic is dropped there whenever the group is not registered, so add the group or set unregisteredMulticast: forward on {{member}}',
    },
    sources: [
      'docs/domain.md §1.2 (KB 4494444: IGMP multicast mode needs IGMP snooping on the switches)',
      'docs/domain.md §2.1 (Dell PowerConnect: unregistered-multicast forwarding is a port and LAG setting)',
    ],
  },
  check({ estate, report }) {
    const problems = new Map<string, Problem>();
    const note = (
      sw: Manifest<'Switch'>,
      path: Problem['path'],
      messageId: Problem['messageId'],
      vlan: number,
      cluster: Manifest<'NlbCluster'>,
      member?: string,
    ): void => {
      const key = `${sw.name.toLowerCase()}|${path.join('.')}|${messageId}`;
      const problem = problems.get(key);
      if (problem) {
        if (!problem.clusters.includes(cluster)) problem.clusters.push(cluster);
      } else
        problems.set(key, { switch: sw, path, messageId, vlan, clusters: [cluster], ...(member ? { member } : {}) });
    };
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        if (bridgeGroupsFor(estate, sw, cluster).length > 0) continue;
        const declared = switchVlan(estate, sw, cluster.spec.vlan);
        const vlan = declared?.vlan;
        const v = declared?.index ?? -1;
        if (sw.spec.igmpSnooping === false)
          note(sw, ['spec', 'igmpSnooping'], 'snoopingOff', cluster.spec.vlan, cluster);
        else if (vlan?.igmpSnooping === false)
          note(sw, ['spec', 'vlans', v, 'igmpSnooping'], 'snoopingOffVlan', cluster.spec.vlan, cluster);
        // Dropping unregistered multicast is a port or LAG setting, and only takes effect with filtering on (§2.1).
        if (sw.spec.bridgeMulticastFiltering === false) continue;
        for (const at of attachments.values()) {
          const i =
            at.lag !== undefined
              ? (sw.spec.lags ?? []).findIndex((l) => l.id === at.lag)
              : (sw.spec.ports ?? []).findIndex((p) => p.name.toLowerCase() === (at.port ?? '').toLowerCase());
          const list = at.lag !== undefined ? 'lags' : 'ports';
          const setting = i < 0 ? undefined : at.lag !== undefined ? sw.spec.lags![i] : sw.spec.ports![i];
          if (setting?.unregisteredMulticast !== 'filter') continue;
          const member = describeAttachment(at);
          note(
            sw,
            ['spec', list, i, 'unregisteredMulticast'],
            'unregisteredFiltered',
            cluster.spec.vlan,
            cluster,
            member,
          );
        }
      }
    }
    for (const problem of problems.values()) {
      const sw = problem.switch;
      report({
        doc: sw,
        path: problem.path,
        messageId: problem.messageId,
        data: {
          switch: sw.name,
          vlan: problem.vlan,
          clusters: problem.clusters.map((c) => `"${c.name}"`).join(', '),
          member: problem.member ?? '',
        },
        related: problem.clusters.map((c) => ({
          doc: c,
          path: ['spec', 'vlan'],
          message: `igmp-multicast NLB cluster "${c.name}" on VLAN ${c.spec.vlan}`,
        })),
      });
    }
  },
});
