import { defineRule } from '../types.js';
import type { NlbMode } from '../../model/kinds.js';
import { clusterMacFor, formatMac, isUpperCaseMac, macStyleOf, normalizeMac } from '../../model/nlb.js';

const MODES: NlbMode[] = ['unicast', 'multicast', 'igmp-multicast'];

export const nlbClusterMac = defineRule({
  meta: {
    id: 'nlb-cluster-mac',
    severity: 'error',
    area: 'nlb',
    description: 'Check that a declared NLB cluster MAC is the one its VIP and mode give.',
    fixable: true,
    messages: {
      wrongMac:
        'cluster MAC "{{mac}}" does not follow from VIP {{vip}} in {{mode}} mode{{hint}}: write {{expected}} (nlb.exe ip2mac {{vip}})',
    },
    sources: ['docs/domain.md §1.1 (KB 4494444, nlb.exe ip2mac)', 'docs/domain.md §1.8 (KB 264645)'],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      const declared = cluster.spec.clusterMac;
      if (declared === undefined) continue;
      const expected = clusterMacFor(cluster.spec.vip, cluster.spec.mode);
      const actual = normalizeMac(declared);
      if (actual === expected) continue;
      // The MAC of another mode usually means a mode change the documentation did not follow (§1.8).
      const otherMode = MODES.find((m) => m !== cluster.spec.mode && clusterMacFor(cluster.spec.vip, m) === actual);
      const text = formatMac(expected, macStyleOf(declared) === 'colon' ? 'colon' : 'hyphen', {
        upperCase: isUpperCaseMac(declared),
      });
      report({
        doc: cluster,
        path: ['spec', 'clusterMac'],
        messageId: 'wrongMac',
        data: {
          mac: declared,
          vip: cluster.spec.vip,
          mode: cluster.spec.mode,
          expected: text,
          hint: otherMode ? ` (it is the ${otherMode} MAC)` : '',
        },
        fix: {
          description: `set the cluster MAC to ${text}`,
          edits: [{ doc: cluster, path: ['spec', 'clusterMac'], text }],
        },
      });
    }
  },
});
