import { defineRule } from '../types.js';
import { adapterNamed } from '../../model/adapters.js';
import { nameKey } from '../../model/estate.js';

export const nlbNodeMacSpoofing = defineRule({
  meta: {
    id: 'nlb-node-mac-spoofing',
    severity: 'error',
    area: 'nlb',
    description:
      'Require MAC address spoofing on the network adapter of every NLB node: an error in unicast mode, a warning in the multicast modes.',
    fixable: false,
    messages: {
      spoofingOff:
        'network adapter "{{adapter}}" of VirtualMachine "{{vm}}" has MAC address spoofing off but is a node of NLB cluster "{{cluster}}": set macAddressSpoofing: true, or the adapter cannot take the cluster MAC and the VIP is never added',
      spoofingUnset:
        'network adapter "{{adapter}}" of VirtualMachine "{{vm}}" is a node of NLB cluster "{{cluster}}" but does not enable MAC address spoofing (off by default): add macAddressSpoofing: true, or the adapter cannot take the cluster MAC and the VIP is never added',
    },
    sources: [
      'docs/domain.md §1.6 (Microsoft documents the failure for unicast mode; field reports extend the advice to the multicast modes)',
      'docs/domain.md §1.7',
    ],
  },
  check({ estate, report }) {
    const reported = new Set<string>();
    for (const cluster of estate.of('NlbCluster')) {
      cluster.spec.nodes.forEach((node, j) => {
        const vm = estate.get('VirtualMachine', node.vm);
        if (!vm) return;
        const found = adapterNamed(vm.spec, node.adapter);
        if (!found) return; // unresolved-reference
        const { adapter, index: a } = found;
        if (adapter.macAddressSpoofing === true) return;
        const once = `${nameKey(vm.name)}|${nameKey(adapter.name)}`;
        if (reported.has(once)) return;
        reported.add(once);
        const off = adapter.macAddressSpoofing === false;
        report({
          doc: vm,
          path: ['spec', 'networkAdapters', a, off ? 'macAddressSpoofing' : 'name'],
          messageId: off ? 'spoofingOff' : 'spoofingUnset',
          // Documented to fail in unicast mode only; the multicast modes rest on field reports (§1.6).
          ...(cluster.spec.mode === 'unicast' ? {} : { severity: 'warning' as const }),
          data: { adapter: adapter.name, vm: vm.name, cluster: cluster.name },
          related: [
            { doc: cluster, path: ['spec', 'nodes', j, 'vm'], message: `node of NLB cluster "${cluster.name}"` },
          ],
        });
      });
    }
  },
});
