import { ruleTester } from '../../helpers/rule-tester.js';
import { estate, nlb, vm, VMS } from '../../helpers/nlb-estate.js';
import { nlbNodeVlan } from '../../../src/rules/nlb/nlb-node-vlan.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
const [WEB01] = VMS.split('---\n');
const withWeb02 = (adapter: string): string => [WEB01, vm('WEB02', 'cluster: HVC1', adapter)].join('---\n');

ruleTester(nlbNodeVlan, {
  valid: [
    { name: 'every node adapter on the cluster VLAN', files: estate({ 'nlb.yaml': WEB }) },
    {
      name: 'an untagged adapter is not judged',
      files: { ...estate({ 'nlb.yaml': WEB }), 'vms.yaml': withWeb02('switch: vSwitch-VM, macAddressSpoofing: true') },
    },
  ],
  invalid: [
    {
      name: 'a node adapter on another VLAN',
      files: {
        ...estate({ 'nlb.yaml': WEB }),
        'vms.yaml': withWeb02('switch: vSwitch-VM, vlan: 30, macAddressSpoofing: true'),
      },
      errors: [
        {
          messageId: 'wrongVlan',
          file: 'vms.yaml',
          line: 21,
          column: 46,
          message:
            'network adapter "NLB" of VirtualMachine "WEB02" is on VLAN 30 but NLB cluster "NLB-WEB", whose node it is, is on VLAN 20: put the adapter on VLAN 20',
          related: [
            { file: 'nlb.yaml', line: 8, column: 9 },
            { file: 'nlb.yaml', line: 11, column: 13 },
          ],
        },
      ],
    },
  ],
});
