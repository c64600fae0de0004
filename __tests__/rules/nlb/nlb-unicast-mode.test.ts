import { ruleTester } from '../../helpers/rule-tester.js';
import { nlb } from '../../helpers/nlb-estate.js';
import { nlbUnicastMode } from '../../../src/rules/nlb/nlb-unicast-mode.js';

ruleTester(nlbUnicastMode, {
  valid: [
    { name: 'IGMP multicast', files: nlb('NLB-WEB', '172.31.3.232', 'igmp-multicast') },
    { name: 'multicast', files: nlb('NLB-WEB', '172.31.3.232', 'multicast') },
  ],
  invalid: [
    {
      name: 'unicast',
      files: nlb('NLB-WEB', '10.1.2.3', 'unicast'),
      errors: [
        {
          messageId: 'unicast',
          severity: 'warning',
          line: 7,
          column: 9,
          message:
            'NLB cluster "NLB-WEB" runs in unicast mode, so the switches flood its traffic to every port of VLAN 20: use igmp-multicast with static bridge multicast groups, or keep VLAN 20 dedicated to the cluster and turn this rule off for it',
        },
      ],
    },
  ],
});
