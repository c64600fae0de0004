import { defineRule } from '../types.js';
import { clusterMacFor, formatMac, macForSwitch } from '../../model/nlb.js';
import {
  bridgeGroupsWithMac,
  describeAttachment,
  membersCover,
  nlbReach,
  staticMacEntries,
  uplinkPath,
  vipArpAtGateways,
} from '../../model/topology.js';

export const nlbMulticastStaticEntries = defineRule({
  meta: {
    id: 'nlb-multicast-static-entries',
    severity: 'error',
    area: 'nlb',
    description:
      'Require, for each multicast-mode NLB cluster, a static ARP entry on the layer-3 gateway of its VLAN and, on every switch where hosts able to run a node land, a static MAC-table entry (or a bridge multicast address for the cluster MAC) on their LAGs or ports.',
    fixable: false,
    messages: {
      missingArp:
        'switch "{{switch}}" routes VLAN {{vlan}} but has no static ARP entry for VIP {{vip}} of multicast NLB cluster "{{cluster}}": add one mapping {{vip}} to {{mac}}',
      gatewayNotInEstate:
        'no switch in the estate routes VLAN {{vlan}} of multicast NLB cluster "{{cluster}}", so hvlint cannot check its static ARP entry: make sure the layer-3 gateway of VLAN {{vlan}} maps VIP {{vip}} to {{mac}} (or declare the switch that routes the VLAN with routed: true)',
      missingMacEntry:
        'switch "{{switch}}" has no static MAC-table entry for multicast NLB cluster "{{cluster}}", whose nodes can run on {{hosts}} connected to it: add MAC {{mac}} on VLAN {{vlan}} with members {{members}}',
      missingMember:
        'static MAC-table entry {{mac}} on VLAN {{vlan}} of switch "{{switch}}" does not include {{member}}, where host "{{host}}" lands: the host can run node "{{vm}}" of multicast NLB cluster "{{cluster}}", so add {{member}} to the entry',
    },
    sources: [
      'docs/domain.md §1.1',
      'docs/domain.md §1.5 (KB 4494444: a static ARP entry and a static MAC-table entry for multicast mode)',
      'docs/domain.md §2.1 (a multi-port static entry for a multicast MAC may be written as a bridge multicast address)',
      'docs/domain.md §2.2',
    ],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'multicast') continue;
      const { vip, vlan } = cluster.spec;
      const mac = clusterMacFor(vip, 'multicast');
      const { missing, gatewayOutsideEstate } = vipArpAtGateways(estate, cluster);
      for (const { switch: sw, path } of missing) {
        report({
          doc: sw,
          path,
          target: 'key',
          messageId: 'missingArp',
          data: { switch: sw.name, vip, cluster: cluster.name, mac: macForSwitch(mac, sw.spec), vlan },
          related: [
            { doc: cluster, path: ['spec', 'vip'], message: `multicast NLB cluster "${cluster.name}", VIP ${vip}` },
          ],
        });
      }
      // The gateway is elsewhere (a router not described here): say that it was not checked.
      if (gatewayOutsideEstate) {
        report({
          doc: cluster,
          path: ['spec', 'vip'],
          messageId: 'gatewayNotInEstate',
          severity: 'notice',
          data: { vip, cluster: cluster.name, mac: formatMac(mac, 'colon'), vlan },
        });
      }
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        const entries = [
          ...staticMacEntries(estate, sw, vlan, mac).map((e) => ({ ...e, list: 'staticMac' as const })),
          ...bridgeGroupsWithMac(estate, sw, vlan, mac).map((e) => ({ ...e, list: 'bridgeMulticastGroups' as const })),
        ];
        const shown = macForSwitch(mac, sw.spec);
        if (entries.length === 0) {
          const hosts = [...new Set([...attachments.values()].map((at) => at.host.name))];
          const listPath = ['spec', 'staticMac'];
          // The entry is added on the switch, so the finding is there; the cluster is related.
          report({
            doc: sw,
            path: sw.has(listPath) ? listPath : sw.has(['spec']) ? ['spec'] : ['metadata', 'name'],
            target: 'key',
            messageId: 'missingMacEntry',
            data: {
              switch: sw.name,
              cluster: cluster.name,
              hosts: `${hosts.length === 1 ? 'host' : 'hosts'} ${hosts.map((h) => `"${h}"`).join(', ')}`,
              mac: shown,
              vlan,
              members: [...attachments.values()].map(describeAttachment).join(', '),
            },
            related: [
              { doc: cluster, path: ['spec', 'vip'], message: `multicast NLB cluster "${cluster.name}", VIP ${vip}` },
              ...[...attachments.values()].map((at) => ({
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`,
              })),
            ],
          });
          continue;
        }
        const first = entries[0]!;
        for (const at of attachments.values()) {
          if (entries.some((e) => membersCover(e.entry, at))) continue;
          const entryPath = ['spec', first.list, first.index];
          const list = at.lag !== undefined ? 'lags' : 'ports';
          report({
            doc: sw,
            path: sw.has([...entryPath, list]) ? [...entryPath, list] : [...entryPath, 'mac'],
            target: 'key',
            messageId: 'missingMember',
            data: {
              mac: first.entry.mac ?? shown,
              vlan,
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
              { doc: cluster, path: ['spec', 'vip'], message: `multicast NLB cluster "${cluster.name}"` },
            ],
          });
        }
      }
    }
  },
});
