import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, gen2, host, valuePos, vm } from '../../helpers/estate-docs.js';
import { vmLocalDiskOnCsv } from '../../../src/rules/vm/vm-local-disk-on-csv.js';

// A CSV mounted somewhere unusual, to tell the declared-CSV path from the C:\ClusterStorage\ convention.
const CLUSTER = cluster('HVC1', {
  nodes: ['HV01', 'HV02'],
  volumes: [
    { name: 'Volume1', path: 'C:\\ClusterStorage\\Volume1' },
    { name: 'Fast', path: 'E:\\ClusterStorage\\Fast' },
  ],
});
const HOSTS = docs(host('HV01', { cluster: 'HVC1' }), host('HV02'), host('HV09'));

const ON_DECLARED = vm('TOOLS01', gen2('host: HV02', 'E:\\ClusterStorage\\Fast\\TOOLS01\\system.vhdx'));
const ON_CONVENTION = vm('TOOLS02', gen2('host: HV09', 'C:\\ClusterStorage\\Volume7\\TOOLS02\\system.vhdx'));

ruleTester(vmLocalDiskOnCsv, {
  valid: [
    {
      name: 'a VM on a host with local disks',
      files: {
        'c.yaml': CLUSTER,
        'h.yaml': HOSTS,
        'v.yaml': vm('LAB01', gen2('host: HV01', 'D:\\Hyper-V\\LAB01\\system.vhdx')),
      },
    },
    {
      name: 'a highly available VM on the CSV',
      files: {
        'c.yaml': CLUSTER,
        'h.yaml': HOSTS,
        'v.yaml': vm('APP01', gen2('cluster: HVC1', 'C:\\ClusterStorage\\Volume1\\APP01\\system.vhdx')),
      },
    },
    {
      name: 'a folder merely named like ClusterStorage elsewhere',
      files: { 'h.yaml': HOSTS, 'v.yaml': vm('LAB02', gen2('host: HV09', 'D:\\Backup\\ClusterStorage\\LAB02.vhdx')) },
    },
  ],
  invalid: [
    {
      name: 'on a declared CSV of the cluster that lists the host',
      files: { 'c.yaml': CLUSTER, 'h.yaml': HOSTS, 'v.yaml': ON_DECLARED },
      errors: [
        {
          messageId: 'onCsv',
          file: 'v.yaml',
          ...valuePos(ON_DECLARED, 'path: E:'),
          message:
            'disk "E:\\ClusterStorage\\Fast\\TOOLS01\\system.vhdx" of VM "TOOLS01" is on a Cluster Shared Volume ("Fast" of cluster "HVC1"), but the VM runs only on host "HV02": make it a highly available role of the cluster (spec.cluster) or move the disk off the CSV',
          related: [{ file: 'c.yaml', ...valuePos(CLUSTER, 'path: E:') }],
        },
      ],
    },
    {
      name: 'under C:\\ClusterStorage\\ on a host of no known cluster',
      files: { 'h.yaml': HOSTS, 'v.yaml': ON_CONVENTION },
      errors: [
        {
          messageId: 'onCsv',
          file: 'v.yaml',
          ...valuePos(ON_CONVENTION, 'path: C:'),
          message: /is on a Cluster Shared Volume, but the VM runs only on host "HV09"/,
          related: [],
        },
      ],
    },
  ],
});
