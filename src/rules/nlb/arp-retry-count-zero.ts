import { defineRule } from '../types.js';

export const arpRetryCountZero = defineRule({
  meta: {
    id: 'arp-retry-count-zero',
    severity: 'warning',
    area: 'nlb',
    description:
      'Warn about ArpRetryCount 0 on a host or VM, which hides duplicate-IP warnings by turning off duplicate address detection.',
    fixable: false,
    messages: {
      zero: '{{kind}} "{{name}}" sets arpRetryCount to 0, which only silences duplicate-IP warnings by turning off duplicate address detection: find the cause (a duplicate address, a stale static ARP entry, an NLB mode change) and remove the setting',
    },
    sources: ['docs/domain.md §1.8 (KB 264645)', 'docs/domain.md §1.9 (Tcpip\\Parameters\\ArpRetryCount)'],
  },
  check({ estate, report }) {
    for (const doc of [...estate.of('HyperVHost'), ...estate.of('VirtualMachine')]) {
      if (doc.spec.arpRetryCount !== 0) continue;
      report({ doc, path: ['spec', 'arpRetryCount'], messageId: 'zero', data: { kind: doc.kind, name: doc.name } });
    }
  },
});
