import type { Rule } from '../types.js';
import { reportsFor, sweep } from '../../whatif/sweep.js';

export const networkSingleFailureDomain: Rule = {
  meta: {
    id: 'network-single-failure-domain',
    severity: 'warning',
    area: 'failure',
    description:
      'Report hosts that one switch or LAG failure cuts off from the network, and VMs left with no network path on any host they may run on.',
    fixable: false,
    messages: {
      hostCutOff:
        'losing {{failure}} cuts host "{{host}}" off, since every uplink of its {{teams}} goes with it{{stopped}}{{victims}}; land a team member on a second switch (a switch-independent team)',
      vmsCutOff:
        'losing {{failure}} leaves VMs {{vms}} on host "{{host}}" without any network path, and no other host they may run on has one; land the team of their virtual switch on a second switch or LAG',
    },
    sources: [
      'docs/domain.md §2.2 (field: each host reaches the switches through NIC teams that land on LAGs)',
      'docs/domain.md §7.4 (derived, with Microsoft NIC Teaming: a host whose teams all land on one switch is cut off when it fails; switch-independent team members may land on two switches)',
    ],
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), 'network-single-failure-domain')) report(r);
  },
};
