import { defineRule } from '../types.js';
import { clusterMacFor, igmpGroupFor, macForSwitch } from '../../model/nlb.js';
import { bridgeGroupsFor, describeAttachment, nlbReach, uplinkPath } from '../../model/topology.js';

export const nlbIgmpGroupMissing = defineRule({
  meta: {
    id: 'nlb-igmp-group-missing',
    severity: 'error',
    area: 'nlb',
    description:
      'Require a bridge multicast group for each IGMP multicast NLB cluster on every switch where hosts able to run its nodes land.',
    fixable: false,
    messages: {
      missing:
        'switch "{{switch}}" has no bridge multicast group for igmp-multicast NLB cluster "{{cluster}}", whose nodes can run on {{hosts}} connected to it: add group {{group}} on VLAN {{vlan}} with MAC {{mac}} and members {{members}}',
    },
    sources: ['docs/domain.md §1.2 (KB 4494444)', 'docs/domain.md §1.7', 'docs/domain.md §2.1', 'docs/domain.md §2.2'],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        if (bridgeGroupsFor(estate, sw, cluster).length > 0) continue;
        const hosts = [...new Set([...attachments.values()].map((at) => at.host.name))];
        // The fix is a group in the switch manifest: report there, with the cluster and the uplinks behind the members as related.
        const groupsPath = ['spec', 'bridgeMulticastGroups'];
        const where = sw.has(groupsPath) ? groupsPath : sw.has(['spec']) ? ['spec'] : ['metadata', 'name'];
        report({
          doc: sw,
          path: where,
          target: where[0] === 'spec' ? 'key' : 'value',
          messageId: 'missing',
          data: {
            switch: sw.name,
            cluster: cluster.name,
            hosts: `${hosts.length === 1 ? 'host' : 'hosts'} ${hosts.map((h) => `"${h}"`).join(', ')}`,
            group: igmpGroupFor(cluster.spec.vip),
            vlan: cluster.spec.vlan,
            mac: macForSwitch(clusterMacFor(cluster.spec.vip, 'igmp-multicast'), sw.spec),
            members: [...attachments.values()].map(describeAttachment).join(', '),
          },
          related: [
            {
              doc: cluster,
              path: ['spec', 'vip'],
              message: `igmp-multicast NLB cluster "${cluster.name}", VIP ${cluster.spec.vip}`,
            },
            ...[...attachments.values()].map((a) => ({
              doc: a.host,
              path: uplinkPath(a),
              message: `host "${a.host.name}" lands on ${describeAttachment(a)} of switch "${sw.name}"`,
            })),
          ],
        });
      }
    }
  },
});
