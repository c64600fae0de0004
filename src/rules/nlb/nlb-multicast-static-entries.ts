import { defineRule } from '../types.js';
import { clusterMacFor, formatMac, macForSwitch } from '../../model/nlb.js';
import {
  describeAttachment,
  membersCover,
  nlbReach,
  staticArpByIp,
  staticMacEntries,
  uplinkPath,
} from '../../model/topology.js';

export const nlbMulticastStaticEntries = defineRule({
  meta: {
    id: 'nlb-multicast-static-entries',
    severity: 'error',
    area: 'nlb',
    description:
      'Require a static ARP entry and, on every switch where hosts able to run a node land, a static MAC-table entry on their LAGs or ports for each multicast-mode NLB cluster.',
    fixable: false,
    messages: {
      missingArp:
        'no switch has a static ARP entry for VIP {{vip}} of multicast NLB cluster "{{cluster}}": add one mapping {{vip}} to {{mac}} on the layer-3 switch or router of VLAN {{vlan}}',
      missingMacEntry:
        'switch "{{switch}}" has no static MAC-table entry for multicast NLB cluster "{{cluster}}", whose nodes can run on {{hosts}} connected to it: add MAC {{mac}} on VLAN {{vlan}} with members {{members}}',
      missingMember:
        'static MAC-table entry {{mac}} on VLAN {{vlan}} of switch "{{switch}}" does not include {{member}}, where host "{{host}}" lands: the host can run node "{{vm}}" of multicast NLB cluster "{{cluster}}", so add {{member}} to the entry',
    },
    sources: ['docs/domain.md §1.1', 'docs/domain.md §1.5 (KB 4494444)', 'docs/domain.md §2.2'],
  },
  check({ estate, report }) {
    const arp = staticArpByIp(estate);
    const switchesDeclared = estate.of('Switch').length > 0;
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'multicast') continue;
      const { vip, vlan } = cluster.spec;
      const mac = clusterMacFor(vip, 'multicast');
      // An entry for the VIP with another MAC is nlb-static-arp-mismatch's or nlb-vip-conflict's finding.
      if (switchesDeclared && !arp.has(vip)) {
        report({
          doc: cluster,
          path: ['spec', 'vip'],
          messageId: 'missingArp',
          data: { vip, cluster: cluster.name, mac: formatMac(mac, 'colon'), vlan },
        });
      }
      for (const { switch: sw, attachments } of nlbReach(estate, cluster).values()) {
        const entries = staticMacEntries(estate, sw, vlan, mac);
        const shown = macForSwitch(mac, sw.spec);
        if (entries.length === 0) {
          const hosts = [...new Set([...attachments.values()].map((at) => at.host.name))];
          const listPath = ['spec', 'staticMac'];
          // The entry is added on the switch, so the finding is there; the cluster is related.
          report({
            doc: sw,
            path: sw.has(listPath) ? listPath : sw.has(['spec']) ? ['spec'] : ['metadata', 'name'],
            target: 'key',
            messageId: 'missingMacEntry',
            data: {
              switch: sw.name,
              cluster: cluster.name,
              hosts: `${hosts.length === 1 ? 'host' : 'hosts'} ${hosts.map((h) => `"${h}"`).join(', ')}`,
              mac: shown,
              vlan,
              members: [...attachments.values()].map(describeAttachment).join(', '),
            },
            related: [
              { doc: cluster, path: ['spec', 'vip'], message: `multicast NLB cluster "${cluster.name}", VIP ${vip}` },
              ...[...attachments.values()].map((at) => ({
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`,
              })),
            ],
          });
          continue;
        }
        const first = entries[0]!;
        for (const at of attachments.values()) {
          if (entries.some((e) => membersCover(e.entry, at))) continue;
          const entryPath = ['spec', 'staticMac', first.index];
          const list = at.lag !== undefined ? 'lags' : 'ports';
          report({
            doc: sw,
            path: sw.has([...entryPath, list]) ? [...entryPath, list] : [...entryPath, 'mac'],
            target: 'key',
            messageId: 'missingMember',
            data: {
              mac: first.entry.mac,
              vlan,
              switch: sw.name,
              member: describeAttachment(at),
              host: at.host.name,
              vm: at.vm,
              cluster: cluster.name,
            },
            related: [
              {
                doc: at.host,
                path: uplinkPath(at),
                message: `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${sw.name}"`,
              },
              { doc: cluster, path: ['spec', 'vip'], message: `multicast NLB cluster "${cluster.name}"` },
            ],
          });
        }
      }
    }
  },
});
