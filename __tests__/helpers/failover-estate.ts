/**
 * Builders for failover fixtures: hosts with memory and uplinks, clustered VMs with memory and
 * owners. Every fixture names its numbers, so the expected results can be computed by hand.
 */
import { docs } from './estate-docs.js';

export interface HostOptions {
  cluster?: string;
  memoryMB?: number;
  reserveMB?: number;
  /** Uplinks: `SW1/1` (a LAG) or `SW1:g5` (a port), one NIC team each; the first carries vSwitch-VM. */
  uplinks?: string[];
}

export function failoverHost(name: string, options: HostOptions = {}): string {
  const lines = [
    'apiVersion: hvlint/v1',
    'kind: HyperVHost',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  os: windows-server-2019',
    '  domain: corp.example.com',
  ];
  if (options.cluster) lines.push(`  cluster: ${options.cluster}`);
  if (options.memoryMB !== undefined) lines.push(`  memoryMB: ${options.memoryMB}`);
  if (options.reserveMB !== undefined) lines.push(`  memoryReserveMB: ${options.reserveMB}`);
  if (options.uplinks?.length) {
    lines.push('  nicTeams:');
    options.uplinks.forEach((uplink, i) => {
      const [sw, point] = uplink.includes('/') ? uplink.split('/') : uplink.split(':');
      const where = uplink.includes('/') ? `lag: ${point}` : `port: ${point}`;
      lines.push(
        `    - name: TEAM${i + 1}`,
        ...(i === 0 ? ['      virtualSwitch: vSwitch-VM'] : []),
        `      uplink: { switch: ${sw}, ${where} }`,
      );
    });
  }
  return lines.join('\n') + '\n';
}

export function failoverCluster(name: string, nodes: string[], witness?: string): string {
  return (
    [
      'apiVersion: hvlint/v1',
      'kind: HyperVCluster',
      'metadata:',
      `  name: ${name}`,
      'spec:',
      '  domain: corp.example.com',
      `  nodes: [${nodes.join(', ')}]`,
      ...(witness ? [`  witness: { type: ${witness} }`] : []),
    ].join('\n') + '\n'
  );
}

export interface VmOptions {
  cluster?: string;
  host?: string;
  startupMB?: number;
  minimumMB?: number;
  dynamic?: boolean;
  preferred?: string[];
  possible?: string[];
  antiAffinity?: string[];
  /** Adds network adapters LAN and NLB on vSwitch-VM. */
  network?: boolean;
}

export function failoverVm(name: string, options: VmOptions = {}): string {
  const lines = [
    'apiVersion: hvlint/v1',
    'kind: VirtualMachine',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  generation: 2',
  ];
  lines.push(options.host ? `  host: ${options.host}` : `  cluster: ${options.cluster ?? 'CL01'}`);
  if (options.startupMB !== undefined) {
    const parts = [`startupMB: ${options.startupMB}`];
    if (options.minimumMB !== undefined) parts.push(`minimumMB: ${options.minimumMB}`);
    if (options.dynamic) parts.push('dynamic: true');
    lines.push(`  memory: { ${parts.join(', ')} }`);
  }
  if (options.preferred) lines.push(`  preferredOwners: [${options.preferred.join(', ')}]`);
  if (options.possible) lines.push(`  possibleOwners: [${options.possible.join(', ')}]`);
  if (options.antiAffinity) lines.push(`  antiAffinityClassNames: [${options.antiAffinity.join(', ')}]`);
  if (options.network)
    lines.push(
      '  networkAdapters:',
      '    - { name: LAN, switch: vSwitch-VM, vlan: 10 }',
      '    - { name: NLB, switch: vSwitch-VM, vlan: 20, macAddressSpoofing: true }',
    );
  return lines.join('\n') + '\n';
}

/**
 * The three-host cluster of the capacity tests. Usable memory (memoryMB − reserve):
 * HV01 262144 − 8192 = 253952, HV02 and HV03 131072 − 8192 = 122880.
 * Placed by first preferred owner: HV01 runs SQL01 (131072) and SQL02 (32768), 90112 free;
 * HV02 runs APP01 (65536), 57344 free; HV03 runs APP02 (65536), 57344 free.
 * Losing HV01 (the largest): SQL01 (131072) fits nowhere; SQL02 (32768) goes to HV02 (most free,
 * tie broken by name), leaving HV02 24576 and HV03 57344 free.
 * Losing HV02 or HV03: its APP VM (65536) fits on HV01 (90112 free).
 */
export const THREE_HOSTS = {
  'cluster.yaml': docs(
    failoverCluster('CL01', ['HV01', 'HV02', 'HV03'], 'file-share'),
    failoverHost('HV01', { cluster: 'CL01', memoryMB: 262144, reserveMB: 8192 }),
    failoverHost('HV02', { cluster: 'CL01', memoryMB: 131072, reserveMB: 8192 }),
    failoverHost('HV03', { cluster: 'CL01', memoryMB: 131072, reserveMB: 8192 }),
  ),
  'vms.yaml': docs(
    failoverVm('SQL01', { startupMB: 131072, preferred: ['HV01'] }),
    failoverVm('SQL02', { startupMB: 32768, preferred: ['HV01'] }),
    failoverVm('APP01', { startupMB: 65536, preferred: ['HV02'] }),
    failoverVm('APP02', { startupMB: 65536, preferred: ['HV03'] }),
  ),
};
