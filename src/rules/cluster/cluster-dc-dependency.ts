import { defineRule, type RelatedReport } from '../types.js';
import type { Manifest } from '../../model/estate.js';
import { nameKey } from '../../model/estate.js';
import { estateNodeId, startupDependencies, type EstateNode } from '../../model/dependencies.js';

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
    severity: 'error',
    area: 'cluster',
    description:
      "Report clusters that need a domain controller to start while every DC of their domain depends on that cluster (a cycle in the estate's start-up dependencies).",
    fixable: false,
    messages: {
      selfDependent:
        'cluster "{{cluster}}" needs a domain controller of {{domain}} to start, but every DC of {{domain}} runs on the cluster itself ({{dcs}}): run at least one DC outside it, on a physical server or a stand-alone Hyper-V host',
      cycle:
        'cluster "{{cluster}}" needs a domain controller of {{domain}} to start, but every DC of {{domain}} waits on a cluster that waits on a DC in turn ({{cycle}}): run at least one DC outside these clusters, on a physical server or a stand-alone Hyper-V host',
    },
    sources: [
      "docs/domain.md §5.2 (field: VM registration failed during a cluster migration where every DC was a highly available VM on the cluster; [derived] no cycle through a domain's DCs)",
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
      if (placements.every((p) => p.onThisCluster)) {
        report({
          doc: cluster,
          path: ['spec', 'domain'],
          messageId: 'selfDependent',
          data: { cluster: cluster.name, domain, dcs: dcs.map((dc) => `"${dc.name}"`).join(', ') },
          related,
        });
        continue;
      }
      const chain = (deps.cycleThrough(id) ?? []).map((n) => `${KIND_LABEL[n.kind]} ${n.name}`).join(' → ');
      report({
        doc: cluster,
        path: ['spec', 'domain'],
        messageId: 'cycle',
        data: { cluster: cluster.name, domain, cycle: chain },
        related,
      });
    }
  },
});
