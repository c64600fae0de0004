import { defineRule } from '../types.js';
import { nameKey, type Manifest } from '../../model/estate.js';

export const clusterMembership = defineRule({
  meta: {
    id: 'cluster-membership',
    severity: 'error',
    area: 'cluster',
    description:
      'Report hosts and clusters that disagree about cluster membership: a host naming a cluster that does not list it, or a cluster listing a host that names another cluster or is listed by another cluster.',
    fixable: false,
    messages: {
      notListed:
        'host "{{host}}" names cluster "{{cluster}}", but the cluster does not list it in spec.nodes: add "{{host}}" to the cluster\'s nodes or fix spec.cluster',
      namesOther:
        'cluster "{{cluster}}" lists host "{{host}}", but the host names cluster "{{other}}": remove it from the nodes or fix the host\'s spec.cluster',
      listedTwice:
        'cluster "{{cluster}}" lists host "{{host}}", which cluster "{{other}}" lists too: a host is a node of one cluster only',
    },
    sources: [
      'Microsoft: a server is a node of at most one failover cluster',
      "docs/domain.md §2.2, §5.2 (which hosts can run a highly available VM follows from the cluster's nodes)",
    ],
  },
  check({ estate, report }) {
    const firstListing = new Map<string, { cluster: Manifest<'HyperVCluster'>; index: number }>();
    for (const cluster of estate.of('HyperVCluster')) {
      cluster.spec.nodes.forEach((node, index) => {
        const host = estate.get('HyperVHost', node);
        if (!host) return;
        if (host.spec.cluster !== undefined) {
          if (nameKey(host.spec.cluster) === nameKey(cluster.name)) return;
          report({
            doc: cluster,
            path: ['spec', 'nodes', index],
            messageId: 'namesOther',
            data: { cluster: cluster.name, host: host.name, other: host.spec.cluster },
            related: [
              {
                doc: host,
                path: ['spec', 'cluster'],
                message: `host "${host.name}" names cluster "${host.spec.cluster}"`,
              },
            ],
          });
          return;
        }
        const first = firstListing.get(nameKey(host.name));
        if (!first) {
          firstListing.set(nameKey(host.name), { cluster, index });
          return;
        }
        report({
          doc: cluster,
          path: ['spec', 'nodes', index],
          messageId: 'listedTwice',
          data: { cluster: cluster.name, host: host.name, other: first.cluster.name },
          related: [
            {
              doc: first.cluster,
              path: ['spec', 'nodes', first.index],
              message: `cluster "${first.cluster.name}" lists "${host.name}" too`,
            },
          ],
        });
      });
    }
    const listed = new Set<string>();
    for (const cluster of estate.of('HyperVCluster'))
      for (const node of cluster.spec.nodes) listed.add(`${nameKey(cluster.name)}\u0000${nameKey(node)}`);
    for (const host of estate.of('HyperVHost')) {
      const cluster = estate.get('HyperVCluster', host.spec.cluster);
      if (!cluster || listed.has(`${nameKey(cluster.name)}\u0000${nameKey(host.name)}`)) continue;
      report({
        doc: host,
        path: ['spec', 'cluster'],
        messageId: 'notListed',
        data: { host: host.name, cluster: cluster.name },
        related: [
          { doc: cluster, path: ['spec', 'nodes'], target: 'key', message: `nodes of cluster "${cluster.name}"` },
        ],
      });
    }
  },
});
