import type { Rule } from '../types.js';
import { reportsFor, sweep } from '../../whatif/sweep.js';

export const clusterQuorumN1: Rule = {
  meta: {
    id: 'cluster-quorum-n1',
    severity: 'warning',
    area: 'failure',
    description:
      'Report clusters that can lose quorum when one host, switch or LAG fails: a two-node cluster without a witness, or nodes that all hang off one switch.',
    fixable: false,
    messages: {
      lost: 'losing {{failure}} leaves cluster "{{cluster}}" {{votes}}, no majority, so every clustered VM stops; add a witness (file share, disk or cloud) or a node',
      atRisk:
        'losing {{failure}} leaves cluster "{{cluster}}" {{votes}}, exactly half: it keeps running only if dynamic quorum had taken the vote from the lost node; add a witness (file share, disk or cloud)',
      isolated:
        'losing {{failure}} cuts off {{hosts}}, leaving cluster "{{cluster}}" {{votes}} among the nodes still connected, so every clustered VM stops; connect the nodes through a second switch',
    },
    sources: [
      'docs/domain.md §7.3 (Microsoft: a cluster keeps running while a majority of votes, nodes plus a witness, is up; dynamic quorum in a two-node cluster without a witness)',
    ],
  },
  check({ estate, report }) {
    for (const r of reportsFor(sweep(estate), 'cluster-quorum-n1')) report(r);
  },
};
