import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, pos } from '../../helpers/estate-docs.js';
import { failoverCluster, failoverHost, failoverVm } from '../../helpers/failover-estate.js';
import { nlbSingleFailureDomain } from '../../../src/rules/failure/nlb-single-failure-domain.js';

const nlb = (mode = 'unicast') =>
  `apiVersion: hvlint/v1\nkind: NlbCluster\nmetadata:\n  name: NLB-WEB\nspec:\n  vip: 172.31.3.232\n  mode: ${mode}\n  vlan: 20\n  nodes:\n    - { vm: WEB01, adapter: NLB }\n    - { vm: WEB02, adapter: NLB }\n`;
const HOSTS = docs(failoverHost('HV01'), failoverHost('HV02'));
const CLUSTER = docs(
  failoverCluster('CL01', ['HV01', 'HV02'], 'file-share'),
  failoverHost('HV01', { cluster: 'CL01', uplinks: ['SW1/1'] }),
  failoverHost('HV02', { cluster: 'CL01', uplinks: ['SW1/2'] }),
);
const switchWithGroup = (lags: string) =>
  `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: SW1\nspec:\n  model: dell-powerconnect-5424\n  lags:\n    - { id: 1 }\n    - { id: 2 }\n  bridgeMulticastGroups:\n    - vlan: 20\n      group: 239.255.3.232\n      lags: [${lags}]\n`;
const PINNED = docs(
  failoverVm('WEB01', { host: 'HV01', network: true }),
  failoverVm('WEB02', { host: 'HV01', network: true }),
);
const ONE_HOME = docs(
  failoverVm('WEB01', { preferred: ['HV01', 'HV02'], network: true }),
  failoverVm('WEB02', { preferred: ['HV01', 'HV02'], network: true }),
);
const ONE_LAG = switchWithGroup('1');

ruleTester(nlbSingleFailureDomain, {
  valid: [
    {
      name: 'nodes on two stand-alone hosts',
      files: {
        'h.yaml': HOSTS,
        'n.yaml': nlb(),
        'v.yaml': docs(
          failoverVm('WEB01', { host: 'HV01', network: true }),
          failoverVm('WEB02', { host: 'HV02', network: true }),
        ),
      },
    },
    {
      name: 'clustered nodes with different first preferred owners',
      files: {
        'h.yaml': CLUSTER,
        's.yaml': switchWithGroup('1, 2'),
        'n.yaml': nlb('igmp-multicast'),
        'v.yaml': docs(
          failoverVm('WEB01', { preferred: ['HV01', 'HV02'], network: true }),
          failoverVm('WEB02', { preferred: ['HV02', 'HV01'], network: true }),
        ),
      },
    },
    {
      name: 'a moved node outside the bridge group: nlb-igmp-group-members reports that LAG; hvlint whatif names the failure',
      files: {
        'h.yaml': CLUSTER,
        's.yaml': ONE_LAG,
        'n.yaml': nlb('igmp-multicast'),
        'v.yaml': docs(
          failoverVm('WEB01', { preferred: ['HV01', 'HV02'], network: true }),
          failoverVm('WEB02', { preferred: ['HV02', 'HV01'], network: true }),
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'both nodes pinned to one stand-alone host',
      files: { 'h.yaml': HOSTS, 'n.yaml': nlb(), 'v.yaml': PINNED },
      errors: [
        {
          messageId: 'allNodesDown',
          file: 'n.yaml',
          ...pos(nlb(), 'nodes:'),
          message:
            'losing host "HV01" takes down every node of NLB cluster "NLB-WEB" ("WEB01": it runs on host "HV01"; "WEB02": it runs on host "HV01"); run its nodes on different hosts and switches',
        },
      ],
    },
    {
      name: 'both nodes normally on HV01: they stop together and restart on HV02 (also when HV01 is cut off)',
      files: {
        'h.yaml': CLUSTER,
        's.yaml': switchWithGroup('1, 2'),
        'n.yaml': nlb('igmp-multicast'),
        'v.yaml': ONE_HOME,
      },
      errors: [
        {
          messageId: 'allNodesRestart',
          file: 'n.yaml',
          ...pos(nlb(), 'nodes:'),
          message:
            'losing host "HV01" or LAG 1 of switch "SW1" stops every node of NLB cluster "NLB-WEB" ("WEB01", "WEB02") until the cluster restarts them elsewhere; give the nodes different first preferred owners and a common antiAffinityClassNames',
        },
      ],
    },
  ],
});
