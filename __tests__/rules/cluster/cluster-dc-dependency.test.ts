import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, dc, docs, host, valuePos, vm } from '../../helpers/estate-docs.js';
import { clusterDcDependency } from '../../../src/rules/cluster/cluster-dc-dependency.js';

const CL1 = cluster('HVC1', { domain: 'corp.example.com', nodes: ['HV01', 'HV02'] });
const HOSTS = docs(host('HV01', { cluster: 'HVC1' }), host('HV02', { cluster: 'HVC1' }), host('HV09'));
const DCS_ON_CL1 = docs(dc('DC01', 'corp.example.com', { vm: 'DC01' }), dc('DC02', 'corp.example.com', { vm: 'DC02' }));
const vmOn = (name: string, placement: string): string => vm(name, `generation: 2\n${placement}`);

ruleTester(clusterDcDependency, {
  valid: [
    {
      name: 'one DC is physical',
      files: {
        'c.yaml': CL1,
        'd.yaml': docs(
          dc('DC01', 'corp.example.com', { vm: 'DC01' }),
          dc('DC02', 'corp.example.com', { physicalServer: 'DC02' }),
        ),
        'v.yaml': vmOn('DC01', 'cluster: HVC1'),
      },
    },
    {
      name: 'one DC on a stand-alone host',
      files: {
        'c.yaml': CL1,
        'h.yaml': HOSTS,
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'host: HV09')),
      },
    },
    { name: 'the domain has no DC documents', files: { 'c.yaml': CL1, 'v.yaml': vmOn('DC01', 'cluster: HVC1') } },
    {
      name: 'DCs of another domain on the cluster',
      files: {
        'c.yaml': CL1,
        'd.yaml': DCS_ON_CL1.replace(/corp\.example\.com/g, 'lab.example.com'),
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: HVC1')),
      },
    },
    {
      name: 'a DC whose VM is not declared counts as reachable',
      files: { 'c.yaml': CL1, 'd.yaml': DCS_ON_CL1, 'v.yaml': vmOn('DC01', 'cluster: HVC1') },
    },
    {
      name: 'two clusters whose DCs sit on each other, with a physical DC for one domain',
      files: {
        'c.yaml': docs(CL1, cluster('HVC2', { domain: 'lab.example.com', nodes: ['HV03'] })),
        'd.yaml': docs(
          dc('DC01', 'corp.example.com', { vm: 'DC01' }),
          dc('DC11', 'lab.example.com', { vm: 'DC11' }),
          dc('DC02', 'corp.example.com', { physicalServer: 'DC02' }),
        ),
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC2'), vmOn('DC11', 'cluster: HVC1')),
      },
    },
  ],
  invalid: [
    {
      name: 'every DC a highly available VM of the cluster',
      files: {
        'c.yaml': CL1,
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: hvc1')),
      },
      errors: [
        {
          messageId: 'selfDependent',
          file: 'c.yaml',
          ...valuePos(CL1, 'domain: corp.example.com'),
          severity: 'warning',
          message:
            'cluster "HVC1" needs a domain controller of corp.example.com, but every DC of corp.example.com runs on the cluster itself ("DC01", "DC02"); the cluster starts without one (Windows Server 2012 and later), but VM registration, live migration and SMB access fail until a DC is reachable, so a cold start or a migration can stall: run at least one DC outside it, on a physical server or a stand-alone Hyper-V host',
          related: [
            { file: 'd.yaml', ...valuePos(DCS_ON_CL1, 'vm: DC01') },
            { file: 'd.yaml', ...valuePos(DCS_ON_CL1, 'vm: DC02') },
          ],
        },
      ],
    },
    {
      name: 'on Windows Server 2008 R2 nodes the cluster cannot start: an error',
      files: {
        'c.yaml': CL1,
        'h.yaml': docs(
          host('HV01', { cluster: 'HVC1', os: 'windows-server-2008-r2' }),
          host('HV02', { cluster: 'HVC1', os: 'windows-server-2008-r2' }),
        ),
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: HVC1')),
      },
      errors: [
        {
          messageId: 'selfDependent',
          severity: 'error',
          line: 6,
          message:
            'cluster "HVC1" needs a domain controller of corp.example.com, but every DC of corp.example.com runs on the cluster itself ("DC01", "DC02"), and on Windows Server 2008 R2 hosts "HV01", "HV02" the cluster cannot start without a DC: run at least one DC outside it, on a physical server or a stand-alone Hyper-V host',
        },
      ],
    },
    ...['windows-server-2012', 'windows-server-2012-r2', 'windows-server-2019'].map((os) => ({
      name: `on ${os} nodes the cluster starts (AD-less bootstrapping): a warning naming the version`,
      files: {
        'c.yaml': CL1,
        'h.yaml': docs(host('HV01', { cluster: 'HVC1', os }), host('HV02', { cluster: 'HVC1', os })),
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: HVC1')),
      },
      errors: [
        {
          messageId: 'selfDependent',
          severity: 'warning' as const,
          line: 6,
          message: new RegExp(
            `; the cluster starts without one \\(${os.replace('windows-server-', 'Windows Server ').replace('-r2', ' R2')} hosts "HV01", "HV02"\\), but VM registration`,
          ),
        },
      ],
    })),
    {
      name: 'DCs on nodes of the cluster (spec.host) count as on the cluster',
      files: {
        'c.yaml': CL1,
        'h.yaml': HOSTS,
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'host: HV01'), vmOn('DC02', 'host: HV02')),
      },
      errors: [
        {
          messageId: 'selfDependent',
          file: 'c.yaml',
          line: 6,
          column: 11,
          related: [
            { file: 'd.yaml', line: 7 },
            { file: 'd.yaml', line: 15 },
          ],
        },
      ],
    },
    {
      name: 'a node listed only by the cluster, without spec.cluster, still depends on it',
      files: {
        'c.yaml': CL1,
        'h.yaml': docs(host('HV01'), host('HV02')),
        'd.yaml': dc('DC01', 'corp.example.com', { vm: 'DC01' }),
        'v.yaml': vmOn('DC01', 'host: HV02'),
      },
      errors: [{ messageId: 'selfDependent', file: 'c.yaml', line: 6, related: [{ file: 'd.yaml', line: 7 }] }],
    },
    {
      name: 'two clusters whose only DCs sit on each other: both are on the cycle',
      files: {
        'c.yaml': docs(CL1, cluster('HVC2', { domain: 'lab.example.com', nodes: ['HV03'] })),
        'd.yaml': docs(dc('DC01', 'corp.example.com', { vm: 'DC01' }), dc('DC11', 'lab.example.com', { vm: 'DC11' })),
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC2'), vmOn('DC11', 'cluster: HVC1')),
      },
      errors: [
        {
          messageId: 'cycle',
          file: 'c.yaml',
          line: 6,
          message:
            /^cluster "HVC1" needs a domain controller of corp.example.com, but every DC of corp.example.com waits on a cluster that waits on a DC in turn \(cluster HVC1 → domain corp.example.com → DC DC01 → VM DC01 → cluster HVC2 → domain lab.example.com → DC DC11 → VM DC11 → cluster HVC1\); the cluster starts without one/,
          related: [{ file: 'd.yaml', line: 7 }],
        },
        {
          messageId: 'cycle',
          file: 'c.yaml',
          line: 14,
          message:
            /^cluster "HVC2" .*\(cluster HVC2 → domain lab\.example\.com → DC DC11 → VM DC11 → cluster HVC1 → domain corp\.example\.com → DC DC01 → VM DC01 → cluster HVC2\)/,
          related: [{ file: 'd.yaml', line: 15 }],
        },
      ],
    },
    {
      name: 'one domain, DCs spread over two clusters of that domain: neither can start cold',
      files: {
        'c.yaml': docs(CL1, cluster('HVC2', { domain: 'corp.example.com', nodes: ['HV03'] })),
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: HVC2')),
      },
      errors: [
        {
          messageId: 'cycle',
          file: 'c.yaml',
          line: 6,
          message: /\(cluster HVC1 → domain corp\.example\.com → DC DC01 → VM DC01 → cluster HVC1\)/,
          related: [
            { file: 'd.yaml', line: 7 },
            { file: 'd.yaml', line: 15 },
          ],
        },
        {
          messageId: 'cycle',
          file: 'c.yaml',
          line: 14,
          message: /\(cluster HVC2 → domain corp\.example\.com → DC DC02 → VM DC02 → cluster HVC2\)/,
        },
      ],
    },
    {
      name: "a cluster downstream of another's cycle is not reported itself",
      files: {
        'c.yaml': docs(CL1, cluster('HVC3', { domain: 'corp.example.com', nodes: ['HV05'] })),
        'd.yaml': DCS_ON_CL1,
        'v.yaml': docs(vmOn('DC01', 'cluster: HVC1'), vmOn('DC02', 'cluster: HVC1')),
      },
      errors: [{ messageId: 'selfDependent', file: 'c.yaml', line: 6 }],
    },
  ],
});
