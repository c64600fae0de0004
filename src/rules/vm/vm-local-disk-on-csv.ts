import { defineRule } from '../types.js';
import { clustersOfHost, csvHolding, drivesOf, isClusterStoragePath, isDisk } from '../../model/storage.js';

export const vmLocalDiskOnCsv = defineRule({
  meta: {
    id: 'vm-local-disk-on-csv',
    severity: 'warning',
    area: 'vm',
    description:
      'Report disks of VMs that are not highly available but sit on a Cluster Shared Volume: make the VM a clustered role or move its disks to local storage.',
    fixable: false,
    messages: {
      onCsv:
        'disk "{{path}}" of VM "{{vm}}" is on a Cluster Shared Volume{{volume}}, but the VM runs only on host "{{host}}": make it a highly available role of the cluster (spec.cluster) or move the disk off the CSV',
    },
    sources: [
      'Microsoft: "Use Cluster Shared Volumes in a failover cluster" (CSVs, mounted under C:\\ClusterStorage on every node, are for the disks of clustered Hyper-V VMs)',
      'docs/domain.md §5.2 [derived] (only clustered roles fail over to another node; a stand-alone VM on a CSV still dies with its host)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      if (!vm.spec.host) continue;
      const host = estate.get('HyperVHost', vm.spec.host);
      const clusters = host ? clustersOfHost(estate, host) : [];
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || !drive.path) continue;
        const csv = csvHolding(clusters, drive.path);
        if (!csv && !isClusterStoragePath(drive.path)) continue;
        report({
          doc: vm,
          path: [...path, 'path'],
          messageId: 'onCsv',
          data: {
            vm: vm.name,
            path: drive.path,
            host: vm.spec.host,
            volume: csv ? ` ("${csv.volume.name}" of cluster "${csv.cluster.name}")` : '',
          },
          related: csv
            ? [{ doc: csv.cluster, path: [...csv.path, 'path'], message: `Cluster Shared Volume "${csv.volume.name}"` }]
            : [],
        });
      }
    }
  },
});
