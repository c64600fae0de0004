/**
 * The observed estate: manifests of the same kinds as the declared ones, built from the inventory,
 * so the whole rule pack can run on the live estate too.
 *
 * What the inventory does not say is taken from the matching declared manifest (a VM's guest OS
 * and labels, a switch's model, NLB port rules), and so is what the inventory could not say
 * because a file was missing or broken: the observed estate is "the declared estate, corrected
 * by everything the inventory knows". Kinds the inventory does not cover (hosts, clusters, domain
 * controllers, backup jobs) and declared objects that were not audited are kept as declared, so
 * references between documents still resolve.
 */
import type { Range } from '../types.js';
import { ManifestDocument, type Target } from '../model/document.js';
import { nameKey, type Estate, type Manifest } from '../model/estate.js';
import type {
  Controller,
  Drive,
  HyperVHostSpec,
  NetworkAdapter,
  NlbClusterSpec,
  NlbNode,
  SwitchSpec,
  VirtualMachineSpec,
} from '../model/kinds.js';
import { formatMac } from '../model/nlb.js';
import { checkSchema } from '../schema/index.js';
import type { JsonPath } from '../load/yaml/locate.js';
import { pathKey } from './inventory/powershell.js';
import type {
  At,
  Inventory,
  InventoryHost,
  InventoryProblem,
  ObservedDrive,
  ObservedNlbCluster,
  ObservedSwitch,
  ObservedVhd,
  ObservedVm,
} from './inventory/types.js';

/** A manifest built from the inventory: it locates paths in the inventory file they came from. */
export class ObservedDocument extends ManifestDocument {
  /** Where parts of the document came from, by JSON path key (`spec.networkAdapters.1`). */
  readonly origins: Map<string, At>;
  readonly at: At;

  constructor(
    at: At,
    value: Record<string, unknown>,
    index: number,
    origins: Map<string, At> = new Map(),
    valid = false,
  ) {
    super(at.source, { index, value, start: at.start, end: at.end }, valid);
    this.at = at;
    this.origins = origins;
  }

  /** The origin of a path, or of its deepest ancestor with one. */
  originOf(path: JsonPath): At {
    for (let n = path.length; n > 0; n--) {
      const at = this.origins.get(path.slice(0, n).join('.'));
      if (at) return at;
    }
    return this.at;
  }

  override locate(path: JsonPath, _target: Target = 'value'): Range {
    const at = this.originOf(path);
    // Findings carry this document's file: a part from another inventory file is shown at the record.
    if (at.source !== this.source) return this.source.range(this.at.start, this.at.end);
    return this.source.range(at.start, at.end);
  }

  override has(): boolean {
    return false;
  }
}

export interface VmPair {
  declared?: Manifest<'VirtualMachine'>;
  observed?: ObservedVm;
  doc?: ObservedDocument;
}

export interface NlbPair {
  declared?: Manifest<'NlbCluster'>;
  observed?: ObservedNlbCluster;
  doc?: ObservedDocument;
}

export interface SwitchPair {
  declared?: Manifest<'Switch'>;
  observed: ObservedSwitch;
  doc: ObservedDocument;
}

/** A declared host and what Get-VMHost says of it. */
export interface HostPair {
  declared: Manifest<'HyperVHost'>;
  observed: InventoryHost;
  doc: ObservedDocument;
}

export interface ObservedEstate {
  /** Every document of the live estate: observed ones and declared ones kept as they are. */
  documents: ManifestDocument[];
  hosts: HostPair[];
  vms: VmPair[];
  nlbClusters: NlbPair[];
  switches: SwitchPair[];
  /** Host names whose VMs the inventory lists (lower-case). */
  auditedHosts: Set<string>;
  /** Problems found while building: observed documents that do not fit the manifest format. */
  problems: InventoryProblem[];
}

const API_VERSION = 'hvlint/v1';

export function buildObservedEstate(declared: Estate, inventory: Inventory): ObservedEstate {
  const problems: InventoryProblem[] = [];
  const observedDocs: ObservedDocument[] = [];
  let index = 0;
  /** An observed manifest; `labels` come from the declared one it matched (undefined: undeclared). */
  const make = (
    at: At,
    kind: string,
    name: string,
    spec: unknown,
    origins: Map<string, At>,
    labels: Record<string, string> | undefined,
  ): ObservedDocument => {
    const metadata: Record<string, unknown> = { name };
    if (labels && Object.keys(labels).length > 0) metadata['labels'] = { ...labels };
    const value = { apiVersion: API_VERSION, kind, metadata, spec };
    const schema = checkSchema(value);
    const doc = new ObservedDocument(at, value, index++, origins, schema.valid);
    // An undeclared object lacks what only a manifest says (an NLB cluster's VLAN): its own finding says enough.
    if (!schema.valid && labels !== undefined) {
      problems.push({
        ruleId: 'drift-inventory',
        messageId: 'model',
        data: { ref: `${kind} "${name}"`, reason: schema.problems[0]!.message },
        at,
      });
    }
    observedDocs.push(doc);
    return doc;
  };

  // --- VMs ---------------------------------------------------------------------------------------
  const auditedHosts = new Set<string>();
  const clustersWithInventory = new Set<string>();
  for (const host of inventory.hosts) {
    if (!host.read.has('Get-VM.json')) continue;
    auditedHosts.add(nameKey(host.name));
    for (const node of host.nodes) auditedHosts.add(nameKey(node));
    if (host.cluster) clustersWithInventory.add(nameKey(host.cluster));
  }
  const vms: VmPair[] = [];
  const matchedVms = new Set<string>();
  for (const vm of inventory.vms) {
    const declaredVm = declared.get('VirtualMachine', vm.name);
    if (declaredVm) matchedVms.add(nameKey(declaredVm.name));
    const { spec, origins } = observedVmSpec(vm, declaredVm?.spec, inventory.vhds);
    const doc = make(
      vm.at,
      'VirtualMachine',
      declaredVm?.name ?? vm.name,
      spec,
      origins,
      declaredVm ? declaredVm.labels : undefined,
    );
    vms.push(declaredVm ? { declared: declaredVm, observed: vm, doc } : { observed: vm, doc });
  }
  const vmAudited = (vm: Manifest<'VirtualMachine'>): boolean => {
    if (vm.spec.host) return auditedHosts.has(nameKey(vm.spec.host));
    if (!vm.spec.cluster) return false;
    const nodes = declared.hostsOfCluster(vm.spec.cluster);
    if (nodes.length > 0) return nodes.every((node) => auditedHosts.has(nameKey(node.name)));
    return clustersWithInventory.has(nameKey(vm.spec.cluster));
  };
  const keptAsDeclared: ManifestDocument[] = [];
  for (const vm of declared.of('VirtualMachine')) {
    if (matchedVms.has(nameKey(vm.name))) continue;
    if (vmAudited(vm)) vms.push({ declared: vm });
    else keptAsDeclared.push(vm);
  }

  // --- NLB clusters ------------------------------------------------------------------------------
  const vmDocs = new Map(vms.filter((p) => p.doc).map((p) => [nameKey(p.doc!.name), p.doc!]));
  const nlbClusters: NlbPair[] = [];
  const matchedNlb = new Set<string>();
  const declaredNlb = declared.of('NlbCluster');
  for (const cluster of inventory.nlbClusters) {
    // By name, by the first label of the name, by VIP, then by a shared node (the VIP may be what drifted).
    const unmatched = (d: Manifest<'NlbCluster'>): boolean => !matchedNlb.has(nameKey(d.name));
    const byName = [
      declared.get('NlbCluster', cluster.name),
      declared.get('NlbCluster', cluster.name.split('.')[0]),
    ].find((d) => d && unmatched(d));
    const observedNodes = new Set((cluster.nodes ?? []).map((n) => nameKey(n.name)));
    const match =
      byName ??
      declaredNlb.find((d) => unmatched(d) && cluster.vip !== undefined && d.spec.vip === cluster.vip) ??
      declaredNlb.find((d) => unmatched(d) && d.spec.nodes.some((n) => observedNodes.has(nameKey(n.vm))));
    if (match) matchedNlb.add(nameKey(match.name));
    const { spec, origins } = observedNlbSpec(cluster, match?.spec, vmDocs);
    const doc = make(
      cluster.at,
      'NlbCluster',
      match?.name ?? cluster.name,
      spec,
      origins,
      match ? match.labels : undefined,
    );
    nlbClusters.push(match ? { declared: match, observed: cluster, doc } : { observed: cluster, doc });
  }
  // An NLB cluster is audited when a node of it was asked (its directory has NLB files).
  const nlbAsked = new Set(
    inventory.hosts.filter((h) => h.read.has('Get-NlbCluster.json')).map((h) => nameKey(h.name)),
  );
  for (const cluster of declaredNlb) {
    if (matchedNlb.has(nameKey(cluster.name))) continue;
    if (cluster.spec.nodes.some((node) => nlbAsked.has(nameKey(node.vm)))) nlbClusters.push({ declared: cluster });
    else keptAsDeclared.push(cluster);
  }

  // --- Switches ----------------------------------------------------------------------------------
  const switches: SwitchPair[] = [];
  const matchedSwitches = new Set<string>();
  for (const observed of inventory.switches) {
    const match =
      declared.get('Switch', observed.name) ??
      (observed.hostname ? declared.get('Switch', observed.hostname) : undefined);
    if (match) matchedSwitches.add(nameKey(match.name));
    const spec: SwitchSpec = {
      model: match?.spec.model ?? 'unknown',
      ...(match?.spec.macStyle ? { macStyle: match.spec.macStyle } : {}),
      ...observed.spec,
    };
    const origins = new Map<string, At>();
    for (const [key, offsets] of observed.origins) origins.set(key, { source: observed.source, ...offsets });
    const at: At = { source: observed.source, start: 0, end: 0 };
    const doc = make(at, 'Switch', match?.name ?? observed.name, spec, origins, match ? match.labels : undefined);
    switches.push(match ? { declared: match, observed, doc } : { observed, doc });
  }
  for (const sw of declared.of('Switch')) if (!matchedSwitches.has(nameKey(sw.name))) keptAsDeclared.push(sw);

  // --- Hosts: as declared, with the memory and logical processors Get-VMHost reports ------------------
  const hosts: HostPair[] = [];
  const resources = new Map(
    inventory.hosts.filter((h) => h.resourcesAt !== undefined).map((h) => [nameKey(h.name), h] as const),
  );
  for (const host of declared.of('HyperVHost')) {
    const observed = resources.get(nameKey(host.name));
    if (!observed) {
      keptAsDeclared.push(host);
      continue;
    }
    const { os, domain, cluster, memoryMB, logicalProcessors, ...rest } = host.spec;
    const spec: HyperVHostSpec = { os, domain };
    if (cluster !== undefined) spec.cluster = cluster;
    const memory = observed.memoryMB ?? memoryMB;
    if (memory !== undefined) spec.memoryMB = memory;
    const processors = observed.logicalProcessors ?? logicalProcessors;
    if (processors !== undefined) spec.logicalProcessors = processors;
    Object.assign(spec, rest);
    const at = observed.resourcesAt!; // set for every host in `resources`
    const doc = make(at, 'HyperVHost', host.name, spec, new Map([['spec', at]]), host.labels);
    hosts.push({ declared: host, observed, doc });
  }

  // --- Everything else, as declared ----------------------------------------------------------------
  const covered = new Set(['VirtualMachine', 'NlbCluster', 'Switch', 'HyperVHost']);
  const documents: ManifestDocument[] = [...observedDocs, ...keptAsDeclared];
  for (const doc of declared.documents) if (!covered.has(doc.kind)) documents.push(doc);
  return { documents, hosts, vms, nlbClusters, switches, auditedHosts, problems };
}

// --- VM spec -------------------------------------------------------------------------------------

/**
 * The disk a drive really stands for: a checkpoint's `.avhdx` is a differencing child of the
 * disk the manifest names, so the chain is followed (Get-VHD ParentPath) to its first
 * non-checkpoint disk. Checkpoints themselves are reported by drift-vm-checkpoint.
 */
export function resolveDisk(path: string, vhds: Map<string, ObservedVhd>): { path: string; vhd?: ObservedVhd } {
  let current = path;
  let vhd = vhds.get(pathKey(current));
  for (let hops = 0; hops < 64 && vhd && /\.avhdx?$/i.test(current) && vhd.parentPath; hops++) {
    current = vhd.parentPath;
    vhd = vhds.get(pathKey(current));
  }
  return vhd ? { path: current, vhd } : { path: current };
}

export const slotKey = (type: string, number: number, location: number): string => `${type}:${number}:${location}`;

function observedVmSpec(
  vm: ObservedVm,
  declared: VirtualMachineSpec | undefined,
  vhds: Map<string, ObservedVhd>,
): { spec: VirtualMachineSpec; origins: Map<string, At> } {
  const origins = new Map<string, At>([['spec', vm.at]]);
  const spec = {} as VirtualMachineSpec;
  const generation = vm.generation ?? declared?.generation;
  if (generation !== undefined) spec.generation = generation;
  if (vm.clustered === true && (declared?.cluster ?? vm.cluster)) spec.cluster = declared?.cluster ?? vm.cluster!;
  else if (vm.clustered === undefined && declared)
    Object.assign(spec, declared.cluster ? { cluster: declared.cluster } : { host: declared.host });
  else spec.host = vm.host;
  if (declared?.guest) spec.guest = { ...declared.guest };
  if (vm.memory) {
    const { at, ...memory } = vm.memory;
    spec.memory = memory;
    origins.set('spec.memory', at);
  } else if (declared?.memory) spec.memory = { ...declared.memory };
  const processors = vm.processorCount ?? declared?.processorCount;
  if (processors !== undefined) spec.processorCount = processors;
  if (declared?.arpRetryCount !== undefined) spec.arpRetryCount = declared.arpRetryCount;
  const checkpointPath = (declared as { checkpointPath?: string } | undefined)?.checkpointPath;
  if (checkpointPath) (spec as { checkpointPath?: string }).checkpointPath = checkpointPath;

  // Controllers and drives: observed where known, declared for the kinds of drive not covered.
  const declaredDrives = new Map<string, Drive>();
  for (const controller of declared?.controllers ?? [])
    for (const drive of controller.drives ?? [])
      declaredDrives.set(slotKey(controller.type, controller.number, drive.location), drive);
  const controllers = new Map<string, { controller: Controller; at?: At; driveAts: Array<At | undefined> }>();
  const controllerOf = (type: 'ide' | 'scsi', number: number, at?: At) => {
    const key = `${type}:${number}`;
    let entry = controllers.get(key);
    if (!entry) controllers.set(key, (entry = { controller: { type, number }, driveAts: [] }));
    if (at && !entry.at) entry.at = at;
    return entry;
  };
  if (vm.scsiControllers) for (const c of vm.scsiControllers) controllerOf('scsi', c.number, c.at);
  if (!vm.scsiControllers || vm.incomplete.has('scsi'))
    for (const c of declared?.controllers ?? []) if (c.type === 'scsi') controllerOf('scsi', c.number);
  const addDrive = (type: 'ide' | 'scsi', number: number, drive: Drive, at?: At): void => {
    const entry = controllerOf(type, number, at);
    (entry.controller.drives ??= []).push(drive);
    entry.driveAts.push(at);
  };
  for (const drive of vm.drives ?? []) {
    if (drive.controller === 'pmem') continue;
    addDrive(
      drive.controller,
      drive.number,
      observedDrive(drive, declaredDrives.get(slotKey(drive.controller, drive.number, drive.location)), vhds),
      drive.at,
    );
  }
  const observedSlots = new Set((vm.drives ?? []).map((d) => slotKey(d.controller, d.number, d.location)));
  for (const controller of declared?.controllers ?? []) {
    for (const drive of controller.drives ?? []) {
      const kind = drive.kind ?? 'disk';
      const unknown =
        !vm.driveKinds.has(kind) ||
        (vm.incomplete.has(kind) && !observedSlots.has(slotKey(controller.type, controller.number, drive.location)));
      if (unknown) addDrive(controller.type, controller.number, { ...drive });
    }
    // A declared IDE controller with no drives is not observable (generation 1 always has both).
    if (controller.type === 'ide' && !vm.driveKinds.size) controllerOf('ide', controller.number);
  }
  const sorted = [...controllers.values()].sort((a, b) =>
    a.controller.type === b.controller.type
      ? a.controller.number - b.controller.number
      : a.controller.type < b.controller.type
        ? -1
        : 1,
  );
  if (sorted.length > 0) {
    spec.controllers = sorted.map((entry, i) => {
      if (entry.at) origins.set(`spec.controllers.${i}`, entry.at);
      if (entry.controller.drives) {
        const order = entry.controller.drives
          .map((d, j) => [d, entry.driveAts[j]] as const)
          .sort((a, b) => a[0].location - b[0].location);
        entry.controller.drives = order.map(([d]) => d);
        order.forEach(([, at], j) => at && origins.set(`spec.controllers.${i}.drives.${j}`, at));
      }
      return entry.controller;
    });
  }

  // Network adapters.
  if (vm.adapters) {
    const declaredAdapters = new Map((declared?.networkAdapters ?? []).map((a) => [a.name.toLowerCase(), a]));
    spec.networkAdapters = vm.adapters.map((adapter, i) => {
      origins.set(`spec.networkAdapters.${i}`, adapter.at);
      const was = declaredAdapters.get(adapter.name.toLowerCase());
      const out: NetworkAdapter = { name: adapter.name };
      if (adapter.switch) out.switch = adapter.switch;
      const vlan = adapter.vlan === undefined ? was?.vlan : typeof adapter.vlan === 'number' ? adapter.vlan : undefined;
      if (vlan !== undefined) out.vlan = vlan;
      if (adapter.dynamicMac === false && adapter.mac) out.macAddress = formatMac(adapter.mac, 'hyphen');
      else if (adapter.dynamicMac === undefined && was?.macAddress) out.macAddress = was.macAddress;
      const spoofing = adapter.spoofing ?? was?.macAddressSpoofing;
      if (spoofing !== undefined) out.macAddressSpoofing = spoofing;
      if (adapter.legacy) out.legacy = true;
      return out;
    });
    if (vm.incomplete.has('adapters')) {
      for (const adapter of declared?.networkAdapters ?? []) {
        if (!spec.networkAdapters.some((a) => a.name.toLowerCase() === adapter.name.toLowerCase()))
          spec.networkAdapters.push({ ...adapter });
      }
    }
  } else if (declared?.networkAdapters) {
    spec.networkAdapters = declared.networkAdapters.map((a) => ({ ...a }));
  }

  // Checkpoints; CreationTime is required by the format, so one without it keeps the declared time.
  if (vm.checkpoints) {
    const declaredCheckpoints = new Map((declared?.checkpoints ?? []).map((c) => [c.name, c]));
    const list: NonNullable<VirtualMachineSpec['checkpoints']> = [];
    for (const checkpoint of vm.checkpoints) {
      const created = checkpoint.created ?? declaredCheckpoints.get(checkpoint.name)?.created;
      if (!created) continue;
      origins.set(`spec.checkpoints.${list.length}`, checkpoint.at);
      list.push(
        checkpoint.type
          ? { name: checkpoint.name, type: checkpoint.type, created }
          : { name: checkpoint.name, created },
      );
    }
    if (vm.incomplete.has('checkpoints'))
      for (const c of declared?.checkpoints ?? []) if (!list.some((o) => o.name === c.name)) list.push({ ...c });
    if (list.length > 0) spec.checkpoints = list;
  } else if (declared?.checkpoints) {
    spec.checkpoints = declared.checkpoints.map((c) => ({ ...c }));
  }
  return { spec, origins };
}

function observedDrive(drive: ObservedDrive, declared: Drive | undefined, vhds: Map<string, ObservedVhd>): Drive {
  const out: Drive = { location: drive.location };
  if (drive.kind === 'dvd') out.kind = 'dvd';
  if (drive.path) {
    if (drive.kind === 'disk') {
      const disk = resolveDisk(drive.path, vhds);
      out.path = disk.path;
      if (disk.vhd?.format) out.format = disk.vhd.format;
      if (disk.vhd?.type) out.type = disk.vhd.type;
      if (disk.vhd?.sizeBytes)
        (out as Drive & { sizeGB?: number }).sizeGB = Math.min(
          65536,
          Math.max(1, Math.ceil(disk.vhd.sizeBytes / 2 ** 30)),
        );
      if (!disk.vhd) {
        // Get-VHD did not cover this disk: keep what the manifest says about its format and type.
        if (declared?.format) out.format = declared.format;
        if (declared?.type) out.type = declared.type;
      }
    } else out.path = drive.path;
  }
  // Boot order and purpose are not in the inventory: keep the manifest's when the same file is there.
  if (
    declared &&
    (declared.kind ?? 'disk') === drive.kind &&
    (!declared.path || !out.path || pathKey(declared.path) === pathKey(out.path))
  ) {
    if (declared.boot !== undefined) out.boot = declared.boot;
    if (declared.purpose !== undefined) out.purpose = declared.purpose;
  }
  return out;
}

// --- NLB spec ------------------------------------------------------------------------------------

function observedNlbSpec(
  cluster: ObservedNlbCluster,
  declared: NlbClusterSpec | undefined,
  vmDocs: Map<string, ObservedDocument>,
): { spec: NlbClusterSpec; origins: Map<string, At> } {
  const origins = new Map<string, At>([['spec', cluster.at]]);
  const spec = {} as NlbClusterSpec;
  const vip = cluster.vip ?? declared?.vip;
  if (vip) spec.vip = vip;
  const mask = cluster.subnetMask ?? declared?.subnetMask;
  if (mask) spec.subnetMask = mask;
  const mode = cluster.mode ?? declared?.mode;
  if (mode) spec.mode = mode;
  const declaredNodes = new Map((declared?.nodes ?? []).map((n) => [nameKey(n.vm), n]));
  const adapterOf = (vmName: string, interfaceName: string | undefined): string | undefined => {
    const declaredNode = declaredNodes.get(nameKey(vmName));
    if (declaredNode) return declaredNode.adapter;
    const adapters = ((vmDocs.get(nameKey(vmName))?.spec as VirtualMachineSpec | undefined)?.networkAdapters ??
      []) as NetworkAdapter[];
    if (interfaceName && adapters.some((a) => a.name.toLowerCase() === interfaceName.toLowerCase()))
      return interfaceName;
    return interfaceName ?? adapters[0]?.name;
  };
  if (cluster.nodes) {
    spec.nodes = [];
    cluster.nodes.forEach((node, i) => {
      origins.set(`spec.nodes.${i}`, node.at);
      const out: NlbNode = { vm: node.name, adapter: adapterOf(node.name, node.adapter) ?? 'unknown' };
      const report = cluster.reports.find((r) => nameKey(r.host) === nameKey(node.name));
      if (report?.mode && report.mode !== mode) out.mode = report.mode;
      if (node.priority !== undefined && node.priority >= 1 && node.priority <= 32) out.priority = node.priority;
      spec.nodes.push(out);
    });
  } else if (declared) {
    spec.nodes = declared.nodes.map((n) => ({ ...n }));
  }
  // The VLAN is not in the NLB export: the manifest's, or the VLAN of a node's adapter.
  let vlan = declared?.vlan;
  for (const node of spec.nodes ?? []) {
    if (vlan !== undefined) break;
    const adapters = ((vmDocs.get(nameKey(node.vm))?.spec as VirtualMachineSpec | undefined)?.networkAdapters ??
      []) as NetworkAdapter[];
    vlan = adapters.find((a) => a.name.toLowerCase() === node.adapter.toLowerCase())?.vlan;
  }
  if (vlan !== undefined) spec.vlan = vlan;
  if (declared?.portRules) spec.portRules = declared.portRules.map((r) => ({ ...r }));
  return { spec, origins };
}
