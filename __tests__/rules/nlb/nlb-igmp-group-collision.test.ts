import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc, vm } from '../../helpers/nlb-estate.js';
import { nlbIgmpGroupCollision } from '../../../src/rules/nlb/nlb-igmp-group-collision.js';

const docs = (...d: string[]): string => d.join('---\n');
// A second site: host HV09 on its own switch SW2, running VM SITE2WEB.
const SITE2 = {
  'site2.yaml': `apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV09
spec:
  os: windows-server-2019
  domain: corp.example.com
  nicTeams:
    - { name: TEAM-VM, virtualSwitch: vSwitch-VM, uplink: { switch: SW2, lag: 1 } }
---
${vm('SITE2WEB', 'host: HV09')}---
${switchDoc().replace('name: SW1', 'name: SW2')}`,
  'switch.yaml': switchDoc(),
};

// Each nlb() document is 11 lines with two nodes plus the '---' line: the second VIP is on line 18, the third on 30.

ruleTester(nlbIgmpGroupCollision, {
  valid: [
    {
      name: 'different last two octets',
      files: docs(nlb('A', '172.31.3.232', 'igmp-multicast'), nlb('B', '172.31.4.10', 'igmp-multicast')),
    },
    {
      name: 'same last two octets in different VLANs',
      files: docs(
        nlb('A', '172.31.3.232', 'igmp-multicast'),
        nlb('B', '10.0.3.232', 'igmp-multicast', '', ['WEB01'], 30),
      ),
    },
    {
      name: 'multicast mode puts the whole VIP in the MAC',
      files: docs(nlb('A', '172.31.3.232', 'multicast'), nlb('B', '10.0.3.232', 'multicast')),
    },
    {
      name: 'one IGMP, one multicast',
      files: docs(nlb('A', '172.31.3.232', 'igmp-multicast'), nlb('B', '10.0.3.232', 'multicast')),
    },
    {
      name: 'same last two octets in VLAN 20 of two sites whose hosts land on different switches',
      files: estate({
        ...SITE2,
        'nlb.yaml': docs(
          nlb('A', '172.31.3.232', 'igmp-multicast'),
          nlb('B', '172.30.3.232', 'igmp-multicast', '', ['SITE2WEB']),
        ),
      }),
    },
    {
      name: 'the same VIP twice is nlb-vip-conflict',
      files: docs(nlb('A', '172.31.3.232', 'igmp-multicast'), nlb('B', '172.31.3.232', 'igmp-multicast')),
    },
  ],
  invalid: [
    {
      name: 'two IGMP clusters sharing 3.232 on VLAN 20',
      files: docs(nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast'), nlb('NLB-OLD', '10.0.3.232', 'igmp-multicast')),
      errors: [
        {
          messageId: 'collision',
          line: 18,
          column: 8,
          message:
            'igmp-multicast NLB cluster "NLB-OLD" (VIP 10.0.3.232) and "NLB-WEB" (VIP 172.31.3.232) on VLAN 20 both use group 239.255.3.232 and MAC 01-00-5e-7f-03-e8, so their traffic and snooping state collide: change the last two octets of one VIP or move one cluster to another VLAN',
          related: [{ file: 'test.yaml', line: 6, column: 8 }],
        },
      ],
    },
    {
      name: 'clusters whose hosts share a switch',
      files: estate({
        ...SITE2,
        'nlb.yaml': docs(
          nlb('A', '172.31.3.232', 'igmp-multicast'),
          nlb('B', '172.30.3.232', 'igmp-multicast', '', ['SITE2WEB', 'APP01']),
        ),
      }),
      errors: [{ messageId: 'collision', file: 'nlb.yaml', line: 18, related: [{ file: 'nlb.yaml', line: 6 }] }],
    },
    {
      name: 'a cluster whose switches are unknown meets every cluster of its VLAN',
      files: estate({
        ...SITE2,
        'nlb.yaml': docs(
          nlb('A', '172.31.3.232', 'igmp-multicast', '', ['SITE2WEB']),
          nlb('B', '172.30.3.232', 'igmp-multicast', '', ['GHOST01']),
        ),
      }),
      errors: [{ messageId: 'collision', file: 'nlb.yaml', line: 17, related: [{ file: 'nlb.yaml', line: 6 }] }],
    },
    {
      name: 'three: each later one is reported against the first',
      files: docs(
        nlb('A', '172.31.3.232', 'igmp-multicast'),
        nlb('B', '10.0.3.232', 'igmp-multicast'),
        nlb('C', '192.168.3.232', 'igmp-multicast'),
      ),
      errors: [
        { messageId: 'collision', line: 18, related: [{ line: 6 }] },
        { messageId: 'collision', line: 30, related: [{ line: 6 }] },
      ],
    },
  ],
});
