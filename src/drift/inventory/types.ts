/**
 * What an inventory says about the live estate, before it becomes manifests: one record per VM,
 * NLB cluster and switch, each remembering where in which inventory file it came from (`At`).
 * A value that is `undefined` is unknown (its file was missing or broken), not "absent": the
 * comparison never reports drift on something it does not know.
 */
import type { SourceFile } from '../../load/source.js';
import type { NlbMode, SwitchSpec } from '../../model/kinds.js';

/** A place in an inventory file. */
export interface At {
  source: SourceFile;
  start: number;
  end: number;
}

/** A problem with the inventory itself, reported as a `drift-inventory*` finding. */
export interface InventoryProblem {
  ruleId: 'drift-inventory' | 'drift-inventory-ignored';
  messageId: string;
  data: Record<string, string | number>;
  at: At;
}

export type ControllerKind = 'ide' | 'scsi' | 'pmem';

export interface ObservedDrive {
  controller: ControllerKind;
  number: number;
  location: number;
  kind: 'disk' | 'dvd';
  /** Undefined for an empty DVD drive. */
  path?: string;
  at: At;
}

export interface ObservedVhd {
  path: string;
  format?: 'vhd' | 'vhdx' | 'vhdset';
  type?: 'fixed' | 'dynamic' | 'differencing';
  sizeBytes?: number;
  parentPath?: string;
  at: At;
}

export interface ObservedAdapter {
  name: string;
  /** null: not connected to a switch. */
  switch: string | null;
  /** A VLAN ID (access mode), null (untagged), 'other' (trunk or private: not an access VLAN), undefined (unknown). */
  vlan?: number | null | 'other';
  vlanMode?: string;
  /** Canonical MAC (lower-case, hyphenated), when known. */
  mac?: string;
  dynamicMac?: boolean;
  /** undefined when unknown. */
  spoofing?: boolean;
  legacy?: boolean;
  at: At;
}

export interface ObservedCheckpoint {
  name: string;
  type?: ObservedCheckpointType;
  /** ISO 8601, when CreationTime could be read. */
  created?: string;
  at: At;
}

export interface ObservedVm {
  name: string;
  /** The host directory's host that reported it. */
  host: string;
  /** The header's cluster of that host, if any. */
  cluster?: string;
  generation?: 1 | 2;
  clustered?: boolean;
  /** Get-VM MemoryStartup/Minimum/Maximum (MiB) and DynamicMemoryEnabled, when the export has them. */
  memory?: { startupMB: number; minimumMB?: number; maximumMB?: number; dynamic?: boolean; at: At };
  processorCount?: number;
  at: At;
  /** Undefined when the file that lists them was missing or broken. */
  drives?: ObservedDrive[];
  scsiControllers?: Array<{ number: number; at: At }>;
  adapters?: ObservedAdapter[];
  checkpoints?: ObservedCheckpoint[];
  /** The kinds of drive the inventory covered (Get-VMHardDiskDrive: disk, Get-VMDvdDrive: dvd). */
  driveKinds: Set<'disk' | 'dvd'>;
  /**
   * Data sets with a record that could not be read (an unknown enum value, a missing property):
   * absence in them proves nothing, so nothing is reported missing from them.
   */
  incomplete: Set<IncompleteSet>;
}

export type IncompleteSet = 'disk' | 'dvd' | 'scsi' | 'adapters' | 'checkpoints';

export interface ObservedNlbNode {
  /** The node's host name, short form (the VM's name). */
  name: string;
  adapter?: string;
  priority?: number;
  at: At;
}

export interface ObservedNlbCluster {
  name: string;
  vip?: string;
  subnetMask?: string;
  mode?: NlbMode;
  /** Hosts (NLB nodes) whose directory reported this cluster, with the mode each reported. */
  reports: Array<{ host: string; mode?: NlbMode; at: At }>;
  /** Undefined when Get-NlbClusterNode was missing or broken. */
  nodes?: ObservedNlbNode[];
  /** Every VIP of the cluster (Get-NlbClusterVip); undefined when that file was missing. */
  vips?: Array<{ ip: string; subnetMask?: string; at: At }>;
  at: At;
}

/** One host directory of the inventory. */
export interface InventoryHost {
  dir: string;
  name: string;
  cluster?: string;
  /** Hosts whose VMs this directory lists (a cluster-wide export names every node). */
  nodes: string[];
  collectedAt?: string;
  windowsVersion?: string;
  /** The header's Active Directory domain, when the collector could read it. */
  domain?: string;
  /** Get-VMHost: physical memory (MiB) and logical processors, when exported. */
  memoryMB?: number;
  logicalProcessors?: number;
  /** Where Get-VMHost's record is (for findings about the host's resources). */
  resourcesAt?: At;
  /** Get-NetLbfoTeam, Get-VMSwitch and Get-NetAdapter, when exported: the host's teams and unteamed NICs. */
  nics?: ObservedNic[];
  /** The data sets read without error, by file name (`Get-VM`, `Get-VMNetworkAdapter`...). */
  read: Set<string>;
}

/** A NIC team, or a physical NIC a virtual switch is bound to without a team. */
export interface ObservedNic {
  name: string;
  mode: 'lacp' | 'static' | 'switch-independent' | 'none';
  loadBalancing?: 'dynamic' | 'hyper-v-port' | 'address-hash';
  members: string[];
  virtualSwitch?: string;
}

export interface ObservedSwitch {
  /** From the file name: `switches/<name>.txt`. */
  name: string;
  source: SourceFile;
  /** The `hostname` line, if any. */
  hostname?: string;
  spec: Omit<SwitchSpec, 'model'>;
  /** Where each part of the spec came from: JSON path key (`spec.bridgeMulticastGroups.0`) → offsets. */
  origins: Map<string, { start: number; end: number }>;
  ignored: Array<{ line: number; text: string }>;
}

export interface Inventory {
  /** The inventory directory, as given (display form). */
  root: string;
  hosts: InventoryHost[];
  vms: ObservedVm[];
  /** Virtual disks by path key (lower-case, backslashes): Get-VHD of every host. */
  vhds: Map<string, ObservedVhd>;
  nlbClusters: ObservedNlbCluster[];
  switches: ObservedSwitch[];
  problems: InventoryProblem[];
  /** Every inventory file read, by display path (for reporters that show source lines). */
  sources: Map<string, SourceFile>;
  /** Files read. */
  files: number;
}

export type ObservedCheckpointType =
  'standard' | 'recovery' | 'planned' | 'missing' | 'replica' | 'app-consistent-replica' | 'synced-replica';
