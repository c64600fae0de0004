import { ruleTester, runRule } from '../../helpers/rule-tester.js';
import { estate, HOSTS, nlb, switchDoc, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbIgmpGroupMissing } from '../../../src/rules/nlb/nlb-igmp-group-missing.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');

ruleTester(nlbIgmpGroupMissing, {
  valid: [
    {
      name: 'a group by MAC in the cluster VLAN',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '  bridgeMulticastGroups:\n    - { vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1, 2] }\n',
        ),
      }),
    },
    {
      name: 'a group by 239.255.x.y',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 20, group: 239.255.3.232, lags: [1, 2] }\n'),
      }),
    },
    {
      name: 'a group by the VIP (the switch converts it)',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('  bridgeMulticastGroups:\n    - { vlan: 20, group: 172.31.3.232, lags: [1, 2] }\n'),
      }),
    },
    {
      name: 'a multicast-mode cluster needs no group',
      files: estate({ 'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'multicast'), 'switch.yaml': switchDoc() }),
    },
    {
      name: 'nodes whose VMs are not declared reach no switch',
      files: estate({
        'nlb.yaml': nlb('NLB-X', '172.31.3.232', 'igmp-multicast', '', ['GHOST01']),
        'switch.yaml': switchDoc(),
      }),
    },
    { name: 'hosts whose switch is not declared', files: estate({ 'nlb.yaml': WEB }) },
  ],
  invalid: [
    {
      name: "no bridge multicast group at all: on the switch's spec, with the cluster and the uplinks behind the members as related",
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
      errors: [
        {
          messageId: 'missing',
          file: 'switch.yaml',
          line: 5,
          column: 1,
          message:
            'switch "SW1" has no bridge multicast group for igmp-multicast NLB cluster "NLB-WEB", whose nodes can run on hosts "HV01", "HV02" connected to it: add group 239.255.3.232 on VLAN 20 with MAC 01:00:5e:7f:03:e8 and members LAG 1, LAG 2',
          related: [
            { file: 'nlb.yaml', line: 6, column: 8 },
            { file: 'hosts.yaml', line: 20, column: 35 },
            { file: 'hosts.yaml', line: 35, column: 35 },
          ],
        },
      ],
    },
    {
      name: "a group for the right MAC in another VLAN: on the switch's bridgeMulticastGroups key",
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '  bridgeMulticastGroups:\n    - { vlan: 10, mac: "01:00:5e:7f:03:e8", lags: [1, 2] }\n',
        ),
      }),
      errors: [
        {
          messageId: 'missing',
          file: 'switch.yaml',
          line: 11,
          column: 3,
          severity: 'warning',
          message: /LAG 1, LAG 2 \(the group on VLAN 10 is on the wrong VLAN: move it to VLAN 20\)$/,
          related: [
            { file: 'nlb.yaml', line: 6, column: 8 },
            { file: 'switch.yaml', line: 12, column: 15 },
            { file: 'hosts.yaml', line: 20 },
            { file: 'hosts.yaml', line: 35 },
          ],
        },
        {
          messageId: 'wrongVlan',
          file: 'switch.yaml',
          line: 12,
          column: 15,
          message:
            'bridge multicast group 01:00:5e:7f:03:e8 on VLAN 10 of switch "SW1" is for igmp-multicast NLB cluster "NLB-WEB", which runs on VLAN 20: move the group to VLAN 20',
          related: [{ file: 'nlb.yaml', line: 8 }],
        },
      ],
    },
    {
      name: 'IGMP snooping off on the switch: nothing delivers the traffic, so an error',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('', '  model: dell-powerconnect-5424\n  igmpSnooping: false\n'),
      }),
      errors: [
        {
          messageId: 'missing',
          severity: 'error',
          line: 5,
          message:
            /connected to it, and IGMP snooping is off on the switch, so nothing delivers the cluster's traffic: add group/,
        },
      ],
    },
    {
      name: 'IGMP snooping off on the cluster VLAN: an error',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '',
          '  model: dell-powerconnect-5424\n  igmpSnooping: true\n  vlans:\n    - { id: 20, igmpSnooping: false }\n',
        ),
      }),
      errors: [{ messageId: 'missing', severity: 'error', line: 5, message: /IGMP snooping is off on VLAN 20/ }],
    },
    {
      name: 'only a group of another cluster',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          '  bridgeMulticastGroups:\n    - { vlan: 20, mac: "01:00:5e:7f:04:0a", group: 239.255.4.10, lags: [1, 2] }\n',
        ),
      }),
      errors: [{ messageId: 'missing', file: 'switch.yaml', line: 11, column: 3 }],
    },
    {
      name: 'two clusters without a group: one finding each, at the same place on the switch (findings are sorted by message there)',
      files: estate({
        'nlb.yaml': [WEB, nlb('NLB-APP', '172.31.4.10', 'igmp-multicast')].join('---\n'),
        'switch.yaml': switchDoc(),
      }),
      errors: [
        {
          messageId: 'missing',
          file: 'switch.yaml',
          line: 5,
          column: 1,
          message: /cluster "NLB-APP".*add group 239\.255\.4\.10 /,
          related: [{ file: 'nlb.yaml', line: 18 }, { line: 20 }, { line: 35 }],
        },
        {
          messageId: 'missing',
          file: 'switch.yaml',
          line: 5,
          column: 1,
          message: /cluster "NLB-WEB".*add group 239\.255\.3\.232 /,
          related: [{ file: 'nlb.yaml', line: 6 }, { line: 20 }, { line: 35 }],
        },
      ],
    },
    {
      name: 'hosts on two switches: each switch gets its own finding, in its own manifest',
      files: {
        ...estate({
          'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast', '', ['WEB01', 'APP01']),
          'switch.yaml': switchDoc(
            '  bridgeMulticastGroups:\n    - { vlan: 20, group: 239.255.3.232, lags: [1, 2] }\n',
          ),
          'switch2.yaml':
            'apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: SW2\nspec:\n  model: generic\n  lags:\n    - { id: 3, members: [g7, g8] }\n',
        }),
        'hosts.yaml': HOSTS.replace('uplink: { switch: SW1, lag: 3 }', 'uplink: { switch: SW2, lag: 3 }'),
      },
      errors: [
        {
          messageId: 'missing',
          file: 'switch2.yaml',
          line: 5,
          column: 1,
          message:
            /^switch "SW2" has no .* run on host "HV03" connected to it: add group 239\.255\.3\.232 on VLAN 20 with MAC 01:00:5e:7f:03:e8 and members LAG 3$/,
          related: [
            { file: 'nlb.yaml', line: 6, column: 8 },
            { file: 'hosts.yaml', line: 49, column: 35 },
          ],
        },
      ],
    },
    {
      name: 'a node on a standalone host adds that host and its LAG; the switch style decides the MAC notation',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast', '', ['WEB01', 'APP01']),
        'switch.yaml': switchDoc('', '  model: generic\n  macStyle: hyphen\n'),
      }),
      errors: [
        {
          messageId: 'missing',
          file: 'switch.yaml',
          line: 5,
          message:
            /run on hosts "HV01", "HV02", "HV03" connected .* with MAC 01-00-5e-7f-03-e8 and members LAG 1, LAG 2, LAG 3$/,
          related: [
            { file: 'nlb.yaml', line: 6 },
            { file: 'hosts.yaml', line: 20 },
            { file: 'hosts.yaml', line: 35 },
            { file: 'hosts.yaml', line: 49 },
          ],
        },
      ],
    },
    {
      name: 'an adapter on a virtual switch no team is bound to reaches through every team',
      files: {
        ...estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
        'vms.yaml': [
          vm('WEB01', 'cluster: HVC1', 'switch: vSwitch-Other, vlan: 20, macAddressSpoofing: true'),
          VMS.split('---\n')[1],
        ].join('---\n'),
      },
      errors: [
        {
          messageId: 'missing',
          file: 'switch.yaml',
          line: 5,
          message: /members LAG 1, port g5, LAG 2, port g6$/,
          related: [
            { file: 'nlb.yaml', line: 6 },
            { file: 'hosts.yaml', line: 20 },
            { file: 'hosts.yaml', line: 22 },
            { file: 'hosts.yaml', line: 35 },
            { file: 'hosts.yaml', line: 37 },
          ],
        },
      ],
    },
  ],
});

test('related locations: the cluster with its VIP, then each uplink the members come from', () => {
  const findings = runRule(nlbIgmpGroupMissing, {
    ...estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
    'vms.yaml': [
      vm('WEB01', 'cluster: HVC1', 'switch: vSwitch-Other, vlan: 20, macAddressSpoofing: true'),
      VMS.split('---\n')[1],
    ].join('---\n'),
  });
  expect(findings.map((f) => f.related.map((r) => `${r.file}:${r.line}:${r.column} ${r.message}`))).toEqual([
    [
      'nlb.yaml:6:8 igmp-multicast NLB cluster "NLB-WEB", VIP 172.31.3.232',
      'hosts.yaml:20:35 host "HV01" lands on LAG 1 of switch "SW1"',
      'hosts.yaml:22:36 host "HV01" lands on port g5 of switch "SW1"',
      'hosts.yaml:35:35 host "HV02" lands on LAG 2 of switch "SW1"',
      'hosts.yaml:37:36 host "HV02" lands on port g6 of switch "SW1"',
    ],
  ]);
});
