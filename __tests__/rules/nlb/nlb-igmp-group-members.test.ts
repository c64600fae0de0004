import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbIgmpGroupMembers } from '../../../src/rules/nlb/nlb-igmp-group-members.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
const groups = (...lines: string[]): string => `  bridgeMulticastGroups:\n${lines.map((l) => `    - ${l}\n`).join('')}`;

ruleTester(nlbIgmpGroupMembers, {
  valid: [
    {
      name: 'the LAGs of both hosts',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1, 2] }')),
      }),
    },
    {
      name: 'two groups for the cluster (by MAC and by IP) together cover both hosts',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(
          groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1] }', '{ vlan: 20, group: 239.255.3.232, lags: [2] }'),
        ),
      }),
    },
    {
      name: 'no group at all is nlb-igmp-group-missing',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc() }),
    },
    {
      name: 'a unicast cluster',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'unicast'),
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 239.255.3.232, lags: [1] }')),
      }),
    },
  ],
  invalid: [
    {
      name: "HV02's LAG is missing",
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", group: 239.255.3.232, lags: [1] }')),
      }),
      errors: [
        {
          messageId: 'missingMember',
          file: 'switch.yaml',
          line: 12,
          column: 67,
          message:
            'bridge multicast group 239.255.3.232 on VLAN 20 of switch "SW1" does not include LAG 2, where host "HV02" lands: the host can run node "WEB01" of NLB cluster "NLB-WEB", so add LAG 2 to the group',
          related: [
            { file: 'hosts.yaml', line: 35, column: 35 },
            { file: 'nlb.yaml', line: 6, column: 8 },
          ],
        },
      ],
    },
    {
      name: 'a group with ports only misses both LAGs and is reported at the group',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", ports: [g9] }')),
      }),
      errors: [
        {
          messageId: 'missingMember',
          file: 'switch.yaml',
          line: 12,
          column: 7,
          message: /does not include LAG 1, where host "HV01" lands/,
          related: [
            { file: 'hosts.yaml', line: 20 },
            { file: 'nlb.yaml', line: 6 },
          ],
        },
        {
          messageId: 'missingMember',
          file: 'switch.yaml',
          line: 12,
          column: 7,
          message: /does not include LAG 2, where host "HV02" lands/,
        },
      ],
    },
    {
      name: 'a node on a standalone host needs its LAG too',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast', '', ['WEB01', 'WEB02', 'APP01']),
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 172.31.3.232, lags: [1, 2] }')),
      }),
      errors: [
        {
          messageId: 'missingMember',
          line: 12,
          message: /does not include LAG 3, where host "HV03" lands: the host can run node "APP01"/,
          related: [
            { file: 'hosts.yaml', line: 49 },
            { file: 'nlb.yaml', line: 6 },
          ],
        },
      ],
    },
    {
      name: "without a team bound to the adapter's virtual switch, the management ports count",
      files: {
        ...estate({
          'nlb.yaml': WEB,
          'switch.yaml': switchDoc(groups('{ vlan: 20, group: 239.255.3.232, lags: [1, 2], ports: [g5] }')),
        }),
        'vms.yaml': [vm('WEB01', 'cluster: HVC1', 'vlan: 20, macAddressSpoofing: true'), VMS.split('---\n')[1]].join(
          '---\n',
        ),
      },
      errors: [
        {
          messageId: 'missingMember',
          line: 12,
          message: /does not include port g6, where host "HV02" lands/,
          related: [
            { file: 'hosts.yaml', line: 37, column: 36 },
            { file: 'nlb.yaml', line: 6 },
          ],
        },
      ],
    },
  ],
});
