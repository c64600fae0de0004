import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc } from '../../helpers/nlb-estate.js';
import { switchIgmpSnooping } from '../../../src/rules/switch/switch-igmp-snooping.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
const head = (lines: string): string => `  model: dell-powerconnect-5424\n${lines}`;
const GROUP = '  bridgeMulticastGroups:\n    - { vlan: 20, group: 239.255.3.232, lags: [1, 2] }\n';

ruleTester(switchIgmpSnooping, {
  valid: [
    {
      name: 'snooping on, unregistered multicast forwarded',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('', head('  igmpSnooping: true\n  vlans:\n    - { id: 20, igmpSnooping: true }\n')),
      }),
    },
    { name: 'nothing said about snooping', files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }) },
    {
      name: 'snooping off, but a static group',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(GROUP, head('  igmpSnooping: false\n')) }),
    },
    {
      name: 'unregistered multicast filtered on a host LAG, with a static group',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(GROUP, head('  bridgeMulticastFiltering: true\n'), 'unregisteredMulticast: filter'),
      }),
    },
    {
      name: 'global bridge multicast filtering on, unregistered multicast forwarded (a correct PowerConnect)',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '',
          head('  igmpSnooping: true\n  bridgeMulticastFiltering: true\n'),
          'unregisteredMulticast: forward',
        ),
      }),
    },
    {
      name: 'a port that filters unregistered multicast but faces no host able to run a node',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '',
          head('  bridgeMulticastFiltering: true\n  ports:\n    - { name: g24, unregisteredMulticast: filter }\n'),
        ),
      }),
    },
    {
      name: 'filtering off: the per-port setting has no effect (switch-multicast-filtering reports the flooding)',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('', head('  bridgeMulticastFiltering: false\n'), 'unregisteredMulticast: filter'),
      }),
    },
    {
      name: 'snooping off on a VLAN that carries no cluster',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('', head('  vlans:\n    - { id: 10, igmpSnooping: false }\n')),
      }),
    },
    {
      name: 'a multicast-mode cluster does not need snooping',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '10.1.2.3', 'multicast'),
        'switch.yaml': switchDoc('', head('  igmpSnooping: false\n')),
      }),
    },
  ],
  invalid: [
    {
      name: 'snooping off globally',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc('', head('  igmpSnooping: false\n')) }),
      errors: [
        {
          messageId: 'snoopingOff',
          file: 'switch.yaml',
          line: 7,
          column: 17,
          message:
            'IGMP snooping is off on switch "SW1", which carries igmp-multicast NLB cluster "NLB-WEB" on VLAN 20 without a static bridge multicast group: turn IGMP snooping on or add the group',
          related: [{ file: 'nlb.yaml', line: 8, column: 9 }],
        },
      ],
    },
    {
      name: 'snooping off on the VLAN, and unregistered multicast filtered on the LAG of HV01',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '',
          head('  igmpSnooping: true\n  vlans:\n    - { id: 20, igmpSnooping: false }\n'),
          'unregisteredMulticast: filter',
        ),
      }),
      errors: [
        {
          messageId: 'snoopingOffVlan',
          line: 9,
          column: 31,
          message:
            /^IGMP snooping is off on VLAN 20 of switch "SW1", which carries igmp-multicast NLB cluster "NLB-WEB" without/,
        },
        {
          messageId: 'unregisteredFiltered',
          line: 11,
          column: 58,
          message:
            'LAG 1 of switch "SW1" filters unregistered multicast, and hosts behind it can run nodes of igmp-multicast NLB cluster "NLB-WEB" on VLAN 20, which has no static bridge multicast group: cluster traffic is dropped there whenever the group is not registered, so add the group or set unregisteredMulticast: forward on LAG 1',
        },
      ],
    },
    {
      name: 'two clusters behind one LAG make one finding naming both',
      files: estate({
        'nlb.yaml': [WEB, nlb('NLB-APP', '172.31.4.10', 'igmp-multicast')].join('---\n'),
        'switch.yaml': switchDoc('', head(''), 'unregisteredMulticast: filter'),
      }),
      errors: [
        {
          messageId: 'unregisteredFiltered',
          line: 8,
          message: /NLB cluster "NLB-WEB", "NLB-APP" on VLAN 20/,
          related: [
            { file: 'nlb.yaml', line: 8 },
            { file: 'nlb.yaml', line: 20 },
          ],
        },
      ],
    },
    {
      name: 'only the cluster without a static group counts',
      files: estate({
        'nlb.yaml': [WEB, nlb('NLB-APP', '172.31.4.10', 'igmp-multicast', '', ['APP01'])].join('---\n'),
        'switch.yaml': switchDoc(GROUP, head('  igmpSnooping: false\n')),
      }),
      errors: [
        {
          messageId: 'snoopingOff',
          line: 7,
          message: /NLB cluster "NLB-APP" on VLAN 20/,
          related: [{ file: 'nlb.yaml', line: 20 }],
        },
      ],
    },
  ],
});
