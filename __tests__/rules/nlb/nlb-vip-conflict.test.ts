import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbVipConflict } from '../../../src/rules/nlb/nlb-vip-conflict.js';

const WEB = nlb('NLB-WEB', '10.1.2.3', 'multicast');
const arp = (mac: string): string => `  staticArp:\n    - { ip: 10.1.2.3, mac: "${mac}" }\n`;

ruleTester(nlbVipConflict, {
  valid: [
    {
      name: 'one cluster, its own static ARP entry',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('03:bf:0a:01:02:03')) }),
    },
    {
      name: 'two clusters, two VIPs',
      files: estate({ 'nlb.yaml': [WEB, nlb('NLB-APP', '10.1.2.4', 'multicast')].join('---\n') }),
    },
    {
      name: 'a static ARP entry to a MAC nothing declares is nlb-static-arp-mismatch',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('00:15:5d:99:99:99')) }),
    },
    {
      name: 'a static ARP entry for another address',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('  staticArp:\n    - { ip: 10.1.2.9, mac: "00:15:5d:01:02:03" }\n'),
      }),
    },
  ],
  invalid: [
    {
      name: 'two clusters with one VIP',
      files: estate({ 'nlb.yaml': [WEB, nlb('NLB-APP', '10.1.2.3', 'igmp-multicast')].join('---\n') }),
      errors: [
        {
          messageId: 'sharedVip',
          file: 'nlb.yaml',
          line: 18,
          column: 8,
          message:
            'VIP 10.1.2.3 of NLB cluster "NLB-APP" is also the VIP of NLB cluster "NLB-WEB": give each cluster its own address',
          related: [{ file: 'nlb.yaml', line: 6, column: 8 }],
        },
      ],
    },
    {
      name: "a static ARP entry maps the VIP to a VM adapter's MAC",
      files: {
        ...estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('00:15:5d:01:02:03')) }),
        'vms.yaml': [
          VMS,
          vm('OLDWEB', 'host: HV03', 'switch: vSwitch-VM, vlan: 20, macAddress: 00-15-5D-01-02-03'),
        ].join('---\n'),
      },
      errors: [
        {
          messageId: 'arpToOther',
          file: 'nlb.yaml',
          line: 6,
          column: 8,
          message:
            'VIP 10.1.2.3 of NLB cluster "NLB-WEB" is mapped by a static ARP entry on switch "SW1" to 00:15:5d:01:02:03, the MAC of network adapter "NLB" of VirtualMachine "OLDWEB": two devices answer for one address (a duplicate IP); give one of them another address',
          related: [
            { file: 'switch.yaml', line: 12, column: 28 },
            { file: 'vms.yaml', line: 43, column: 62 },
          ],
        },
      ],
    },
    {
      name: "a static ARP entry maps the VIP to another cluster's MAC",
      files: estate({
        'nlb.yaml': [WEB, nlb('NLB-APP', '10.1.2.4', 'multicast')].join('---\n'),
        'switch.yaml': switchDoc(arp('03:bf:0a:01:02:04')),
      }),
      errors: [
        {
          messageId: 'arpToOther',
          file: 'nlb.yaml',
          line: 6,
          message: /the MAC of NLB cluster "NLB-APP"/,
          related: [
            { file: 'switch.yaml', line: 12 },
            { file: 'nlb.yaml', line: 18 },
          ],
        },
      ],
    },
  ],
});
