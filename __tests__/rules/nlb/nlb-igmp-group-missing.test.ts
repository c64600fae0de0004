import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbIgmpGroupMissing } from '../../../src/rules/nlb/nlb-igmp-group-missing.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');

ruleTester(nlbIgmpGroupMissing, {
  valid: [
    { name: 'a group by MAC in the cluster VLAN', files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1, 2] }\n') }) },
    { name: 'a group by 239.255.x.y', files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 20, group: 239.255.3.232, lags: [1, 2] }\n') }) },
    { name: 'a group by the VIP (the switch converts it)', files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 20, group: 172.31.3.232, lags: [1, 2] }\n') }) },
    { name: 'a multicast-mode cluster needs no group', files: estate({ 'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'multicast'), 'switch.yaml': switchDoc() }) },
    { name: 'nodes whose VMs are not declared reach no switch', files: estate({ 'nlb.yaml': nlb('NLB-X', '172.31.3.232', 'igmp-multicast', '', ['GHOST01']), 'switch.yaml': switchDoc() }) },
    { name: 'hosts whose switch is not declared', files: estate({ 'nlb.yaml': WEB }) },
  ],
  invalid: [
    {
      name: 'no bridge multicast group at all',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
      errors: [
        {
          messageId: 'missing',
          file: 'nlb.yaml',
          line: 6,
          column: 8,
          message:
            'switch "SW1" has no bridge multicast group for igmp-multicast NLB cluster "NLB-WEB", whose nodes can run on hosts "HV01", "HV02" connected to it: add group 239.255.3.232 on VLAN 20 with MAC 01:00:5e:7f:03:e8 and members LAG 1, LAG 2',
          related: [{ file: 'switch.yaml', line: 4, column: 9 }],
        },
      ],
    },
    {
      name: 'a group for the right MAC in another VLAN',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 10, mac: "01:00:5e:7f:03:e8", lags: [1, 2] }\n') }),
      errors: [{ messageId: 'missing', file: 'nlb.yaml', line: 6, column: 8, related: [{ file: 'switch.yaml', line: 11, column: 3 }] }],
    },
    {
      name: 'only a group of another cluster',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 20, mac: "01:00:5e:7f:04:0a", group: 239.255.4.10, lags: [1, 2] }\n') }),
      errors: [{ messageId: 'missing', file: 'nlb.yaml', line: 6, column: 8 }],
    },
    {
      name: 'a node on a standalone host adds that host and its LAG; the switch style decides the MAC notation',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast', '', ['WEB01', 'APP01']),
        'switch.yaml': switchDoc('', '  model: generic\n  macStyle: hyphen\n'),
      }),
      errors: [{ messageId: 'missing', line: 6, column: 8, message: /run on hosts "HV01", "HV02", "HV03" connected .* with MAC 01-00-5e-7f-03-e8 and members LAG 1, LAG 2, LAG 3$/ }],
    },
    {
      name: 'an adapter on a virtual switch no team is bound to reaches through every team',
      files: {
        ...estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
        'vms.yaml': [vm('WEB01', 'cluster: HVC1', 'switch: vSwitch-Other, vlan: 20, macAddressSpoofing: true'), VMS.split('---\n')[1]].join('---\n'),
      },
      errors: [{ messageId: 'missing', line: 6, message: /members LAG 1, port g5, LAG 2, port g6$/ }],
    },
  ],
});
