import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, host, pos, valuePos } from '../../helpers/estate-docs.js';
import { clusterMembership } from '../../../src/rules/cluster/cluster-membership.js';

const CL1 = cluster('HVC1', { nodes: ['HV01', 'HV02'] });
const CL2 = cluster('HVC2', { nodes: ['HV03', 'HV02'] });
const lineIn = (before: string, after: string, needle: string): number =>
  before.split('\n').length + pos(after, needle).line;

ruleTester(clusterMembership, {
  valid: [
    {
      name: 'both declarations agree',
      files: { 'c.yaml': CL1, 'h.yaml': docs(host('HV01', { cluster: 'HVC1' }), host('hv02', { cluster: 'hvc1' })) },
    },
    {
      name: 'hosts that name no cluster but are listed by one',
      files: { 'c.yaml': CL1, 'h.yaml': docs(host('HV01'), host('HV02')) },
    },
    {
      name: 'an undeclared cluster or host is unresolved-reference',
      files: { 'c.yaml': cluster('HVC1', { nodes: ['GHOST'] }), 'h.yaml': host('HV05', { cluster: 'NOPE' }) },
    },
  ],
  invalid: [
    {
      name: 'a host naming a cluster that does not list it',
      files: { 'c.yaml': CL1, 'h.yaml': host('HV05', { cluster: 'HVC1' }) },
      errors: [
        {
          messageId: 'notListed',
          file: 'h.yaml',
          ...valuePos(host('HV05', { cluster: 'HVC1' }), 'cluster: HVC1'),
          message:
            'host "HV05" names cluster "HVC1", but the cluster does not list it in spec.nodes: add "HV05" to the cluster\'s nodes or fix spec.cluster',
          related: [{ file: 'c.yaml', ...pos(CL1, 'nodes') }],
        },
      ],
    },
    {
      name: 'a cluster listing a host that names another cluster: both directions',
      files: { 'c.yaml': docs(CL1, CL2), 'h.yaml': host('HV02', { cluster: 'HVC2' }) },
      errors: [
        {
          messageId: 'namesOther',
          file: 'c.yaml',
          ...pos(CL1, 'HV02'),
          message:
            'cluster "HVC1" lists host "HV02", but the host names cluster "HVC2": remove it from the nodes or fix the host\'s spec.cluster',
          related: [{ file: 'h.yaml', line: 8, column: 12 }],
        },
      ],
    },
    {
      name: 'a host naming another cluster that does not list it either',
      files: {
        'c.yaml': CL1,
        'h.yaml': host('HV02', { cluster: 'HVC2' }),
        'c2.yaml': cluster('HVC2', { nodes: ['HV03'] }),
      },
      errors: [
        { messageId: 'namesOther', file: 'c.yaml', line: pos(CL1, 'HV02').line },
        { messageId: 'notListed', file: 'h.yaml', line: 8, related: [{ file: 'c2.yaml', line: 7 }] },
      ],
    },
    {
      name: 'two clusters listing a host that names neither',
      files: { 'c.yaml': docs(CL1, CL2), 'h.yaml': host('HV02') },
      errors: [
        {
          messageId: 'listedTwice',
          file: 'c.yaml',
          line: lineIn(CL1, CL2, 'HV02'),
          column: pos(CL2, 'HV02').column,
          message:
            'cluster "HVC2" lists host "HV02", which cluster "HVC1" lists too: a host is a node of one cluster only',
          related: [{ file: 'c.yaml', ...pos(CL1, 'HV02') }],
        },
      ],
    },
  ],
});
