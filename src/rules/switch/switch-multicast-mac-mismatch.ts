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
    description:
      'Check that the MAC of a bridge multicast group is the RFC 1112 mapping of its group IP, and warn about a group written as an NLB VIP.',
    fixable: false,
    messages: {
      mismatch:
        'MAC "{{mac}}" of bridge multicast group {{group}} on VLAN {{vlan}} is not the group\'s multicast MAC {{expected}}: fix the MAC or the group',
      vipAsGroup:
        'bridge multicast group {{group}} on VLAN {{vlan}} is not a multicast address: that a switch turns an NLB VIP into group {{address}} is unverified, write group {{address}} (MAC {{expected}}) instead',
    },
    sources: ['RFC 1112 §6.4', 'docs/domain.md §1.2', 'docs/domain.md §1.3', 'docs/domain.md §2.1'],
  },
  check({ estate, report }) {
    for (const sw of estate.of('Switch')) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((group, i) => {
        if (group.group === undefined) return;
        const address = bridgeGroupAddress(group.group);
        const style = group.mac !== undefined && macStyleOf(group.mac) === 'hyphen' ? 'hyphen' : 'colon';
        if (address !== group.group) {
          // Written as a VIP: the conversion is the seed's claim only (§2.1), so warn rather than accept it silently.
          report({
            doc: sw,
            path: ['spec', 'bridgeMulticastGroups', i, 'group'],
            messageId: 'vipAsGroup',
            severity: 'warning',
            data: {
              group: group.group,
              vlan: group.vlan,
              address,
              expected: formatMac(multicastMacForGroup(address)!, style),
            },
          });
          return;
        }
        if (group.mac === undefined) return;
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
            expected: formatMac(expected, style, { upperCase: isUpperCaseMac(group.mac) }),
          },
        });
      });
    }
  },
});
