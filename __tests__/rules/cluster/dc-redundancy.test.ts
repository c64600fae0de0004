import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, dc, docs, host, valuePos, vm } from '../../helpers/estate-docs.js';
import { dcRedundancy } from '../../../src/rules/cluster/dc-redundancy.js';

const vmOn = (name: string, placement: string): string => vm(name, `generation: 2\n${placement}`);
const HOSTS = docs(host('HV01'), host('HV02'), host('HV03', { domain: 'lab.example.com' }));
const ONE_DC = dc('DC01', 'corp.example.com', { vm: 'DC01' });
const TWO_ON_HV01 = docs(
  dc('DC01', 'corp.example.com', { vm: 'DC01' }),
  dc('DC02', 'CORP.example.com', { vm: 'DC02' }),
);

ruleTester(dcRedundancy, {
  valid: [
    {
      name: 'two DCs on different hosts',
      files: {
        'h.yaml': HOSTS,
        'd.yaml': TWO_ON_HV01,
        'v.yaml': docs(vmOn('DC01', 'host: HV01'), vmOn('DC02', 'host: HV02')),
      },
    },
    {
      name: 'a VM DC and a physical DC',
      files: {
        'h.yaml': HOSTS,
        'd.yaml': docs(ONE_DC, dc('DC02', 'corp.example.com', { physicalServer: 'DC02' })),
        'v.yaml': vmOn('DC01', 'host: HV01'),
      },
    },
    {
      name: 'a single DC of a domain nothing uses',
      files: { 'h.yaml': HOSTS, 'd.yaml': dc('DC21', 'test.example.com', { physicalServer: 'DC21' }) },
    },
    { name: 'a used domain with no DC documents is not judged', files: { 'h.yaml': HOSTS } },
    {
      name: 'two DCs on a two-node cluster may run apart',
      files: {
        'c.yaml': cluster('HVC1', { nodes: ['HV01', 'HV02'] }),
        'h.yaml': HOSTS,
        'd.yaml': TWO_ON_HV01,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: HVC1')),
      },
    },
    {
      name: 'a DC whose VM is undeclared: placement unknown',
      files: { 'h.yaml': HOSTS, 'd.yaml': TWO_ON_HV01, 'v.yaml': vmOn('DC01', 'host: HV01') },
    },
  ],
  invalid: [
    {
      name: 'one DC for a domain two hosts use',
      files: { 'd.yaml': ONE_DC, 'h.yaml': HOSTS, 'v.yaml': vmOn('DC01', 'host: HV01') },
      errors: [
        {
          messageId: 'single',
          file: 'd.yaml',
          ...valuePos(ONE_DC, 'domain: corp.example.com'),
          message:
            'domain corp.example.com, used by HyperVHost "HV01", HyperVHost "HV02", has one domain controller ("DC01"): add a second DC on another host, a physical one where possible',
          related: [{ file: 'h.yaml', line: 7, column: 11 }],
        },
      ],
    },
    {
      name: 'two DCs on one host (domain names compare case-insensitively)',
      files: {
        'd.yaml': TWO_ON_HV01,
        'h.yaml': HOSTS,
        'v.yaml': docs(vmOn('DC01', 'host: HV01'), vmOn('DC02', 'host: hv01')),
      },
      errors: [
        {
          messageId: 'oneHost',
          file: 'd.yaml',
          ...valuePos(TWO_ON_HV01, 'vm: DC01'),
          message:
            'all 2 domain controllers of corp.example.com ("DC01", "DC02") run on host "HV01": one host failure takes the whole domain down, move a DC to another host, a physical one where possible',
          related: [{ file: 'd.yaml', ...valuePos(TWO_ON_HV01, 'vm: DC02') }],
        },
      ],
    },
    {
      name: 'two DCs on a one-node cluster and its node',
      files: {
        'c.yaml': cluster('HVC1', { nodes: ['HV01'] }),
        'd.yaml': TWO_ON_HV01,
        'h.yaml': HOSTS,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'host: HV01')),
      },
      errors: [{ messageId: 'oneHost', file: 'd.yaml', line: 7, message: /run on host "HV01"/ }],
    },
    {
      name: 'a domain used by a cluster only, and more users than the message lists',
      files: {
        'c.yaml': docs(cluster('HVC1'), cluster('HVC2'), cluster('HVC3'), cluster('HVC4')),
        'd.yaml': ONE_DC,
      },
      errors: [
        {
          messageId: 'single',
          file: 'd.yaml',
          line: 6,
          message: /used by HyperVCluster "HVC1", HyperVCluster "HVC2", HyperVCluster "HVC3" and 1 more, has one/,
          related: [{ file: 'c.yaml', line: 6 }],
        },
      ],
    },
  ],
});
