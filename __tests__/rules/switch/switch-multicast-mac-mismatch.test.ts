import { ruleTester } from '../../helpers/rule-tester.js';
import { switchDoc } from '../../helpers/nlb-estate.js';
import { switchMulticastMacMismatch } from '../../../src/rules/switch/switch-multicast-mac-mismatch.js';

const groups = (...lines: string[]): string =>
  switchDoc(`  bridgeMulticastGroups:\n${lines.map((l) => `    - ${l}\n`).join('')}`);

ruleTester(switchMulticastMacMismatch, {
  valid: [
    {
      name: 'the RFC 1112 MAC of 239.255.3.232',
      files: groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", group: 239.255.3.232 }'),
    },
    { name: 'any case and notation', files: groups('{ vlan: 20, mac: "01-00-5E-7F-03-E8", group: 239.255.3.232 }') },
    {
      name: 'only 23 bits map: 239.127.3.232 shares the MAC',
      files: groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", group: 239.127.3.232 }'),
    },
    {
      name: 'MAC only, or group only',
      files: groups('{ vlan: 20, mac: "01:00:5e:7f:03:e9" }', '{ vlan: 20, group: 239.255.3.232 }'),
    },
  ],
  invalid: [
    {
      name: 'a MAC one off',
      files: groups('{ vlan: 20, mac: "01:00:5e:7f:03:e9", group: 239.255.3.232 }'),
      errors: [
        {
          messageId: 'mismatch',
          line: 12,
          column: 24,
          message:
            'MAC "01:00:5e:7f:03:e9" of bridge multicast group 239.255.3.232 on VLAN 20 is not the group\'s multicast MAC 01:00:5e:7f:03:e8: fix the MAC or the group',
        },
      ],
    },
    {
      name: 'a VIP as group: the conversion is unverified, so a warning, not silence (§2.1)',
      files: groups('{ vlan: 20, mac: "01:00:5e:7f:03:e8", group: 172.31.3.232 }'),
      errors: [
        {
          messageId: 'vipAsGroup',
          severity: 'warning',
          line: 12,
          column: 52,
          message:
            'bridge multicast group 172.31.3.232 on VLAN 20 is not a multicast address: that a switch turns an NLB VIP into group 239.255.3.232 is unverified, write group 239.255.3.232 (MAC 01:00:5e:7f:03:e8) instead',
        },
      ],
    },
    {
      name: 'a VIP as group next to a hyphenated MAC: the advice keeps the notation',
      files: groups('{ vlan: 20, mac: "01-00-5E-7F-04-0A", group: 172.31.3.232 }'),
      errors: [
        { messageId: 'vipAsGroup', severity: 'warning', line: 12, message: /\(MAC 01-00-5e-7f-03-e8\) instead$/ },
      ],
    },
    {
      name: 'a MAC that does not match its multicast group is an error',
      files: groups('{ vlan: 20, mac: "01:00:5e:7f:03:e9", group: 239.255.3.232 }'),
      errors: [{ messageId: 'mismatch', severity: 'error', line: 12 }],
    },
    {
      name: 'a unicast-looking MAC for a multicast group',
      files: groups(
        '{ vlan: 20, mac: "01:00:5e:7f:03:e8", group: 239.255.3.232 }',
        '{ vlan: 20, mac: "03:bf:ac:1f:03:e8", group: 224.0.0.251 }',
      ),
      errors: [{ messageId: 'mismatch', line: 13, column: 24, message: /multicast MAC 01:00:5e:00:00:fb:/ }],
    },
  ],
});
