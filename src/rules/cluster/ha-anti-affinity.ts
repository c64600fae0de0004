import type { RelatedReport, Rule } from '../types.js';
import { nameKey, type Estate, type Manifest } from '../../model/estate.js';

type VirtualMachine = Manifest<'VirtualMachine'>;

/** The hosts a VM can run on: those able to run it, narrowed by the cluster's possible owners. */
function possibleHosts(estate: Estate, vm: VirtualMachine): string[] {
  const hosts = estate.hostsAbleToRun(vm).map((h) => nameKey(h.name));
  const owners = vm.spec.possibleOwners;
  if (!owners || owners.length === 0) return hosts;
  const allowed = new Set(owners.map(nameKey));
  return hosts.filter((h) => allowed.has(h));
}

interface Group {
  /** `NLB cluster "NLB-WEB"`, `domain corp.contoso.com`. */
  what: string;
  /** `nodes`, `domain controllers`. */
  members: string;
  doc: Manifest;
  path: Array<string | number>;
  vms: VirtualMachine[];
}

export const haAntiAffinity: Rule = {
  meta: {
    id: 'ha-anti-affinity',
    severity: 'warning',
    area: 'cluster',
    description:
      'Report NLB clusters whose nodes, and domains whose domain controllers, can only run on one host, or share a failover cluster without a common anti-affinity class name.',
    fixable: false,
    messages: {
      oneHost:
        'the {{members}} of {{what}} ({{vms}}) can only run on host "{{host}}": one host failure takes them all down, let them run on other hosts (possibleOwners, or another host)',
      noAntiAffinity:
        'the {{members}} of {{what}} ({{vms}}) are highly available VMs of cluster "{{cluster}}" without a common anti-affinity class name, so a failover or a drain can put them on one host: give them a shared antiAffinityClassNames entry',
    },
    sources: [
      'docs/domain.md §7.2 (Microsoft, failover cluster AntiAffinityClassNames: keep the nodes of one NLB cluster and the DCs of one domain on different hosts)',
      'docs/domain.md §5.1 (Microsoft: DCs on different hosts)',
    ],
  },
  check({ estate, report }) {
    const groups: Group[] = [];
    for (const cluster of estate.of('NlbCluster')) {
      const vms = [
        ...new Set(cluster.spec.nodes.map((n) => estate.get('VirtualMachine', n.vm)).filter((v) => v !== undefined)),
      ];
      groups.push({
        what: `NLB cluster "${cluster.name}"`,
        members: 'nodes',
        doc: cluster,
        path: ['spec', 'nodes'],
        vms,
      });
    }
    const dcsByDomain = new Map<string, Manifest<'DomainController'>[]>();
    for (const dc of estate.of('DomainController')) {
      const key = nameKey(dc.spec.domain);
      dcsByDomain.set(key, [...(dcsByDomain.get(key) ?? []), dc]);
    }
    for (const dcs of dcsByDomain.values()) {
      // A physical DC survives any host failure: the domain stays up.
      if (dcs.some((dc) => dc.spec.physicalServer)) continue;
      const vms = [
        ...new Set(dcs.map((dc) => estate.get('VirtualMachine', dc.spec.vm)).filter((v) => v !== undefined)),
      ];
      // All on one stand-alone host is dc-redundancy's finding.
      const first = vms[0]?.spec.host;
      if (first && vms.every((vm) => !vm.spec.cluster && vm.spec.host && nameKey(vm.spec.host) === nameKey(first)))
        continue;
      groups.push({
        what: `domain ${dcs[0]!.spec.domain}`,
        members: 'domain controllers',
        doc: dcs[0]!,
        path: ['spec', 'domain'],
        vms,
      });
    }
    for (const group of groups) {
      if (group.vms.length < 2) continue;
      const related: RelatedReport[] = group.vms.map((vm) => ({
        doc: vm,
        path: vm.spec.possibleOwners
          ? ['spec', 'possibleOwners']
          : vm.spec.cluster
            ? ['spec', 'cluster']
            : ['spec', 'host'],
        message: `VM "${vm.name}"`,
      }));
      const names = group.vms.map((vm) => `"${vm.name}"`).join(', ');
      const hosts = new Set(group.vms.flatMap((vm) => possibleHosts(estate, vm)));
      if (hosts.size === 1) {
        const host = estate.get('HyperVHost', [...hosts][0]!);
        report({
          doc: group.doc,
          path: group.path,
          messageId: 'oneHost',
          data: { members: group.members, what: group.what, vms: names, host: host?.name ?? [...hosts][0]! },
          related,
        });
        continue;
      }
      // Clustered members of one failover cluster must share a class name, or nothing keeps them apart.
      const byCluster = new Map<string, VirtualMachine[]>();
      for (const vm of group.vms)
        if (vm.spec.cluster)
          byCluster.set(nameKey(vm.spec.cluster), [...(byCluster.get(nameKey(vm.spec.cluster)) ?? []), vm]);
      for (const vms of byCluster.values()) {
        if (vms.length < 2) continue;
        const shared = vms
          .map((vm) => new Set((vm.spec.antiAffinityClassNames ?? []).map((c) => c.toLowerCase())))
          .reduce((a, b) => new Set([...a].filter((c) => b.has(c))));
        if (shared.size > 0) continue;
        report({
          doc: group.doc,
          path: group.path,
          messageId: 'noAntiAffinity',
          data: {
            members: group.members,
            what: group.what,
            vms: vms.map((vm) => `"${vm.name}"`).join(', '),
            cluster: vms[0]!.spec.cluster!,
          },
          related: vms.map((vm) => ({
            doc: vm,
            path: vm.spec.antiAffinityClassNames ? ['spec', 'antiAffinityClassNames'] : ['spec', 'cluster'],
            message: `VM "${vm.name}"${vm.spec.antiAffinityClassNames ? ` (classes ${vm.spec.antiAffinityClassNames.join(', ')})` : ' (no anti-affinity class)'}`,
          })),
        });
      }
    }
  },
};
