import { ruleTester } from '../../helpers/rule-tester.js';
import { docs, pos, valuePos } from '../../helpers/estate-docs.js';
import { failoverCluster, failoverHost, failoverVm, THREE_HOSTS } from '../../helpers/failover-estate.js';
import { clusterN1Capacity } from '../../../src/rules/failure/cluster-n1-capacity.js';

const nodesKey = (text: string) => pos(text, 'nodes:');

/** Two 64 GiB hosts with 4 GiB reserve: 61440 MB usable each. */
const TWO_HOSTS = docs(
  failoverCluster('CL01', ['HV01', 'HV02'], 'file-share'),
  failoverHost('HV01', { cluster: 'CL01', memoryMB: 65536, reserveMB: 4096 }),
  failoverHost('HV02', { cluster: 'CL01', memoryMB: 65536, reserveMB: 4096 }),
);

ruleTester(clusterN1Capacity, {
  valid: [
    {
      name: 'every VM fits on the other node: 2 × 30720 MB into 61440 MB',
      files: {
        'c.yaml': TWO_HOSTS,
        'v.yaml': docs(
          failoverVm('A', { startupMB: 30720, preferred: ['HV01'] }),
          failoverVm('B', { startupMB: 30720, preferred: ['HV02'] }),
        ),
      },
    },
    {
      name: 'dynamic memory: a VM that stays counts its minimum, the restarted one its startup (16384 + 45056 = 61440)',
      files: {
        'c.yaml': TWO_HOSTS,
        'v.yaml': docs(
          failoverVm('A', { startupMB: 45056, minimumMB: 16384, dynamic: true, preferred: ['HV01'] }),
          failoverVm('B', { startupMB: 45056, minimumMB: 16384, dynamic: true, preferred: ['HV02'] }),
        ),
      },
    },
    {
      name: 'hosts without memoryMB: nothing is judged short (the simulation lists it as not judged)',
      files: {
        'c.yaml': docs(
          failoverCluster('CL01', ['HV01', 'HV02'], 'disk'),
          failoverHost('HV01', { cluster: 'CL01' }),
          failoverHost('HV02', { cluster: 'CL01' }),
        ),
        'v.yaml': failoverVm('A', { startupMB: 1048576, preferred: ['HV01'] }),
      },
    },
  ],
  invalid: [
    {
      name: 'three hosts: losing the largest leaves SQL01 without room (hand-computed in failover-estate.ts)',
      files: THREE_HOSTS,
      errors: [
        {
          messageId: 'noRoom',
          file: 'cluster.yaml',
          ...nodesKey(THREE_HOSTS['cluster.yaml']),
          message:
            'losing host "HV01" leaves 1 VM of cluster "CL01" without room to restart ("SQL01": 131072 MB of startup memory; the most a surviving node has free is 57344 MB, on "HV03"); add memory or a node, or lower their startup memory',
          related: [
            { file: 'cluster.yaml', ...valuePos(THREE_HOSTS['cluster.yaml'], 'name: HV01') },
            { file: 'cluster.yaml', ...pos(THREE_HOSTS['cluster.yaml'], '262144') },
            { file: 'vms.yaml', ...pos(THREE_HOSTS['vms.yaml'], '131072') },
          ],
        },
      ],
    },
    {
      name: 'the reserve decides: 2 × 32768 MB fit in 65536 MB, not in 65536 − 4096',
      files: {
        'c.yaml': TWO_HOSTS,
        'v.yaml': docs(
          failoverVm('A', { startupMB: 32768, preferred: ['HV01'] }),
          failoverVm('B', { startupMB: 32768, preferred: ['HV02'] }),
        ),
      },
      errors: [
        {
          messageId: 'noRoom',
          file: 'c.yaml',
          ...nodesKey(TWO_HOSTS),
          message:
            /^losing host "HV01" leaves 1 VM of cluster "CL01" without room to restart \("A": 32768 MB of startup memory; the most a surviving node has free is 28672 MB, on "HV02"\)/,
        },
        {
          messageId: 'noRoom',
          file: 'c.yaml',
          ...nodesKey(TWO_HOSTS),
          message: /^losing host "HV02" leaves 1 VM of cluster "CL01" without room to restart \("B": 32768 MB/,
        },
      ],
    },
    {
      name: 'a dynamic VM needs its startup memory to restart, not its minimum',
      files: {
        'c.yaml': TWO_HOSTS,
        'v.yaml': docs(
          failoverVm('A', { startupMB: 40960, preferred: ['HV01'] }),
          failoverVm('B', { startupMB: 30720, minimumMB: 8192, dynamic: true, preferred: ['HV02'] }),
        ),
      },
      // Losing HV02: B restarts on HV01 needing 30720, HV01 has 61440 − 40960 = 20480 free.
      // Losing HV01: A (40960) restarts on HV02, where B stays at its minimum 8192: 53248 free, it fits.
      errors: [
        {
          messageId: 'noRoom',
          file: 'c.yaml',
          ...nodesKey(TWO_HOSTS),
          message:
            /^losing host "HV02" leaves 1 VM of cluster "CL01" without room to restart \("B": 30720 MB of startup memory; the most a surviving node has free is 20480 MB, on "HV01"\)/,
        },
      ],
    },
    {
      name: 'possible owners: a VM that may run only on the lost host',
      files: {
        'c.yaml': TWO_HOSTS,
        'v.yaml': failoverVm('A', { startupMB: 1024, preferred: ['HV01'], possible: ['HV01'] }),
      },
      errors: [
        {
          messageId: 'noOwner',
          file: 'v.yaml',
          line: 10,
          column: 3,
          message:
            'losing host "HV01" leaves VirtualMachine "A" nowhere to restart: its possible owners "HV01" are all down; add another node to possibleOwners',
        },
      ],
    },
    {
      name: 'anti-affinity: the only node left already runs the other member of the class',
      files: {
        'c.yaml': docs(
          failoverCluster('CL01', ['HV01', 'HV02', 'HV03'], 'file-share'),
          failoverHost('HV01', { cluster: 'CL01', memoryMB: 65536, reserveMB: 4096 }),
          failoverHost('HV02', { cluster: 'CL01', memoryMB: 65536, reserveMB: 4096 }),
          failoverHost('HV03', { cluster: 'CL01', memoryMB: 65536, reserveMB: 4096 }),
        ),
        // Losing HV01: WEB01 may run on HV01 and HV02 only, and HV02 runs WEB02. Losing HV02: WEB02 goes to HV03.
        'v.yaml': docs(
          failoverVm('WEB01', {
            startupMB: 8192,
            preferred: ['HV01'],
            possible: ['HV01', 'HV02'],
            antiAffinity: ['web'],
          }),
          failoverVm('WEB02', { startupMB: 8192, preferred: ['HV02'], antiAffinity: ['web'] }),
        ),
      },
      errors: [
        {
          messageId: 'antiAffinity',
          file: 'v.yaml',
          line: 11,
          message:
            'losing host "HV01" restarts VirtualMachine "WEB01" on host "HV02" next to "WEB02", which shares anti-affinity class "web", because no other node can take it; add capacity or possible owners so the class stays apart',
        },
      ],
    },
  ],
});
