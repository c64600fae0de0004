import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbNodeMacSpoofing } from '../../../src/rules/nlb/nlb-node-mac-spoofing.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
const [WEB01] = VMS.split('---\n');
const withWeb02 = (adapter: string): string => [WEB01, vm('WEB02', 'cluster: HVC1', adapter)].join('---\n');
// WEB02's NLB adapter is on line 21 of vms.yaml.

ruleTester(nlbNodeMacSpoofing, {
  valid: [
    { name: 'spoofing on for every node', files: estate({ 'nlb.yaml': WEB }) },
    {
      name: 'an adapter that is no node may keep spoofing off',
      files: {
        ...estate({ 'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast', '', ['WEB01']) }),
        'vms.yaml': withWeb02('switch: vSwitch-VM, vlan: 20, macAddressSpoofing: false'),
      },
    },
    {
      name: 'a node whose adapter is not declared is unresolved-reference',
      files: estate({ 'nlb.yaml': nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast', '', ['WEB01', 'GHOST']) }),
    },
  ],
  invalid: [
    {
      name: 'spoofing off',
      files: {
        ...estate({ 'nlb.yaml': WEB }),
        'vms.yaml': withWeb02('switch: vSwitch-VM, vlan: 20, macAddressSpoofing: false'),
      },
      errors: [
        {
          messageId: 'spoofingOff',
          file: 'vms.yaml',
          line: 21,
          column: 70,
          message:
            'network adapter "NLB" of VirtualMachine "WEB02" has MAC address spoofing off but is a node of NLB cluster "NLB-WEB": set macAddressSpoofing: true, or the adapter cannot take the cluster MAC and the VIP is never added',
          related: [{ file: 'nlb.yaml', line: 11, column: 13 }],
        },
      ],
    },
    {
      name: 'spoofing not set, reported at the adapter name',
      files: { ...estate({ 'nlb.yaml': WEB }), 'vms.yaml': withWeb02('switch: vSwitch-VM, vlan: 20') },
      errors: [
        {
          messageId: 'spoofingUnset',
          file: 'vms.yaml',
          line: 21,
          column: 15,
          related: [{ file: 'nlb.yaml', line: 11 }],
        },
      ],
    },
    {
      name: 'an adapter that is a node of two clusters is reported once',
      files: {
        ...estate({ 'nlb.yaml': [WEB, nlb('NLB-B', '172.31.4.10', 'igmp-multicast')].join('---\n') }),
        'vms.yaml': withWeb02('switch: vSwitch-VM, vlan: 20, macAddressSpoofing: false'),
      },
      errors: [{ messageId: 'spoofingOff', file: 'vms.yaml', line: 21 }],
    },
    {
      name: 'adapter names compare case-insensitively',
      files: {
        ...estate({ 'nlb.yaml': WEB.replace('vm: WEB02, adapter: NLB', 'vm: web02, adapter: nlb') }),
        'vms.yaml': withWeb02('switch: vSwitch-VM, vlan: 20, macAddressSpoofing: false'),
      },
      errors: [
        { messageId: 'spoofingOff', file: 'vms.yaml', line: 21, message: /adapter "NLB" of VirtualMachine "WEB02"/ },
      ],
    },
  ],
});
