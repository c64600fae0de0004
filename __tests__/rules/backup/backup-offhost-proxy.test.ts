import { ruleTester } from '../../helpers/rule-tester.js';
import { cluster, docs, gen2, host, vm } from '../../helpers/estate-docs.js';
import { backupOffhostProxy } from '../../../src/rules/backup/backup-offhost-proxy.js';

const CLUSTER = (os: string, os2 = os): string =>
  docs(
    cluster('HVC1', { nodes: ['HV01', 'HV02'] }),
    host('HV01', { cluster: 'HVC1', os }),
    host('HV02', { cluster: 'HVC1', os: os2 }),
  );
const APP01 = vm('APP01', gen2('cluster: HVC1', 'C:\\ClusterStorage\\Volume1\\APP01.vhdx'));
const job = (proxy: string, os?: string): string =>
  `apiVersion: hvlint/v1\nkind: BackupJob\nmetadata:\n  name: NIGHTLY\nspec:\n  targets:\n    - vm: APP01\n  consistency: application\n  vssProvider: hardware\n  offHostProxy: ${proxy}\n${os ? `  offHostProxyOs: ${os}\n` : ''}`;

ruleTester(backupOffhostProxy, {
  valid: [
    {
      name: "a proxy of the hosts' release, outside the cluster",
      files: {
        'h.yaml': CLUSTER('windows-server-2012-r2'),
        'v.yaml': APP01,
        'b.yaml': job('PROXY01', 'windows-server-2012-r2'),
      },
    },
    {
      name: "the proxy's release read from its own host manifest",
      files: {
        'h.yaml': docs(CLUSTER('windows-server-2016'), host('PROXY01', { os: 'windows-server-2016' })),
        'v.yaml': APP01,
        'b.yaml': job('PROXY01'),
      },
    },
    {
      name: 'no off-host proxy',
      files: {
        'h.yaml': CLUSTER('windows-server-2016'),
        'v.yaml': APP01,
        'b.yaml': job('PROXY01').replace('  offHostProxy: PROXY01\n', ''),
      },
    },
  ],
  invalid: [
    {
      name: 'a 2012 R2 proxy for a cluster mid-upgrade: the 2016 node is named',
      files: {
        'h.yaml': CLUSTER('windows-server-2012-r2', 'windows-server-2016'),
        'v.yaml': APP01,
        'b.yaml': job('PROXY01', 'windows-server-2012-r2'),
      },
      errors: [
        {
          messageId: 'versionMismatch',
          file: 'b.yaml',
          line: 11,
          column: 19,
          message:
            'off-host proxy "PROXY01" of BackupJob "NIGHTLY" runs Windows Server 2012 R2, but the job backs up VMs on Windows Server 2016 host "HV02": the proxy must run the hosts\' release, so use a proxy per release',
          related: [{ file: 'h.yaml', line: 23 }],
        },
      ],
    },
    {
      name: 'a node of the cluster as proxy',
      files: { 'h.yaml': CLUSTER('windows-server-2019'), 'v.yaml': APP01, 'b.yaml': job('HV02') },
      errors: [
        {
          messageId: 'proxyIsNode',
          file: 'b.yaml',
          line: 10,
          message:
            'off-host proxy "HV02" of BackupJob "NIGHTLY" is a node of cluster "HVC1", whose VMs the job backs up: use a proxy outside the cluster, or back up on the hosts',
          related: [{ file: 'h.yaml', line: 7 }],
        },
      ],
    },
    {
      name: "the proxy's release is unknown: a notice",
      files: { 'h.yaml': CLUSTER('windows-server-2019'), 'v.yaml': APP01, 'b.yaml': job('PROXY01') },
      errors: [
        {
          messageId: 'versionUnknown',
          severity: 'notice',
          line: 10,
          message:
            'BackupJob "NIGHTLY" backs up through off-host proxy "PROXY01", whose Windows Server release is not declared, so hvlint cannot check that it matches the hosts (Windows Server 2019 hosts "HV01", "HV02"): set offHostProxyOs',
        },
      ],
    },
  ],
});
