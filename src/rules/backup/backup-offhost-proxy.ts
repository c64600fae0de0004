import type { RelatedReport, Rule } from '../types.js';
import { backupCoverage } from '../../model/backup.js';
import { nameKey } from '../../model/estate.js';
import { describeHosts, versionName } from '../../model/versions.js';

export const backupOffhostProxy: Rule = {
  meta: {
    id: 'backup-offhost-proxy',
    severity: 'error',
    area: 'backup',
    description:
      'Check that the off-host backup proxy of a job runs the Windows Server release of the Hyper-V hosts it serves and is not a node of a cluster it backs up.',
    fixable: false,
    messages: {
      versionMismatch:
        'off-host proxy "{{proxy}}" of BackupJob "{{job}}" runs {{proxyOs}}, but the job backs up VMs on {{hosts}}: the proxy must run the hosts\' release, so use a proxy per release',
      proxyIsNode:
        'off-host proxy "{{proxy}}" of BackupJob "{{job}}" is a node of cluster "{{cluster}}", whose VMs the job backs up: use a proxy outside the cluster, or back up on the hosts',
      versionUnknown:
        'BackupJob "{{job}}" backs up through off-host proxy "{{proxy}}", whose Windows Server release is not declared, so hvlint cannot check that it matches the hosts ({{hosts}}): set offHostProxyOs',
    },
    sources: [
      'docs/domain.md §4.4 (Veeam Backup & Replication Hyper-V guide, "Off-host backup proxies": the proxy must run the Hyper-V hosts\' Windows version and must not be a node of the cluster it backs up)',
    ],
  },
  check({ estate, report }) {
    const coverage = backupCoverage(estate);
    for (const job of estate.of('BackupJob')) {
      const proxy = job.spec.offHostProxy;
      if (!proxy) continue;
      const proxyHost = estate.get('HyperVHost', proxy);
      const proxyOs = job.spec.offHostProxyOs ?? proxyHost?.spec.os;
      const proxyPath = job.spec.offHostProxyOs ? ['spec', 'offHostProxyOs'] : ['spec', 'offHostProxy'];
      const served = new Map<string, ReturnType<typeof estate.hostsAbleToRun>[number]>();
      const clusters = new Map<string, string>();
      for (const vm of coverage.vmsOf(job)) {
        for (const host of estate.hostsAbleToRun(vm)) served.set(nameKey(host.name), host);
        if (vm.spec.cluster) clusters.set(nameKey(vm.spec.cluster), vm.spec.cluster);
      }
      const hosts = [...served.values()];
      if (hosts.length > 0 && !proxyOs) {
        report({
          doc: job,
          path: ['spec', 'offHostProxy'],
          messageId: 'versionUnknown',
          severity: 'notice',
          data: { job: job.name, proxy, hosts: describeHosts(hosts) },
        });
      } else if (proxyOs) {
        const other = hosts.filter((h) => h.spec.os !== proxyOs);
        if (other.length > 0) {
          const related: RelatedReport[] = other.map((h) => ({
            doc: h,
            path: ['spec', 'os'],
            message: `host "${h.name}" runs ${versionName(h.spec.os)}`,
          }));
          report({
            doc: job,
            path: proxyPath,
            messageId: 'versionMismatch',
            data: { proxy, job: job.name, proxyOs: versionName(proxyOs), hosts: describeHosts(other) },
            related,
          });
        }
      }
      // The proxy as a node: listed by a cluster the job's VMs run on, or a host naming that cluster.
      for (const clusterName of clusters.values()) {
        const cluster = estate.get('HyperVCluster', clusterName);
        if (!cluster) continue;
        const listed = cluster.spec.nodes.findIndex((n) => nameKey(n) === nameKey(proxy));
        const named =
          proxyHost?.spec.cluster !== undefined && nameKey(proxyHost.spec.cluster) === nameKey(cluster.name);
        if (listed < 0 && !named) continue;
        report({
          doc: job,
          path: ['spec', 'offHostProxy'],
          messageId: 'proxyIsNode',
          data: { proxy, job: job.name, cluster: cluster.name },
          related: [
            listed >= 0
              ? {
                  doc: cluster,
                  path: ['spec', 'nodes', listed],
                  message: `node "${proxy}" of cluster "${cluster.name}"`,
                }
              : {
                  doc: proxyHost!,
                  path: ['spec', 'cluster'],
                  message: `host "${proxy}" is a node of cluster "${cluster.name}"`,
                },
          ],
        });
      }
    }
  },
};
