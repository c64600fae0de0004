import { ruleTester } from '../../helpers/rule-tester.js';
import { nlb } from '../../helpers/nlb-estate.js';
import { nlbNodeMode } from '../../../src/rules/nlb/nlb-node-mode.js';

const WEB = nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast');
// The second node is on line 11.

ruleTester(nlbNodeMode, {
  valid: [
    { name: 'no node mode given', files: WEB },
    {
      name: 'node mode equal to the cluster mode',
      files: WEB.replace('{ vm: WEB02, adapter: NLB }', '{ vm: WEB02, adapter: NLB, mode: igmp-multicast }'),
    },
  ],
  invalid: [
    {
      name: 'a node left in unicast mode',
      files: WEB.replace('{ vm: WEB02, adapter: NLB }', '{ vm: WEB02, adapter: NLB, mode: unicast }'),
      errors: [
        {
          messageId: 'wrongMode',
          line: 11,
          column: 40,
          message:
            'node "WEB02" runs in unicast mode but NLB cluster "NLB-WEB" is igmp-multicast: all nodes must use one mode; remove the cluster IP, set every node to igmp-multicast, add the IP back and clear the switches\' ARP tables',
          related: [{ line: 7, column: 9 }],
        },
      ],
    },
  ],
});
