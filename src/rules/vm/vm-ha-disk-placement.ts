import { defineRule } from '../types.js';
import { csvHolding, drivesOf, isDisk, isSmbPath, isUnder } from '../../model/storage.js';

export const vmHaDiskPlacement = defineRule({
  meta: {
    id: 'vm-ha-disk-placement',
    severity: 'error',
    area: 'vm',
    description:
      "Report virtual disks of highly available VMs that are not on shared storage of the VM's cluster: a Cluster Shared Volume, a clustered disk, or an SMB share.",
    fixable: false,
    messages: {
      notOnCsv:
        'disk "{{path}}" of highly available VM "{{vm}}" is not on a Cluster Shared Volume or clustered disk of cluster "{{cluster}}": other nodes cannot open it, move it under {{volumes}}',
      noCsv:
        'disk "{{path}}" of highly available VM "{{vm}}" is not on shared storage, and cluster "{{cluster}}" declares no sharedVolumes or clusterDisks: put the disk on a CSV or clustered disk of the cluster, or an SMB share',
    },
    sources: [
      'Microsoft: "Use Cluster Shared Volumes in a failover cluster" (CSVs hold the virtual hard disks of clustered Hyper-V VMs, readable by every node; Scale-Out File Server SMB shares also hold VM files)',
      'Microsoft: "Deploy a Hyper-V cluster" (a highly available VM may also use a clustered disk that is not a CSV, a pass-through disk that is a cluster disk, or virtual Fibre Channel)',
      'docs/domain.md §2.2, §5.2 (a highly available VM runs on, and fails over to, any node of its cluster)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      if (!vm.spec.cluster) continue;
      const cluster = estate.get('HyperVCluster', vm.spec.cluster);
      if (!cluster) continue;
      const volumes = cluster.spec.sharedVolumes ?? [];
      const clusterDisks = cluster.spec.clusterDisks ?? [];
      for (const { drive, path } of drivesOf(vm)) {
        // Pass-through disks have no path; virtual Fibre Channel LUNs are not drives at all: both are supported.
        if (!isDisk(drive) || !drive.path || isSmbPath(drive.path)) continue;
        if (csvHolding([cluster], drive.path)) continue;
        if (clusterDisks.some((d) => isUnder(drive.path!, d.path))) continue;
        const related = [
          volumes.length + clusterDisks.length > 0
            ? {
                doc: cluster,
                path: volumes.length > 0 ? ['spec', 'sharedVolumes'] : ['spec', 'clusterDisks'],
                target: 'key' as const,
                message: `Cluster Shared Volumes of "${cluster.name}"`,
              }
            : { doc: cluster, path: ['metadata', 'name'], message: `cluster "${cluster.name}"` },
        ];
        report({
          doc: vm,
          path: [...path, 'path'],
          messageId: volumes.length + clusterDisks.length > 0 ? 'notOnCsv' : 'noCsv',
          data: {
            vm: vm.name,
            path: drive.path,
            cluster: cluster.name,
            volumes: [...volumes, ...clusterDisks]
              .map((v) => v.path)
              .sort()
              .join(', '),
          },
          related,
        });
      }
    }
  },
});
