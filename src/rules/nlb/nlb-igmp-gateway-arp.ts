import { defineRule } from '../types.js';
import { clusterMacFor, formatMac, macForSwitch } from '../../model/nlb.js';
import { vipArpAtGateways } from '../../model/topology.js';

export const nlbIgmpGatewayArp = defineRule({
  meta: {
    id: 'nlb-igmp-gateway-arp',
    severity: 'warning',
    area: 'nlb',
    description:
      'Require a static ARP entry for the VIP of each IGMP multicast NLB cluster on the layer-3 gateway of its VLAN, where the gateway is in the estate.',
    fixable: false,
    messages: {
      missingArp:
        'switch "{{switch}}" routes VLAN {{vlan}} but has no static ARP entry for VIP {{vip}} of igmp-multicast NLB cluster "{{cluster}}": routers ignore the multicast MAC in its ARP replies, so clients in other subnets cannot reach it; add an entry mapping {{vip}} to {{mac}}',
      gatewayNotInEstate:
        'no switch in the estate routes VLAN {{vlan}} of igmp-multicast NLB cluster "{{cluster}}", so hvlint cannot check its static ARP entry: make sure the layer-3 gateway of VLAN {{vlan}} maps VIP {{vip}} to {{mac}} (or declare the switch that routes the VLAN with routed: true)',
    },
    sources: [
      'docs/domain.md §1.5 (Cisco, "Troubleshoot IGMP for NLB on Catalyst 9000 switches": in IGMP multicast mode the layer-3 gateway needs a static ARP entry as well)',
      'docs/domain.md §1.1',
    ],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      const { vip, vlan } = cluster.spec;
      const mac = clusterMacFor(vip, 'igmp-multicast');
      const { missing, gatewayOutsideEstate } = vipArpAtGateways(estate, cluster);
      for (const { switch: sw, path } of missing) {
        report({
          doc: sw,
          path,
          target: 'key',
          messageId: 'missingArp',
          data: { switch: sw.name, vip, cluster: cluster.name, mac: macForSwitch(mac, sw.spec), vlan },
          related: [
            {
              doc: cluster,
              path: ['spec', 'vip'],
              message: `igmp-multicast NLB cluster "${cluster.name}", VIP ${vip}`,
            },
          ],
        });
      }
      if (gatewayOutsideEstate) {
        report({
          doc: cluster,
          path: ['spec', 'vip'],
          messageId: 'gatewayNotInEstate',
          severity: 'notice',
          data: { vip, cluster: cluster.name, mac: formatMac(mac, 'colon'), vlan },
        });
      }
    }
  },
});
