import { defineRule } from '../types.js';
import { csvHolding, drivesOf, isDisk, isSmbPath } from '../../model/storage.js';

export const vmHaDiskPlacement = defineRule({
  meta: {
    id: 'vm-ha-disk-placement',
    severity: 'error',
    area: 'vm',
    description:
      "Report disks of highly available VMs that are not on a Cluster Shared Volume of the VM's cluster (or an SMB share).",
    fixable: false,
    messages: {
      notOnCsv:
        'disk "{{path}}" of highly available VM "{{vm}}" is not on a Cluster Shared Volume of cluster "{{cluster}}": other nodes cannot open it, move it under {{volumes}}',
      noCsv:
        'disk "{{path}}" of highly available VM "{{vm}}" is not on shared storage, and cluster "{{cluster}}" declares no sharedVolumes: put the disk on a CSV of the cluster or an SMB share',
    },
    sources: [
      'Microsoft: "Use Cluster Shared Volumes in a failover cluster" (CSVs hold the virtual hard disks of clustered Hyper-V VMs, readable by every node; Scale-Out File Server SMB shares also hold VM files)',
      'docs/domain.md §2.2, §5.2 (a highly available VM runs on, and fails over to, any node of its cluster)',
    ],
  },
  check({ estate, report }) {
    for (const vm of estate.of('VirtualMachine')) {
      if (!vm.spec.cluster) continue;
      const cluster = estate.get('HyperVCluster', vm.spec.cluster);
      if (!cluster) continue;
      const volumes = cluster.spec.sharedVolumes ?? [];
      for (const { drive, path } of drivesOf(vm)) {
        if (!isDisk(drive) || !drive.path || isSmbPath(drive.path)) continue;
        if (csvHolding([cluster], drive.path)) continue;
        const related = [
          volumes.length > 0
            ? {
                doc: cluster,
                path: ['spec', 'sharedVolumes'],
                target: 'key' as const,
                message: `Cluster Shared Volumes of "${cluster.name}"`,
              }
            : { doc: cluster, path: ['metadata', 'name'], message: `cluster "${cluster.name}"` },
        ];
        report({
          doc: vm,
          path: [...path, 'path'],
          messageId: volumes.length > 0 ? 'notOnCsv' : 'noCsv',
          data: {
            vm: vm.name,
            path: drive.path,
            cluster: cluster.name,
            volumes: volumes
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
