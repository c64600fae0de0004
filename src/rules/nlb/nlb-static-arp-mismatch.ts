import { defineRule } from '../types.js';
import type { NlbMode } from '../../model/kinds.js';
import { clusterMacFor, macForSwitch, normalizeMac } from '../../model/nlb.js';
import { macOwners, nlbClustersByVip } from '../../model/topology.js';

const MODES: NlbMode[] = ['unicast', 'multicast', 'igmp-multicast'];

export const nlbStaticArpMismatch = defineRule({
  meta: {
    id: 'nlb-static-arp-mismatch',
    severity: 'error',
    area: 'nlb',
    description: 'Report a static ARP entry that maps an NLB cluster VIP to a MAC other than the cluster MAC.',
    fixable: false,
    messages: {
      staleEntry:
        'static ARP entry maps VIP {{vip}} of NLB cluster "{{cluster}}" to "{{mac}}", not to its cluster MAC {{expected}}{{hint}}: hosts report an IP address conflict and clients reach the wrong MAC; remove the entry (unicast mode needs none) or change it to {{expected}}',
      staleRequiredEntry:
        'static ARP entry maps VIP {{vip}} of {{mode}} NLB cluster "{{cluster}}" to "{{mac}}", not to its cluster MAC {{expected}}{{hint}}: clients reach the wrong MAC; change the entry to {{expected}}, and keep it, because the layer-3 gateway needs a static ARP entry in {{mode}} mode',
    },
    sources: [
      'docs/domain.md §1.1',
      'docs/domain.md §1.5 (KB 4494444 for multicast mode; Cisco for IGMP multicast mode: the layer-3 gateway needs a static ARP entry)',
      'docs/domain.md §1.8 (KB 264645)',
      'docs/domain.md §1.9',
    ],
  },
  check({ estate, report }) {
    const byVip = nlbClustersByVip(estate);
    const owners = macOwners(estate);
    for (const sw of estate.of('Switch')) {
      (sw.spec.staticArp ?? []).forEach((entry, i) => {
        const clusters = byVip.get(entry.ip);
        if (!clusters) return;
        const mac = normalizeMac(entry.mac);
        if (!mac || clusters.some((c) => clusterMacFor(c.spec.vip, c.spec.mode) === mac)) return;
        // A MAC that something else in the estate answers to is a duplicate address: nlb-vip-conflict.
        if ((owners.get(mac) ?? []).some((o) => !o.cluster || !clusters.includes(o.cluster))) return;
        const cluster = clusters[0]!;
        const formerMode = MODES.find((m) => clusterMacFor(entry.ip, m) === mac);
        report({
          doc: sw,
          path: ['spec', 'staticArp', i, 'mac'],
          messageId: cluster.spec.mode === 'unicast' ? 'staleEntry' : 'staleRequiredEntry',
          data: {
            mode: cluster.spec.mode,
            vip: entry.ip,
            cluster: cluster.name,
            mac: entry.mac,
            expected: macForSwitch(clusterMacFor(cluster.spec.vip, cluster.spec.mode), sw.spec),
            hint: formerMode ? ` (it is the cluster's ${formerMode} MAC: left over from a mode change?)` : '',
          },
          related: [
            {
              doc: cluster,
              path: ['spec', 'vip'],
              message: `NLB cluster "${cluster.name}" runs in ${cluster.spec.mode} mode`,
            },
          ],
        });
      });
    }
  },
});
