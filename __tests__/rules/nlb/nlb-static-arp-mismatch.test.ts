import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, switchDoc, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbStaticArpMismatch } from '../../../src/rules/nlb/nlb-static-arp-mismatch.js';

const WEB = nlb('NLB-WEB', '10.1.2.3', 'multicast');
const arp = (mac: string): string => `  staticArp:\n    - { ip: 10.1.2.3, mac: "${mac}", vlan: 20 }\n`;

ruleTester(nlbStaticArpMismatch, {
  valid: [
    { name: 'the cluster MAC', files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('03:bf:0a:01:02:03')) }) },
    {
      name: 'the cluster MAC in another notation and case',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('03-BF-0A-01-02-03')) }),
    },
    {
      name: 'an entry for an address that is no VIP',
      files: estate({
        'nlb.yaml': WEB,
        'switch.yaml': switchDoc('  staticArp:\n    - { ip: 10.1.2.9, mac: "00:15:5d:01:02:03" }\n'),
      }),
    },
    {
      name: "a MAC another device owns is nlb-vip-conflict's",
      files: {
        ...estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('00:15:5d:01:02:03')) }),
        'vms.yaml': [
          VMS,
          vm('OLDWEB', 'host: HV03', 'switch: vSwitch-VM, vlan: 20, macAddress: 00-15-5D-01-02-03'),
        ].join('---\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'a stale entry',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('00:15:5d:99:99:99')) }),
      errors: [
        {
          messageId: 'staleRequiredEntry',
          file: 'switch.yaml',
          line: 12,
          column: 28,
          message:
            'static ARP entry maps VIP 10.1.2.3 of multicast NLB cluster "NLB-WEB" to "00:15:5d:99:99:99", not to its cluster MAC 03:bf:0a:01:02:03: clients reach the wrong MAC; change the entry to 03:bf:0a:01:02:03, and keep it, because the layer-3 gateway needs a static ARP entry in multicast mode',
          related: [{ file: 'nlb.yaml', line: 6, column: 8 }],
        },
      ],
    },
    {
      name: 'the unicast MAC left over after a switch to multicast (KB 264645)',
      files: estate({ 'nlb.yaml': WEB, 'switch.yaml': switchDoc(arp('02:bf:0a:01:02:03')) }),
      errors: [
        {
          messageId: 'staleRequiredEntry',
          line: 12,
          message:
            /"02:bf:0a:01:02:03", not to its cluster MAC 03:bf:0a:01:02:03 \(it is the cluster's unicast MAC: left over from a mode change\?\)/,
        },
      ],
    },
    {
      name: 'IGMP mode also needs the entry on the gateway (§1.5): the fix keeps it',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '10.1.2.3', 'igmp-multicast'),
        'switch.yaml': switchDoc(arp('03:bf:0a:01:02:03')),
      }),
      errors: [
        {
          messageId: 'staleRequiredEntry',
          line: 12,
          message:
            /^static ARP entry maps VIP 10.1.2.3 of igmp-multicast NLB cluster "NLB-WEB" to "03:bf:0a:01:02:03", not to its cluster MAC 01:00:5e:7f:02:03 \(it is the cluster's multicast MAC: left over from a mode change\?\): clients reach the wrong MAC; change the entry to 01:00:5e:7f:02:03, and keep it, because the layer-3 gateway needs a static ARP entry in igmp-multicast mode$/,
        },
      ],
    },
    {
      name: 'unicast mode needs no entry: the fix offers removing it',
      files: estate({
        'nlb.yaml': nlb('NLB-WEB', '10.1.2.3', 'unicast'),
        'switch.yaml': switchDoc(arp('00:15:5d:99:99:99')),
      }),
      errors: [
        {
          messageId: 'staleEntry',
          line: 12,
          message: /remove the entry \(unicast mode needs none\) or change it to 02:bf:0a:01:02:03$/,
        },
      ],
    },
  ],
});
