import { defineRule } from '../types.js';
import { adapterNamed } from '../../model/adapters.js';

export const nlbNodeVlan = defineRule({
  meta: {
    id: 'nlb-node-vlan',
    severity: 'error',
    area: 'nlb',
    description: "Require the network adapter of every NLB node to be on the cluster's VLAN.",
    fixable: false,
    messages: {
      wrongVlan:
        'network adapter "{{adapter}}" of VirtualMachine "{{vm}}" is on VLAN {{vlan}} but NLB cluster "{{cluster}}", whose node it is, is on VLAN {{clusterVlan}}: put the adapter on VLAN {{clusterVlan}}',
    },
    sources: ['docs/domain.md §1.2', 'docs/domain.md §1.5', 'docs/domain.md §2.1'],
  },
  check({ estate, report }) {
    for (const cluster of estate.of('NlbCluster')) {
      cluster.spec.nodes.forEach((node, j) => {
        const vm = estate.get('VirtualMachine', node.vm);
        if (!vm) return;
        const found = adapterNamed(vm.spec, node.adapter);
        if (!found) return; // unresolved-reference
        const { adapter, index: a } = found;
        // An adapter without a VLAN ID sends untagged frames: which VLAN they land on is the physical side's business.
        if (adapter.vlan === undefined || adapter.vlan === cluster.spec.vlan) return;
        report({
          doc: vm,
          path: ['spec', 'networkAdapters', a, 'vlan'],
          messageId: 'wrongVlan',
          data: {
            adapter: adapter.name,
            vm: vm.name,
            vlan: adapter.vlan,
            cluster: cluster.name,
            clusterVlan: cluster.spec.vlan,
          },
          related: [
            {
              doc: cluster,
              path: ['spec', 'vlan'],
              message: `NLB cluster "${cluster.name}" is on VLAN ${cluster.spec.vlan}`,
            },
            { doc: cluster, path: ['spec', 'nodes', j, 'vm'], message: `node of NLB cluster "${cluster.name}"` },
          ],
        });
      });
    }
  },
});
