import { defineRule } from '../types.js';

export const nlbUnicastMode = defineRule({
  meta: {
    id: 'nlb-unicast-mode',
    severity: 'warning',
    area: 'nlb',
    description:
      'Warn about NLB clusters in unicast mode, which floods every switch port of the VLAN with cluster traffic.',
    fixable: false,
    messages: {
      unicast:
        'NLB cluster "{{cluster}}" runs in unicast mode, so the switches flood its traffic to every port of VLAN {{vlan}}: use igmp-multicast with static bridge multicast groups, or keep VLAN {{vlan}} dedicated to the cluster and turn this rule off for it',
    },
    sources: ['docs/domain.md §1.5 (KB 4494444)', 'docs/domain.md §1.2', 'docs/domain.md §2.1'],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'unicast') continue;
      report({
        doc: cluster,
        path: ['spec', 'mode'],
        messageId: 'unicast',
        data: { cluster: cluster.name, vlan: cluster.spec.vlan },
      });
    }
  },
});
