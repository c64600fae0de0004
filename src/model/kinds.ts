/**
 * TypeScript shapes of each kind's `spec`, as the JSON Schemas in schemas/ define them.
 * Rules only ever see schema-valid documents, so these types hold for them.
 */
export const KINDS = [
  'HyperVHost',
  'HyperVCluster',
  'VirtualMachine',
  'NlbCluster',
  'Switch',
  'DomainController',
  'BackupJob',
] as const;
export type Kind = (typeof KINDS)[number];

export const SCHEMA_FILES: Record<Kind, string> = {
  HyperVHost: 'hyperv-host.schema.json',
  HyperVCluster: 'hyperv-cluster.schema.json',
  VirtualMachine: 'virtual-machine.schema.json',
  NlbCluster: 'nlb-cluster.schema.json',
  Switch: 'switch.schema.json',
  DomainController: 'domain-controller.schema.json',
  BackupJob: 'backup-job.schema.json',
};

export interface Uplink {
  switch: string;
  lag?: number;
  port?: string;
}

export interface NicTeam {
  name: string;
  mode?: 'lacp' | 'static' | 'switch-independent';
  loadBalancing?: 'dynamic' | 'hyper-v-port' | 'address-hash';
  members?: string[];
  virtualSwitch?: string;
  uplink: Uplink;
}

export interface HyperVHostSpec {
  os: string;
  domain: string;
  cluster?: string;
  /** Physical memory, MiB. */
  memoryMB?: number;
  logicalProcessors?: number;
  /** Memory kept for the management OS, MiB (§7.1). */
  memoryReserveMB?: number;
  arpRetryCount?: number;
  nicTeams?: NicTeam[];
}

export interface SharedVolume {
  name: string;
  path: string;
  lun?: { storage?: 'sas' | 'iscsi' | 'fc' | 'smb' | 's2d'; array?: string; id?: number | string };
}

export type WitnessType = 'disk' | 'file-share' | 'cloud' | 'none';

export interface Witness {
  type: WitnessType;
  disk?: string;
  path?: string;
  account?: string;
}

export interface HyperVClusterSpec {
  domain: string;
  nodes: string[];
  witness?: Witness;
  sharedVolumes?: SharedVolume[];
}

export interface Drive {
  location: number;
  kind?: 'disk' | 'dvd';
  path?: string;
  format?: 'vhd' | 'vhdx' | 'vhdset';
  type?: 'fixed' | 'dynamic' | 'differencing';
  boot?: boolean;
  purpose?: 'system' | 'data' | 'ntds' | 'sysvol' | 'logs';
}

export interface Controller {
  type: 'ide' | 'scsi';
  number: number;
  drives?: Drive[];
}

export interface NetworkAdapter {
  name: string;
  switch?: string;
  vlan?: number;
  macAddress?: string;
  macAddressSpoofing?: boolean;
  legacy?: boolean;
}

export interface Checkpoint {
  name: string;
  type?: 'standard' | 'production' | 'recovery' | 'planned' | 'replica';
  created?: string;
}

export interface VmMemory {
  startupMB: number;
  minimumMB?: number;
  maximumMB?: number;
  dynamic?: boolean;
}

export interface VirtualMachineSpec {
  generation: 1 | 2;
  host?: string;
  cluster?: string;
  guest?: { os: 'windows' | 'linux' | 'freebsd' | 'other'; integrationServices?: boolean; backupService?: boolean };
  memory?: VmMemory;
  processorCount?: number;
  /** Cluster role's preferred owners, most preferred first. */
  preferredOwners?: string[];
  /** Cluster resource's possible owners; absent: every node. */
  possibleOwners?: string[];
  antiAffinityClassNames?: string[];
  arpRetryCount?: number;
  controllers?: Controller[];
  networkAdapters?: NetworkAdapter[];
  checkpoints?: Checkpoint[];
}

export type NlbMode = 'unicast' | 'multicast' | 'igmp-multicast';

export interface NlbNode {
  vm: string;
  adapter: string;
  mode?: NlbMode;
  priority?: number;
}

export interface NlbClusterSpec {
  vip: string;
  subnetMask?: string;
  mode: NlbMode;
  vlan: number;
  clusterMac?: string;
  nodes: NlbNode[];
  portRules?: Array<{ startPort?: number; endPort?: number; protocol?: string; affinity?: string; filtering?: string }>;
}

export interface SwitchVlan {
  id: number;
  name?: string;
  igmpSnooping?: boolean;
  unregisteredMulticast?: 'forward' | 'filter';
}

export interface SwitchPort {
  name: string;
  description?: string;
  lag?: number;
  vlans?: number[];
}

export interface SwitchLag {
  id: number;
  description?: string;
  members?: string[];
  lacp?: boolean;
  vlans?: number[];
}

export interface BridgeMulticastGroup {
  vlan: number;
  mac?: string;
  group?: string;
  ports?: string[];
  lags?: number[];
}

export interface StaticArpEntry {
  ip: string;
  mac: string;
  vlan?: number;
  interface?: string;
}

export interface StaticMacEntry {
  mac: string;
  vlan: number;
  ports?: string[];
  lags?: number[];
}

export interface SwitchSpec {
  model: string;
  macStyle?: 'colon' | 'hyphen';
  igmpSnooping?: boolean;
  vlans?: SwitchVlan[];
  ports?: SwitchPort[];
  lags?: SwitchLag[];
  bridgeMulticastGroups?: BridgeMulticastGroup[];
  staticArp?: StaticArpEntry[];
  staticMac?: StaticMacEntry[];
}

export interface DomainControllerSpec {
  domain: string;
  vm?: string;
  physicalServer?: string;
}

export type BackupTarget = { vm: string } | { match: string } | { selector: Record<string, string> };

export interface BackupJobSpec {
  targets: BackupTarget[];
  consistency: 'application' | 'crash';
  vssProvider: 'software' | 'hardware';
  offHostProxy?: string;
  schedule?: string;
  repository?: string;
  online?: boolean;
}

export interface SpecOf {
  HyperVHost: HyperVHostSpec;
  HyperVCluster: HyperVClusterSpec;
  VirtualMachine: VirtualMachineSpec;
  NlbCluster: NlbClusterSpec;
  Switch: SwitchSpec;
  DomainController: DomainControllerSpec;
  BackupJob: BackupJobSpec;
}
