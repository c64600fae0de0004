import { ruleTester } from '../../helpers/rule-tester.js';
import { switchMulticastFiltering } from '../../../src/rules/switch/switch-multicast-filtering.js';

const sw = (spec: string): string =>
  `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: SW1\nspec:\n  model: dell-powerconnect-5424\n${spec}`;
const GROUPS =
  '  bridgeMulticastGroups:\n    - { vlan: 20, mac: "01:00:5e:7f:03:e8" }\n    - { vlan: 20, mac: "01:00:5e:7f:04:0a" }\n';

ruleTester(switchMulticastFiltering, {
  valid: [
    {
      name: 'filtering on, with groups and snooping',
      files: sw(`  igmpSnooping: true\n  bridgeMulticastFiltering: true\n${GROUPS}`),
    },
    {
      name: 'filtering off on a switch with neither groups nor snooping',
      files: sw('  bridgeMulticastFiltering: false\n  igmpSnooping: false\n'),
    },
    { name: 'filtering left unsaid', files: sw(`  igmpSnooping: true\n${GROUPS}`) },
  ],
  invalid: [
    {
      name: 'filtering off with two groups and snooping on',
      files: sw(`  igmpSnooping: true\n  bridgeMulticastFiltering: false\n${GROUPS}`),
      errors: [
        {
          messageId: 'filteringOff',
          severity: 'warning',
          line: 8,
          column: 29,
          message:
            'bridge multicast filtering is off on switch "SW1", so its 2 bridge multicast groups and IGMP snooping have no effect and all multicast floods every port of the VLAN: turn it on (bridge multicast filtering) and set bridgeMulticastFiltering: true',
          related: [{ line: 9, column: 3 }],
        },
      ],
    },
    {
      name: 'filtering off with snooping on a VLAN only',
      files: sw('  bridgeMulticastFiltering: false\n  vlans:\n    - { id: 20, igmpSnooping: true }\n'),
      errors: [{ messageId: 'filteringOff', line: 7, message: /so its IGMP snooping has no effect/, related: [] }],
    },
  ],
});
