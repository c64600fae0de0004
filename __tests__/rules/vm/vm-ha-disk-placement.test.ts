import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, gen2, pos, valuePos, vm, y } from '../../helpers/estate-docs.js';
import { vmHaDiskPlacement } from '../../../src/rules/vm/vm-ha-disk-placement.js';

const CLUSTER = cluster('HVC1', {
  volumes: [
    { name: 'Volume1', path: 'C:\\ClusterStorage\\Volume1' },
    { name: 'Volume2', path: 'C:\\ClusterStorage\\Volume2' },
  ],
});
const BARE_CLUSTER = cluster('HVC2');
// A cluster with a clustered disk that is not a CSV (a Physical Disk resource mounted as E:).
const DISK_CLUSTER = cluster('HVC3') + "  clusterDisks:\n    - { name: Cluster Disk 2, path: 'E:\\' }\n";
const PASS_THROUGH = vm(
  'SQL01',
  y`
  generation: 2
  cluster: HVC3
  controllers:
    - type: scsi
      number: 0
      drives:
        - { location: 0, path: E:\SQL01\system.vhdx, boot: true }
        - { location: 1, diskNumber: 4 }
`,
);

const MIXED = vm(
  'APP01',
  y`
  generation: 2
  cluster: HVC1
  controllers:
    - type: scsi
      number: 0
      drives:
        - location: 0
          path: C:\ClusterStorage\Volume1\APP01\system.vhdx
          boot: true
        - location: 1
          path: D:\Hyper-V\APP01\data.vhdx
        - location: 2
          path: C:\ClusterStorage\Volume10\APP01\logs.vhdx
        - location: 3
          kind: dvd
          path: D:\ISO\tools.iso
`,
);

const ON_BARE = vm('APP02', gen2('cluster: HVC2', 'C:\\ClusterStorage\\Volume1\\APP02\\system.vhdx'));

ruleTester(vmHaDiskPlacement, {
  valid: [
    {
      name: 'a disk on a clustered disk that is not a CSV, and a pass-through disk: both supported for HA VMs',
      files: { 'c.yaml': DISK_CLUSTER, 'v.yaml': PASS_THROUGH },
    },
    {
      name: 'disks on CSVs of the cluster',
      files: {
        'c.yaml': CLUSTER,
        'v.yaml': vm('APP01', gen2('cluster: HVC1', 'C:\\ClusterStorage\\Volume2\\APP01\\system.vhdx')),
      },
    },
    {
      name: 'case-insensitive path comparison',
      files: {
        'c.yaml': CLUSTER,
        'v.yaml': vm('APP01', gen2('cluster: hvc1', 'c:\\clusterstorage\\VOLUME1\\APP01\\system.vhdx')),
      },
    },
    {
      name: 'a disk on an SMB share (Scale-Out File Server)',
      files: { 'c.yaml': CLUSTER, 'v.yaml': vm('APP01', gen2('cluster: HVC1', '\\\\SOFS01\\VMs\\APP01\\system.vhdx')) },
    },
    {
      name: 'a VM on a host is not highly available',
      files: { 'c.yaml': CLUSTER, 'v.yaml': vm('APP01', gen2('host: HV01', 'D:\\VMs\\APP01.vhdx')) },
    },
    {
      name: 'an undeclared cluster is unresolved-reference',
      files: vm('APP01', gen2('cluster: NOPE', 'D:\\VMs\\APP01.vhdx')),
    },
  ],
  invalid: [
    {
      name: 'a local disk next to a clustered disk: the clustered disk is offered as the place',
      files: { 'c.yaml': DISK_CLUSTER, 'v.yaml': PASS_THROUGH.replace('E:\\SQL01', 'D:\\SQL01') },
      errors: [{ messageId: 'notOnCsv', file: 'v.yaml', line: 12, message: /move it under E:\\$/ }],
    },
    {
      name: 'a local disk and a disk on another volume whose name starts alike; DVDs are not checked',
      files: { 'c.yaml': CLUSTER, 'v.yaml': MIXED },
      errors: [
        {
          messageId: 'notOnCsv',
          file: 'v.yaml',
          ...valuePos(MIXED, 'path: D:'),
          message:
            'disk "D:\\Hyper-V\\APP01\\data.vhdx" of highly available VM "APP01" is not on a Cluster Shared Volume or clustered disk of cluster "HVC1": other nodes cannot open it, move it under C:\\ClusterStorage\\Volume1, C:\\ClusterStorage\\Volume2',
          related: [{ file: 'c.yaml', ...pos(CLUSTER, 'sharedVolumes') }],
        },
        {
          messageId: 'notOnCsv',
          file: 'v.yaml',
          ...valuePos(MIXED, 'path: C:\\ClusterStorage\\Volume10'),
          related: [{ file: 'c.yaml', line: pos(CLUSTER, 'sharedVolumes').line }],
        },
      ],
    },
    {
      name: 'a disk on a CSV of another cluster',
      files: { 'c.yaml': docs(CLUSTER, BARE_CLUSTER), 'v.yaml': ON_BARE },
      errors: [
        {
          messageId: 'noCsv',
          file: 'v.yaml',
          ...valuePos(ON_BARE, 'path: C:'),
          message:
            'disk "C:\\ClusterStorage\\Volume1\\APP02\\system.vhdx" of highly available VM "APP02" is not on shared storage, and cluster "HVC2" declares no sharedVolumes or clusterDisks: put the disk on a CSV or clustered disk of the cluster, or an SMB share',
          related: [
            {
              file: 'c.yaml',
              line: CLUSTER.split('\n').length + valuePos(BARE_CLUSTER, 'name: HVC2').line,
              column: valuePos(BARE_CLUSTER, 'name: HVC2').column,
            },
          ],
        },
      ],
    },
  ],
});
