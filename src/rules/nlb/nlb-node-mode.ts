import { defineRule } from '../types.js';

export const nlbNodeMode = defineRule({
  meta: {
    id: 'nlb-node-mode',
    severity: 'error',
    area: 'nlb',
    description: "Require every NLB node to run in the cluster's operation mode.",
    fixable: false,
    messages: {
      wrongMode:
        'node "{{vm}}" runs in {{mode}} mode but NLB cluster "{{cluster}}" is {{clusterMode}}: all nodes must use one mode; remove the cluster IP, set every node to {{clusterMode}}, add the IP back and clear the switches\' ARP tables',
    },
    sources: ['docs/domain.md §1.2', 'docs/domain.md §1.8 (KB 264645)'],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      cluster.spec.nodes.forEach((node, j) => {
        if (node.mode === undefined || node.mode === cluster.spec.mode) return;
        report({
          doc: cluster,
          path: ['spec', 'nodes', j, 'mode'],
          messageId: 'wrongMode',
          data: { vm: node.vm, mode: node.mode, cluster: cluster.name, clusterMode: cluster.spec.mode },
          related: [
            { doc: cluster, path: ['spec', 'mode'], message: `NLB cluster "${cluster.name}" is ${cluster.spec.mode}` },
          ],
        });
      });
    }
  },
});
