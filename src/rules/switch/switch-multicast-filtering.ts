import { defineRule } from '../types.js';

export const switchMulticastFiltering = defineRule({
  meta: {
    id: 'switch-multicast-filtering',
    severity: 'warning',
    area: 'switch',
    description:
      'Report switches with bridge multicast filtering off that have bridge multicast groups or IGMP snooping configured: without filtering neither takes effect.',
    fixable: false,
    messages: {
      filteringOff:
        'bridge multicast filtering is off on switch "{{switch}}", so its {{what}} {{have}} no effect and all multicast floods every port of the VLAN: turn it on (bridge multicast filtering) and set bridgeMulticastFiltering: true',
    },
    sources: [
      'docs/domain.md §2.1 (Dell PowerConnect 54xx user guide, "Multicast Global Parameters": static groups and IGMP snooping work only with bridge multicast filtering enabled, off by default)',
    ],
  },
  check({ estate, report }) {
    for (const sw of estate.of('Switch')) {
      // Unsaid is not reported: a manifest may leave it to the drift audit, whose reader says it explicitly.
      if (sw.spec.bridgeMulticastFiltering !== false) continue;
      const what: string[] = [];
      const groups = sw.spec.bridgeMulticastGroups ?? [];
      if (groups.length > 0) what.push(`${groups.length} bridge multicast ${groups.length === 1 ? 'group' : 'groups'}`);
      if (sw.spec.igmpSnooping === true || (sw.spec.vlans ?? []).some((v) => v.igmpSnooping === true))
        what.push('IGMP snooping');
      if (what.length === 0) continue;
      report({
        doc: sw,
        path: ['spec', 'bridgeMulticastFiltering'],
        messageId: 'filteringOff',
        data: {
          switch: sw.name,
          what: what.join(' and '),
          have: what.length > 1 || groups.length > 1 ? 'have' : 'has',
        },
        related:
          groups.length > 0
            ? [
                {
                  doc: sw,
                  path: ['spec', 'bridgeMulticastGroups'],
                  target: 'key',
                  message: 'the bridge multicast groups',
                },
              ]
            : [],
      });
    }
  },
});
