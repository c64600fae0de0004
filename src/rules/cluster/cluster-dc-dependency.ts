import { defineRule, type RelatedReport } from '../types.js';
import type { Manifest } from '../../model/estate.js';
import { nameKey } from '../../model/estate.js';
import { estateNodeId, startupDependencies, type EstateNode } from '../../model/dependencies.js';
import { describeHosts, groupByVersion, splitAt } from '../../model/versions.js';

const KIND_LABEL: Record<EstateNode['kind'], string> = {
  cluster: 'cluster',
  host: 'host',
  domain: 'domain',
  dc: 'DC',
  vm: 'VM',
};

export const clusterDcDependency = defineRule({
  meta: {
    id: 'cluster-dc-dependency',
    severity: 'warning',
    area: 'cluster',
    description:
      "Report clusters that need a domain controller while every DC of their domain depends on that cluster (a cycle in the estate's start-up dependencies): an error on Windows Server 2008 R2, where the cluster cannot start, a warning from 2012.",
    fixable: false,
    messages: {
      selfDependent:
        'cluster "{{cluster}}" needs a domain controller of {{domain}}, but every DC of {{domain}} runs on the cluster itself ({{dcs}}){{consequence}}: run at least one DC outside it, on a physical server or a stand-alone Hyper-V host',
      cycle:
        'cluster "{{cluster}}" needs a domain controller of {{domain}}, but every DC of {{domain}} waits on a cluster that waits on a DC in turn ({{cycle}}){{consequence}}: run at least one DC outside these clusters, on a physical server or a stand-alone Hyper-V host',
    },
    sources: [
      "docs/domain.md §5.2 (field: VM registration failed during a cluster migration where every DC was a highly available VM on the cluster; Microsoft: since Windows Server 2012 a cluster starts without AD, on 2008 R2 it could not; [derived] no cycle through a domain's DCs)",
      'docs/domain.md §5.1 (Microsoft: add a physical DC where possible)',
    ],
  },
  check({ estate, report }) {
    const deps = startupDependencies(estate);
    for (const cluster of estate.of('HyperVCluster')) {
      const id = estateNodeId('cluster', cluster.name);
      if (!deps.deadlocked.has(id)) continue;
      const domainId = estateNodeId('domain', cluster.spec.domain);
      const dcs = deps.graph
        .dependenciesOf(domainId)
        .map((dc) => deps.graph.data(dc)!.doc as Manifest<'DomainController'>);
      const nodes = new Set(estate.hostsOfCluster(cluster.name).map((h) => nameKey(h.name)));
      const placementOf = (
        dc: Manifest<'DomainController'>,
      ): { vm?: Manifest<'VirtualMachine'>; onThisCluster: boolean } => {
        const vm = estate.get('VirtualMachine', dc.spec.vm);
        if (!vm) return { onThisCluster: false };
        const onThisCluster = vm.spec.cluster
          ? nameKey(vm.spec.cluster) === nameKey(cluster.name)
          : vm.spec.host
            ? nodes.has(nameKey(vm.spec.host))
            : false;
        return { vm, onThisCluster };
      };
      const placements = dcs.map((dc) => ({ dc, ...placementOf(dc) }));
      const related: RelatedReport[] = placements.map(({ dc, vm }) => ({
        doc: dc,
        path: ['spec', 'vm'],
        message: `DC "${dc.name}" runs on VM "${vm?.name ?? dc.spec.vm}"${vm?.spec.cluster ? ` (cluster "${vm.spec.cluster}")` : vm?.spec.host ? ` (host "${vm.spec.host}")` : ''}`,
      }));
      const domain = cluster.spec.domain;
      // On 2008 R2 the cluster cannot start at all; from 2012 it starts (AD-less bootstrapping) and what fails is registration and Kerberos (§5.2).
      const { older, newer } = splitAt(groupByVersion(estate.hostsOfCluster(cluster.name)), 'windows-server-2012');
      const hard = older.length > 0;
      const consequence = hard
        ? `, and on ${describeHosts(older)} the cluster cannot start without a DC`
        : `; the cluster starts without one${newer.length > 0 ? ` (${describeHosts(newer)})` : ' (Windows Server 2012 and later)'}, but VM registration, live migration and SMB access fail until a DC is reachable, so a cold start or a migration can stall`;
      const severity = hard ? ('error' as const) : ('warning' as const);
      if (placements.every((p) => p.onThisCluster)) {
        report({
          doc: cluster,
          path: ['spec', 'domain'],
          messageId: 'selfDependent',
          severity,
          data: { cluster: cluster.name, domain, dcs: dcs.map((dc) => `"${dc.name}"`).join(', '), consequence },
          related,
        });
        continue;
      }
      const chain = (deps.cycleThrough(id) ?? []).map((n) => `${KIND_LABEL[n.kind]} ${n.name}`).join(' → ');
      report({
        doc: cluster,
        path: ['spec', 'domain'],
        messageId: 'cycle',
        severity,
        data: { cluster: cluster.name, domain, cycle: chain, consequence },
        related,
      });
    }
  },
});
