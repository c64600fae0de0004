import { defineRule } from '../types.js';
import {
  bridgeGroupAddress,
  formatMac,
  isUpperCaseMac,
  macStyleOf,
  multicastMacForGroup,
  normalizeMac,
} from '../../model/nlb.js';

export const switchMulticastMacMismatch = defineRule({
  meta: {
    id: 'switch-multicast-mac-mismatch',
    severity: 'error',
    area: 'switch',
    description: 'Check that the MAC of a bridge multicast group is the RFC 1112 mapping of its group IP.',
    fixable: false,
    messages: {
      mismatch:
        'MAC "{{mac}}" of bridge multicast group {{group}} on VLAN {{vlan}} is not the group\'s multicast MAC {{expected}}{{via}}: fix the MAC or the group',
    },
    sources: ['RFC 1112 §6.4', 'docs/domain.md §1.2', 'docs/domain.md §1.3', 'docs/domain.md §2.1'],
  },
  check({ estate, report }) {
    for (const sw of estate.of('Switch')) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((group, i) => {
        if (group.mac === undefined || group.group === undefined) return;
        const address = bridgeGroupAddress(group.group);
        const expected = multicastMacForGroup(address)!;
        if (normalizeMac(group.mac) === expected) return;
        report({
          doc: sw,
          path: ['spec', 'bridgeMulticastGroups', i, 'mac'],
          messageId: 'mismatch',
          data: {
            mac: group.mac,
            group: group.group,
            vlan: group.vlan,
            expected: formatMac(expected, macStyleOf(group.mac) === 'hyphen' ? 'hyphen' : 'colon', {
              upperCase: isUpperCaseMac(group.mac),
            }),
            via: address !== group.group ? ` (the switch takes ${group.group} as an NLB VIP and joins ${address})` : '',
          },
        });
      });
    }
  },
});
