import { defineRule } from '../types.js';
import { clusterMacFor, igmpGroupFor, macForSwitch } from '../../model/nlb.js';
import {
  bridgeGroupLabel,
  bridgeGroupsFor,
  describeAttachment,
  nlbReach,
  strayGroupsFor,
  switchVlan,
  uplinkPath,
} from '../../model/topology.js';

export const nlbIgmpGroupMissing = defineRule({
  meta: {
    id: 'nlb-igmp-group-missing',
    severity: 'warning',
    area: 'nlb',
    description:
      'Require a bridge multicast group for each IGMP multicast NLB cluster on every switch where hosts able to run its nodes land.',
    fixable: false,
    messages: {
      missing:
        'switch "{{switch}}" has no bridge multicast group for igmp-multicast NLB cluster "{{cluster}}", whose nodes can run on {{hosts}} connected to it{{why}}: add group {{group}} on VLAN {{vlan}} with MAC {{mac}} and members {{members}}{{stray}}',
      wrongVlan:
        'bridge multicast group {{group}} on VLAN {{vlan}} of switch "{{switch}}" is for igmp-multicast NLB cluster "{{cluster}}", which runs on VLAN {{clusterVlan}}: move the group to VLAN {{clusterVlan}}',
    },
    sources: [
      'docs/domain.md §1.2 (KB 4494444: Microsoft requires IGMP snooping; static groups are field practice, so a missing group is an error only where snooping is off)',
      'docs/domain.md §1.7',
      'docs/domain.md §2.1',
      'docs/domain.md §2.2',
    ],
  },
  check({ estate, report }) {
    const strayReported = new Set<string>();
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        // A group for the cluster on another VLAN serves nobody: report it where it is, once.
        for (const stray of strayGroupsFor(estate, sw, cluster)) {
          const once = `${sw.name}|${stray.index}`;
          if (strayReported.has(once)) continue;
          strayReported.add(once);
          report({
            doc: sw,
            path: ['spec', 'bridgeMulticastGroups', stray.index, 'vlan'],
            messageId: 'wrongVlan',
            data: {
              group: bridgeGroupLabel(stray.entry),
              vlan: stray.entry.vlan,
              switch: sw.name,
              cluster: cluster.name,
              clusterVlan: cluster.spec.vlan,
            },
            related: [
              {
                doc: cluster,
                path: ['spec', 'vlan'],
                message: `igmp-multicast NLB cluster "${cluster.name}" on VLAN ${cluster.spec.vlan}`,
              },
            ],
          });
        }
        if (bridgeGroupsFor(estate, sw, cluster).length > 0) continue;
        const hosts = [...new Set([...attachments.values()].map((at) => at.host.name))];
        // Without snooping nothing else delivers the cluster's traffic: then the group is surely needed (§1.2).
        const vlanSetting = switchVlan(estate, sw, cluster.spec.vlan)?.vlan;
        const snoopingOff = sw.spec.igmpSnooping === false || vlanSetting?.igmpSnooping === false;
        const strays = strayGroupsFor(estate, sw, cluster);
        // The fix is a group in the switch manifest: report there, with the cluster and the uplinks behind the members as related.
        const groupsPath = ['spec', 'bridgeMulticastGroups'];
        const where = sw.has(groupsPath) ? groupsPath : sw.has(['spec']) ? ['spec'] : ['metadata', 'name'];
        report({
          doc: sw,
          path: where,
          target: where[0] === 'spec' ? 'key' : 'value',
          messageId: 'missing',
          ...(snoopingOff ? { severity: 'error' as const } : {}),
          data: {
            switch: sw.name,
            cluster: cluster.name,
            hosts: `${hosts.length === 1 ? 'host' : 'hosts'} ${hosts.map((h) => `"${h}"`).join(', ')}`,
            group: igmpGroupFor(cluster.spec.vip),
            vlan: cluster.spec.vlan,
            mac: macForSwitch(clusterMacFor(cluster.spec.vip, 'igmp-multicast'), sw.spec),
            members: [...attachments.values()].map(describeAttachment).join(', '),
            why: snoopingOff
              ? `, and IGMP snooping is off ${sw.spec.igmpSnooping === false ? 'on the switch' : `on VLAN ${cluster.spec.vlan}`}, so nothing delivers the cluster's traffic`
              : '',
            stray:
              strays.length > 0
                ? ` (the group on ${strays.map((s) => `VLAN ${s.entry.vlan}`).join(', ')} is on the wrong VLAN: move it to VLAN ${cluster.spec.vlan})`
                : '',
          },
          related: [
            {
              doc: cluster,
              path: ['spec', 'vip'],
              message: `igmp-multicast NLB cluster "${cluster.name}", VIP ${cluster.spec.vip}`,
            },
            ...strays.map((s) => ({
              doc: sw,
              path: ['spec', 'bridgeMulticastGroups', s.index, 'vlan'],
              message: `a group for the cluster on VLAN ${s.entry.vlan}, not VLAN ${cluster.spec.vlan}`,
            })),
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
