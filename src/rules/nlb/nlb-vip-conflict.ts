import { defineRule } from '../types.js';
import { clusterMacFor, normalizeMac } from '../../model/nlb.js';
import { macOwners, nlbClustersByVip, staticArpByIp } from '../../model/topology.js';

export const nlbVipConflict = defineRule({
  meta: {
    id: 'nlb-vip-conflict',
    severity: 'error',
    area: 'nlb',
    description: 'Report an NLB cluster VIP that another cluster or another device in the estate also uses.',
    fixable: false,
    messages: {
      sharedVip:
        'VIP {{vip}} of NLB cluster "{{cluster}}" is also the VIP of NLB cluster "{{other}}": give each cluster its own address',
      arpToOther:
        'VIP {{vip}} of NLB cluster "{{cluster}}" is mapped by a static ARP entry on switch "{{switch}}" to {{mac}}, the MAC of {{owner}}: two devices answer for one address (a duplicate IP); give one of them another address',
    },
    sources: ['docs/domain.md §1.1', 'docs/domain.md §1.9'],
  },
  check({ estate, report }) {
    const owners = macOwners(estate);
    const arp = staticArpByIp(estate);
    for (const [vip, clusters] of nlbClustersByVip(estate)) {
      const first = clusters[0]!;
      for (const cluster of clusters.slice(1)) {
        report({
          doc: cluster,
          path: ['spec', 'vip'],
          messageId: 'sharedVip',
          data: { vip, cluster: cluster.name, other: first.name },
          related: [{ doc: first, path: ['spec', 'vip'], message: `VIP of NLB cluster "${first.name}"` }],
        });
      }
      const ownMacs = new Set(clusters.map((c) => clusterMacFor(vip, c.spec.mode)));
      for (const { switch: sw, index, entry } of arp.get(vip) ?? []) {
        const mac = normalizeMac(entry.mac);
        if (!mac || ownMacs.has(mac)) continue;
        // A MAC nothing else answers to is a stale entry: nlb-static-arp-mismatch.
        const owner = (owners.get(mac) ?? []).find((o) => !o.cluster || !clusters.includes(o.cluster));
        if (!owner) continue;
        report({
          doc: first,
          path: ['spec', 'vip'],
          messageId: 'arpToOther',
          data: { vip, cluster: first.name, switch: sw.name, mac: entry.mac, owner: owner.description },
          related: [
            {
              doc: sw,
              path: ['spec', 'staticArp', index, 'mac'],
              message: `static ARP entry ${vip} → ${entry.mac} on switch "${sw.name}"`,
            },
            { doc: owner.doc, path: owner.path, message: owner.description },
          ],
        });
      }
    }
  },
});
