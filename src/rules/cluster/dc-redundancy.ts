import { defineRule, type RelatedReport } from '../types.js';
import { nameKey, type Estate, type Manifest } from '../../model/estate.js';
import type { ManifestDocument } from '../../model/document.js';

type DomainController = Manifest<'DomainController'>;

export const dcRedundancy = defineRule({
  meta: {
    id: 'dc-redundancy',
    severity: 'warning',
    area: 'cluster',
    description:
      'Report domains that hosts or clusters use with fewer than two domain controllers, and domains whose domain controllers all run on one host.',
    fixable: false,
    messages: {
      single:
        'domain {{domain}}, used by {{users}}, has one domain controller ("{{dc}}"): add a second DC on another host, a physical one where possible',
      oneHost:
        'all {{count}} domain controllers of {{domain}} ({{dcs}}) run on host "{{host}}": one host failure takes the whole domain down, move a DC to another host, a physical one where possible',
    },
    sources: [
      'docs/domain.md §5.1 (Microsoft: at least two domain controllers per domain, on different hosts; add a physical one where possible)',
    ],
  },
  check({ estate, report }) {
    const dcsByDomain = new Map<string, DomainController[]>();
    for (const dc of estate.of('DomainController')) {
      const key = nameKey(dc.spec.domain);
      const list = dcsByDomain.get(key);
      if (list) list.push(dc);
      else dcsByDomain.set(key, [dc]);
    }
    const usersByDomain = new Map<string, ManifestDocument[]>();
    for (const user of [...estate.of('HyperVCluster'), ...estate.of('HyperVHost')]) {
      const key = nameKey(user.spec.domain);
      const list = usersByDomain.get(key);
      if (list) list.push(user);
      else usersByDomain.set(key, [user]);
    }

    // A domain with no DomainController documents is outside what the estate describes.
    for (const [key, dcs] of dcsByDomain) {
      const first = dcs[0]!;
      const users = usersByDomain.get(key) ?? [];
      if (dcs.length === 1) {
        if (users.length === 0) continue;
        const shown =
          users
            .slice(0, 3)
            .map((u) => `${u.kind} "${u.name}"`)
            .join(', ') + (users.length > 3 ? ` and ${users.length - 3} more` : '');
        report({
          doc: first,
          path: ['spec', 'domain'],
          messageId: 'single',
          data: { domain: first.spec.domain, dc: first.name, users: shown },
          related: [
            {
              doc: users[0]!,
              path: ['spec', 'domain'],
              message: `${users[0]!.kind} "${users[0]!.name}" is in ${first.spec.domain}`,
            },
          ],
        });
        continue;
      }
      const host = commonHost(estate, dcs);
      if (!host) continue;
      const related: RelatedReport[] = dcs.slice(1).map((dc) => ({
        doc: dc,
        path: dc.spec.vm ? ['spec', 'vm'] : ['spec', 'physicalServer'],
        message: `DC "${dc.name}" also runs on "${host}"`,
      }));
      report({
        doc: first,
        path: first.spec.vm ? ['spec', 'vm'] : ['spec', 'physicalServer'],
        messageId: 'oneHost',
        data: { domain: first.spec.domain, count: dcs.length, dcs: dcs.map((dc) => `"${dc.name}"`).join(', '), host },
        related,
      });
    }
  },
});

/** The one host every DC runs on, if they all can only run on the same host; undefined when any placement is unknown. */
function commonHost(estate: Estate, dcs: DomainController[]): string | undefined {
  let common: { key: string; name: string } | undefined;
  for (const dc of dcs) {
    let only: { key: string; name: string } | undefined;
    if (dc.spec.physicalServer)
      only = { key: `physical:${nameKey(dc.spec.physicalServer)}`, name: dc.spec.physicalServer };
    else {
      const vm = estate.get('VirtualMachine', dc.spec.vm);
      if (!vm) return undefined;
      const hosts = estate.hostsAbleToRun(vm);
      if (hosts.length === 1) only = { key: `host:${nameKey(hosts[0]!.name)}`, name: hosts[0]!.name };
      else if (hosts.length === 0 && vm.spec.host) only = { key: `host:${nameKey(vm.spec.host)}`, name: vm.spec.host };
    }
    if (!only) return undefined;
    if (common && common.key !== only.key) return undefined;
    common = only;
  }
  return common?.name;
}
