import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc } from '../../helpers/nlb-estate.js';
import { nlbIgmpGatewayArp } from '../../../src/rules/nlb/nlb-igmp-gateway-arp.js';

// VIP 172.31.3.232 in IGMP multicast mode: cluster MAC 01-00-5e-7f-03-e8 (docs/domain.md §1.1).
const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
const ROUTED = '  model: dell-powerconnect-5424\n  vlans:\n    - { id: 20, routed: true }\n';
const ARP = '  staticArp:\n    - { ip: 172.31.3.232, mac: "01:00:5e:7f:03:e8", vlan: 20 }\n';

ruleTester(nlbIgmpGatewayArp, {
  valid: [
    { name: 'the gateway has the entry', files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP, ROUTED) }) },
    {
      name: 'no gateway declared, but a switch has the entry',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP) }),
    },
    {
      name: 'a multicast-mode cluster is nlb-multicast-static-entries',
      files: estate({ 'nlb.yaml': nlb('NLB-WEB', '10.1.2.3', 'multicast'), 'switch.yaml': switchDoc('', ROUTED) }),
    },
    { name: 'no switch declared at all', files: estate({ 'nlb.yaml': WEB }) },
  ],
  invalid: [
    {
      name: 'the gateway is in the estate and lacks the entry: a warning on the gateway',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('', ROUTED) }),
      errors: [
        {
          messageId: 'missingArp',
          severity: 'warning',
          file: 'switch.yaml',
          line: 8,
          column: 17,
          message:
            'switch "SW1" routes VLAN 20 but has no static ARP entry for VIP 172.31.3.232 of igmp-multicast NLB cluster "NLB-WEB": routers ignore the multicast MAC in its ARP replies, so clients in other subnets cannot reach it; add an entry mapping 172.31.3.232 to 01:00:5e:7f:03:e8',
          related: [{ file: 'nlb.yaml', line: 6 }],
        },
      ],
    },
    {
      name: 'the gateway is not in the estate: a notice that it was not checked',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
      errors: [
        {
          messageId: 'gatewayNotInEstate',
          severity: 'notice',
          file: 'nlb.yaml',
          line: 6,
          message:
            'no switch in the estate routes VLAN 20 of igmp-multicast NLB cluster "NLB-WEB", so hvlint cannot check its static ARP entry: make sure the layer-3 gateway of VLAN 20 maps VIP 172.31.3.232 to 01:00:5e:7f:03:e8 (or declare the switch that routes the VLAN with routed: true)',
        },
      ],
    },
  ],
});
