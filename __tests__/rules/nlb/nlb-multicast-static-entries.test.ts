import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc } from '../../helpers/nlb-estate.js';
import { nlbMulticastStaticEntries } from '../../../src/rules/nlb/nlb-multicast-static-entries.js';

// VIP 10.1.2.3 in multicast mode: cluster MAC 03-bf-0a-01-02-03 (docs/domain.md §1.1).
const WEB = nlb('NLB-WEB', '10.1.2.3', 'multicast');
const ARP = '  staticArp:\n    - { ip: 10.1.2.3, mac: "03:bf:0a:01:02:03", vlan: 20 }\n';
const ROUTED = '  model: dell-powerconnect-5424\n  vlans:\n    - { id: 20, routed: true }\n';
const MAC = (members: string, vlan = 20): string =>
  `  staticMac:\n    - { mac: "03:bf:0a:01:02:03", vlan: ${vlan}, ${members} }\n`;

ruleTester(nlbMulticastStaticEntries, {
  valid: [
    {
      name: 'a static ARP entry and a static MAC entry on both LAGs',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP + MAC('lags: [1, 2]')) }),
    },
    {
      name: 'an IGMP multicast cluster needs neither',
      files: estate({ 'nlb.yaml': nlb('NLB-WEB', '10.1.2.3', 'igmp-multicast'), 'switch.yaml': switchDoc() }),
    },
    {
      name: 'a static ARP entry with another MAC is nlb-static-arp-mismatch',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '  staticArp:\n    - { ip: 10.1.2.3, mac: "02:bf:0a:01:02:03" }\n' + MAC('lags: [1, 2]'),
        ),
      }),
    },
    { name: 'an estate that declares no switch', files: estate({ 'nlb.yaml': WEB }) },
    {
      name: 'the gateway is in the estate and has the ARP entry',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP + MAC('lags: [1, 2]'), ROUTED) }),
    },
    {
      name: 'a multi-port static entry written as a bridge multicast address (§2.1)',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          ARP + '  bridgeMulticastGroups:\n    - { vlan: 20, mac: "03:bf:0a:01:02:03", lags: [1, 2] }\n',
        ),
      }),
    },
  ],
  invalid: [
    {
      name: 'the gateway is in the estate without the ARP entry: an error on the gateway',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(MAC('lags: [1, 2]'), ROUTED) }),
      errors: [
        {
          messageId: 'missingArp',
          severity: 'error',
          file: 'switch.yaml',
          line: 8,
          column: 17,
          message:
            'switch "SW1" routes VLAN 20 but has no static ARP entry for VIP 10.1.2.3 of multicast NLB cluster "NLB-WEB": add one mapping 10.1.2.3 to 03:bf:0a:01:02:03',
          related: [{ file: 'nlb.yaml', line: 6 }],
        },
      ],
    },
    {
      name: "a bridge multicast address for the cluster MAC without HV02's LAG",
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          ARP + '  bridgeMulticastGroups:\n    - { vlan: 20, mac: "03:bf:0a:01:02:03", lags: [1] }\n',
        ),
      }),
      errors: [{ messageId: 'missingMember', file: 'switch.yaml', line: 14, message: /does not include LAG 2/ }],
    },
    {
      name: 'neither entry',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
      errors: [
        {
          // the gateway is not described: a notice that the ARP entry was not checked, not an error
          messageId: 'gatewayNotInEstate',
          severity: 'notice',
          file: 'nlb.yaml',
          line: 6,
          column: 8,
          message:
            'no switch in the estate routes VLAN 20 of multicast NLB cluster "NLB-WEB", so hvlint cannot check its static ARP entry: make sure the layer-3 gateway of VLAN 20 maps VIP 10.1.2.3 to 03:bf:0a:01:02:03 (or declare the switch that routes the VLAN with routed: true)',
        },
        {
          // the entry is added on the switch (its spec, as it has no staticMac list yet); the cluster and the hosts' uplinks are related
          messageId: 'missingMacEntry',
          file: 'switch.yaml',
          line: 5,
          column: 1,
          message:
            'switch "SW1" has no static MAC-table entry for multicast NLB cluster "NLB-WEB", whose nodes can run on hosts "HV01", "HV02" connected to it: add MAC 03:bf:0a:01:02:03 on VLAN 20 with members LAG 1, LAG 2',
          related: [
            { file: 'nlb.yaml', line: 6, column: 8 },
            { file: 'hosts.yaml', line: 20, column: 35 },
            { file: 'hosts.yaml', line: 35, column: 35 },
          ],
        },
      ],
    },
    {
      name: 'a static MAC entry in another VLAN',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP + MAC('lags: [1, 2]', 30)) }),
      errors: [
        {
          messageId: 'missingMacEntry',
          file: 'switch.yaml',
          line: 13,
          column: 3,
          related: [
            { file: 'nlb.yaml', line: 6 },
            { file: 'hosts.yaml', line: 20 },
            { file: 'hosts.yaml', line: 35 },
          ],
        },
      ],
    },
    {
      name: "a static MAC entry without HV02's LAG",
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP + MAC('lags: [1]')) }),
      errors: [
        {
          messageId: 'missingMember',
          file: 'switch.yaml',
          line: 14,
          column: 45,
          message:
            'static MAC-table entry 03:bf:0a:01:02:03 on VLAN 20 of switch "SW1" does not include LAG 2, where host "HV02" lands: the host can run node "WEB01" of multicast NLB cluster "NLB-WEB", so add LAG 2 to the entry',
          related: [
            { file: 'hosts.yaml', line: 35, column: 35 },
            { file: 'nlb.yaml', line: 6, column: 8 },
          ],
        },
      ],
    },
    {
      name: 'a static MAC entry with ports only is reported at its MAC',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(ARP + MAC('ports: [g1]')) }),
      errors: [
        { messageId: 'missingMember', file: 'switch.yaml', line: 14, column: 9, message: /does not include LAG 1/ },
        { messageId: 'missingMember', file: 'switch.yaml', line: 14, column: 9, message: /does not include LAG 2/ },
      ],
    },
  ],
});
