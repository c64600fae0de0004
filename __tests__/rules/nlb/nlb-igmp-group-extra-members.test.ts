import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc } from '../../helpers/nlb-estate.js';
import { nlbIgmpGroupExtraMembers } from '../../../src/rules/nlb/nlb-igmp-group-extra-members.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
const groups = (...lines: string[]): string => `  bridgeMulticastGroups:\n${lines.map((l) => `    - ${l}\n`).join('')}`;

ruleTester(nlbIgmpGroupExtraMembers, {
  valid: [
    {
      name: 'exactly the LAGs of the hosts',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1, 2] }')),
      }),
    },
    {
      name: 'a member port of a host LAG leads to that host',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 239.255.3.232, ports: [g1, g3] }')),
      }),
    },
    {
      name: 'a group no NLB cluster uses is not judged',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 239.1.2.3, ports: [g24] }')),
      }),
    },
    {
      name: 'a group in another VLAN than the cluster is not judged',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 30, group: 239.255.3.232, ports: [g24] }')),
      }),
    },
    {
      name: 'when nothing is known of where the nodes run, members are not judged',
      files: estate({
        'nlb.yaml': nlb('NLB-X', '172.31.3.232', 'igmp-multicast', '', ['GHOST01']),
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 239.255.3.232, ports: [g24] }')),
      }),
    },
    {
      name: 'a group shared by two colliding clusters serves the hosts of both',
      files: estate({
        'nlb.yaml': [WEB, nlb('NLB-APP', '10.9.3.232', 'igmp-multicast', '', ['APP01'])].join('---\n'),
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 239.255.3.232, lags: [1, 2, 3] }')),
      }),
    },
  ],
  invalid: [
    {
      name: 'the LAG of a host that cannot run a node',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", lags: [1, 2, 3] }')),
      }),
      errors: [
        {
          messageId: 'extraMember',
          severity: 'warning',
          file: 'switch.yaml',
          line: 12,
          column: 58,
          message:
            'LAG 3 is a member of bridge multicast group 01:00:5e:7f:03:e8 on VLAN 20 but leads to no host able to run a node of NLB cluster "NLB-WEB" (it leads to host "HV03"): remove it, so the cluster traffic goes only to the hosts that need it',
          related: [{ file: 'nlb.yaml', line: 6, column: 8 }],
        },
      ],
    },
    {
      name: 'a port that leads nowhere known, and a LAG member port of a host that cannot run a node',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc(groups('{ vlan: 20, group: 172.31.3.232, lags: [1, 2], ports: [g24, g7] }')),
      }),
      errors: [
        {
          messageId: 'extraMember',
          line: 12,
          column: 62,
          message:
            /^port g24 is a member of bridge multicast group 172\.31\.3\.232 on VLAN 20 but leads to no host able to run a node of NLB cluster "NLB-WEB": remove it/,
        },
        { messageId: 'extraMember', line: 12, column: 67, message: /^port g7 .*\(it leads to host "HV03"\)/ },
      ],
    },
  ],
});
