import type { Rule } from '../types.js';
import type { Estate } from '../../model/estate.js';
import { nameKey } from '../../model/estate.js';
import type { Failure } from '../../whatif/failures.js';
import { reportsFor, sweep } from '../../whatif/sweep.js';

export const dcSingleFailureDomain: Rule = {
  meta: {
    id: 'dc-single-failure-domain',
    severity: 'warning',
    area: 'failure',
    description:
      'Report domains that lose every domain controller when one host, switch or LAG fails, including through a cluster losing quorum or a host losing its network.',
    fixable: false,
    messages: {
      allRestart:
        'losing {{failure}} stops every domain controller of {{domain}} ({{dcs}}) until the cluster restarts them elsewhere; give the DC VMs different first preferred owners and a common antiAffinityClassNames, or add a physical DC',
      allDown:
        'losing {{failure}} takes down every domain controller of {{domain}} ({{reasons}}); run a DC where that failure does not reach, a physical one where possible',
    },
    sources: [
      'docs/domain.md §5.1 (Microsoft: at least two domain controllers per domain, on different hosts; add a physical one where possible)',
      'docs/domain.md §7.2 (Microsoft: keep the DCs of one domain on different hosts)',
      'docs/domain.md §7.4 (derived: what exists once fails with what it depends on)',
    ],
  },
  check({ estate, report }) {
    for (const r of reportsFor(
      sweep(estate),
      'dc-single-failure-domain',
      (c, failures) => !pinnedToFailedHost(estate, c.data['domain'] as string, failures),
    ))
      report(r);
  },
};

/**
 * Every DC of the domain can run only on the one failed host: dc-redundancy already reports
 * that ("all DCs run on one host"), so this rule leaves it to it and reports the other ways.
 */
function pinnedToFailedHost(estate: Estate, domain: string, failures: Failure[]): boolean {
  if (failures.length !== 1 || failures[0]!.kind !== 'host') return false;
  const host = nameKey(failures[0]!.host.name);
  const dcs = estate.of('DomainController').filter((dc) => nameKey(dc.spec.domain) === nameKey(domain));
  return dcs.every((dc) => {
    const vm = estate.get('VirtualMachine', dc.spec.vm);
    const hosts = vm ? estate.hostsAbleToRun(vm) : [];
    return hosts.length === 1 && nameKey(hosts[0]!.name) === host;
  });
}
