/**
 * TypeScript shapes of each kind's `spec`, as the JSON Schemas in schemas/ define them.
 * Rules only ever see schema-valid documents, so these types hold for them.
 */
import { KINDS } from './generated/kinds.js';

/** The estate's kinds: generated from schemas/ by scripts/build-schemas.mjs. */
export { KINDS };
export type Kind = (typeof KINDS)[number];

export interface Uplink {
  switch: string;
  lag?: number;
  port?: string;
  /** In `uplinks`: the team members cabled to this switch, LAG or port. */
  members?: string[];
}

/** A NIC team, or (mode `none`) a single physical NIC used without a team. */
export interface NicTeam {
  name: string;
  mode?: 'lacp' | 'static' | 'switch-independent' | 'none';
  loadBalancing?: 'dynamic' | 'hyper-v-port' | 'address-hash';
  members?: string[];
  virtualSwitch?: string;
  /** Exactly one of `uplink` (one switch) and `uplinks` (members on several switches). */
  uplink?: Uplink;
  uplinks?: Uplink[];
}

/** A team's uplinks with the JSON path of each (under the host's spec), whichever form it uses. */
export function teamUplinks(team: NicTeam, teamIndex: number): Array<{ uplink: Uplink; path: Array<string | number> }> {
  if (team.uplinks)
    return team.uplinks.map((uplink, i) => ({ uplink, path: ['spec', 'nicTeams', teamIndex, 'uplinks', i] }));
  return team.uplink ? [{ uplink: team.uplink, path: ['spec', 'nicTeams', teamIndex, 'uplink'] }] : [];
}

export type WindowsServerVersion =
  | 'windows-server-2008-r2'
  | 'windows-server-2012'
  | 'windows-server-2012-r2'
  | 'windows-server-2016'
  | 'windows-server-2019'
  | 'windows-server-2022'
  | 'windows-server-2025';

export interface HyperVHostSpec {
  os: WindowsServerVersion;
  domain: string;
  cluster?: string;
  /** Physical memory, MiB. */
  memoryMB?: number;
  logicalProcessors?: number;
  /** Memory kept for the management OS, MiB (§7.1). */
  memoryReserveMB?: number;
  arpRetryCount?: number;
  nicTeams?: NicTeam[];
  /** Dynamic MAC address pool (Get-VMHost MacAddressMinimum / MacAddressMaximum). */
  macAddressPool?: { minimum: string; maximum: string };
}

export interface SharedVolume {
  name: string;
  path: string;
  lun?: { storage?: 'sas' | 'iscsi' | 'fc' | 'smb' | 's2d'; array?: string; id?: number | string };
}

/** A clustered disk that is not a CSV: online on one node, it moves with the role that owns it. */
export interface ClusterDisk {
  name: string;
  path: string;
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
  clusterDisks?: ClusterDisk[];
}

export interface Drive {
  location: number;
  kind?: 'disk' | 'dvd';
  path?: string;
  /** A pass-through disk: the host's physical disk number (Get-VMHardDiskDrive DiskNumber). */
  diskNumber?: number;
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
  type?:
    | 'standard'
    | 'production'
    | 'recovery'
    | 'planned'
    | 'missing'
    | 'replica'
    | 'app-consistent-replica'
    | 'synced-replica';
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
  guest?: {
    os: 'windows' | 'linux' | 'freebsd' | 'other';
    integrationServices?: boolean;
    backupService?: boolean;
    /** iSCSI devices attached inside the guest, through its own initiator (§4.2). */
    iscsiDevices?: boolean;
  };
  memory?: VmMemory;
  processorCount?: number;
  /** Cluster role's preferred owners, most preferred first. */
  preferredOwners?: string[];
  /** Cluster resource's possible owners; absent: every node. */
  possibleOwners?: string[];
  antiAffinityClassNames?: string[];
  arpRetryCount?: number;
  /** Folder of the VM's checkpoint files, when not the default (§4.1: same volume as the disks). */
  checkpointPath?: string;
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
  /** The switch is the VLAN's layer-3 gateway (§1.5: static ARP for NLB VIPs belongs here). */
  routed?: boolean;
}

/** Per port or LAG, not per VLAN (§2.1): what happens to multicast no group is registered for. */
export type UnregisteredMulticast = 'forward' | 'filter';

export interface SwitchPort {
  name: string;
  description?: string;
  lag?: number;
  vlans?: number[];
  unregisteredMulticast?: UnregisteredMulticast;
}

export interface SwitchLag {
  id: number;
  description?: string;
  members?: string[];
  lacp?: boolean;
  vlans?: number[];
  unregisteredMulticast?: UnregisteredMulticast;
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
  /** Global `bridge multicast filtering` (§2.1): without it groups and snooping do nothing. */
  bridgeMulticastFiltering?: boolean;
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
  offHostProxyOs?: WindowsServerVersion;
  schedule?: string;
  repository?: string;
  online?: boolean;
}

/** Each kind's spec; extending Record<Kind, …> makes a kind without a spec type a compile error. */
export interface SpecOf extends Record<Kind, unknown> {
  HyperVHost: HyperVHostSpec;
  HyperVCluster: HyperVClusterSpec;
  VirtualMachine: VirtualMachineSpec;
  NlbCluster: NlbClusterSpec;
  Switch: SwitchSpec;
  DomainController: DomainControllerSpec;
  BackupJob: BackupJobSpec;
}
