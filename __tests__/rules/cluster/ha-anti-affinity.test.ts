import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, dc, docs, host, vm } from '../../helpers/estate-docs.js';
import { haAntiAffinity } from '../../../src/rules/cluster/ha-anti-affinity.js';

const HOSTS = docs(
  cluster('HVC1', { nodes: ['HV01', 'HV02'] }),
  host('HV01', { cluster: 'HVC1' }),
  host('HV02', { cluster: 'HVC1' }),
  host('HV03'),
);
const node = (name: string, placement: string, extra = ''): string =>
  vm(
    name,
    `generation: 2\n${placement}\n${extra}networkAdapters:\n  - { name: NLB, switch: vSwitch-VM, vlan: 20, macAddressSpoofing: true }\n`,
  );
const NLB = `apiVersion: hvlint/v1
kind: NlbCluster
metadata:
  name: NLB-WEB
spec:
  vip: 172.31.3.232
  mode: igmp-multicast
  vlan: 20
  nodes:
    - { vm: WEB01, adapter: NLB }
    - { vm: WEB02, adapter: NLB }
`;
const AA = 'antiAffinityClassNames: [NLB-WEB]\n';

ruleTester(haAntiAffinity, {
  valid: [
    {
      name: 'clustered nodes with a shared anti-affinity class',
      files: {
        'h.yaml': HOSTS,
        'n.yaml': NLB,
        'v.yaml': docs(node('WEB01', 'cluster: HVC1', AA), node('WEB02', 'cluster: HVC1', AA)),
      },
    },
    {
      name: 'one node on the cluster, one on a stand-alone host',
      files: {
        'h.yaml': HOSTS,
        'n.yaml': NLB,
        'v.yaml': docs(node('WEB01', 'cluster: HVC1'), node('WEB02', 'host: HV03')),
      },
    },
    {
      name: 'a domain with a physical DC',
      files: {
        'h.yaml': HOSTS,
        'd.yaml': docs(
          dc('DC01', 'corp.example.com', { vm: 'DC01' }),
          dc('DC02', 'corp.example.com', { physicalServer: 'PHYS01' }),
        ),
        'v.yaml': vm('DC01', 'generation: 2\ncluster: HVC1\n'),
      },
    },
  ],
  invalid: [
    {
      name: 'clustered nodes without a common class',
      files: {
        'h.yaml': HOSTS,
        'n.yaml': NLB,
        'v.yaml': docs(
          node('WEB01', 'cluster: HVC1', AA),
          node('WEB02', 'cluster: HVC1', 'antiAffinityClassNames: [WEB]\n'),
        ),
      },
      errors: [
        {
          messageId: 'noAntiAffinity',
          file: 'n.yaml',
          line: 9,
          column: 3,
          message:
            'the nodes of NLB cluster "NLB-WEB" ("WEB01", "WEB02") are highly available VMs of cluster "HVC1" without a common anti-affinity class name, so a failover or a drain can put them on one host: give them a shared antiAffinityClassNames entry',
          related: [
            { file: 'v.yaml', line: 8 },
            { file: 'v.yaml', line: 19 },
          ],
        },
      ],
    },
    {
      name: 'possible owners leave one node',
      files: {
        'h.yaml': HOSTS,
        'n.yaml': NLB,
        'v.yaml': docs(
          node('WEB01', 'cluster: HVC1', AA + 'possibleOwners: [HV01]\n'),
          node('WEB02', 'cluster: HVC1', AA + 'possibleOwners: [HV01]\n'),
        ),
      },
      errors: [
        {
          messageId: 'oneHost',
          line: 9,
          message:
            'the nodes of NLB cluster "NLB-WEB" ("WEB01", "WEB02") can only run on host "HV01": one host failure takes them all down, let them run on other hosts (possibleOwners, or another host)',
        },
      ],
    },
    {
      name: 'both nodes on one stand-alone host',
      files: {
        'h.yaml': HOSTS,
        'n.yaml': NLB,
        'v.yaml': docs(node('WEB01', 'host: HV03'), node('WEB02', 'host: HV03')),
      },
      errors: [{ messageId: 'oneHost', line: 9, message: /can only run on host "HV03"/ }],
    },
    {
      name: 'the DCs of a domain, clustered without a common class',
      files: {
        'h.yaml': HOSTS,
        'd.yaml': docs(dc('DC01', 'corp.example.com', { vm: 'DC01' }), dc('DC02', 'corp.example.com', { vm: 'DC02' })),
        'v.yaml': docs(vm('DC01', 'generation: 2\ncluster: HVC1\n'), vm('DC02', 'generation: 2\ncluster: HVC1\n')),
      },
      errors: [
        {
          messageId: 'noAntiAffinity',
          file: 'd.yaml',
          line: 6,
          message:
            /^the domain controllers of domain corp.example.com \("DC01", "DC02"\) are highly available VMs of cluster "HVC1"/,
        },
      ],
    },
  ],
});
