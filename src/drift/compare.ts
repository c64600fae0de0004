/**
 * The comparison: declared manifests against what the inventory observed, pair by pair (VMs, NLB
 * clusters, switches as paired in observed.ts). Drift is reported at the manifest's location
 * (the value that is wrong, or the list something is missing from), with a related location in
 * the inventory file that shows reality. Something the inventory does not know (its file was
 * missing or broken) is never drift: drift-inventory already says that part was not audited.
 */
import type { EmittedFinding, RelatedLocation } from '../types.js';
import type { ManifestDocument } from '../model/document.js';
import { nameKey } from '../model/estate.js';
import type { BridgeMulticastGroup, Drive, NetworkAdapter, NlbMode, StaticArpEntry } from '../model/kinds.js';
import { macForSwitch, normalizeMac } from '../model/nlb.js';
import type { JsonPath } from '../load/yaml/locate.js';
import { fillMessage } from '../rules/types.js';
import { pathKey } from './inventory/powershell.js';
import { bridgeGroupMac } from './inventory/switch-config.js';
import type { At, Inventory, ObservedAdapter, ObservedDrive } from './inventory/types.js';
import {
  resolveDisk,
  slotKey,
  type HostPair,
  type NlbPair,
  type ObservedEstate,
  type SwitchPair,
  type VmPair,
} from './observed.js';
import { driftRule } from '../rules/drift.js';

type Data = Record<string, string | number>;

interface Place {
  doc: ManifestDocument;
  path: JsonPath;
}

/** Collects drift findings; `enabled` says which drift rules run at all (config may turn them off). */
export class DriftReporter {
  readonly findings: EmittedFinding[] = [];

  constructor(private readonly enabled: (ruleId: string) => boolean = () => true) {}

  /** A finding on a declared manifest, with where the inventory shows reality. */
  atManifest(
    ruleId: string,
    messageId: string,
    data: Data,
    place: Place,
    observed?: { at: At; message: string },
  ): void {
    if (!this.enabled(ruleId)) return;
    const range = place.doc.locate(place.path, 'value');
    this.push(
      ruleId,
      messageId,
      data,
      { file: place.doc.file, ...range },
      { kind: place.doc.kind, name: place.doc.name },
      [...place.path],
      observed ? [relatedAt(observed.at, observed.message)] : [],
    );
  }

  /** A finding in an inventory file (nothing declared to point at). */
  atInventory(
    ruleId: string,
    messageId: string,
    data: Data,
    at: At,
    document?: { kind: string; name: string },
    related: RelatedLocation[] = [],
  ): void {
    if (!this.enabled(ruleId)) return;
    this.push(
      ruleId,
      messageId,
      data,
      { file: at.source.path, ...at.source.range(at.start, at.end) },
      document,
      undefined,
      related,
    );
  }

  private push(
    ruleId: string,
    messageId: string,
    data: Data,
    where: Omit<EmittedFinding, 'ruleId' | 'message' | 'related'>,
    document: EmittedFinding['document'],
    path: EmittedFinding['path'],
    related: RelatedLocation[],
  ): void {
    const meta = driftRule(ruleId);
    const template = meta.messages[messageId];
    if (template === undefined) throw new Error(`drift rule ${ruleId} has no message "${messageId}"`);
    const finding: EmittedFinding = {
      ruleId,
      messageId,
      message: fillMessage(template, data),
      ...where,
      related,
    };
    if (document) finding.document = document;
    if (path) finding.path = path;
    this.findings.push(finding);
  }
}

export function relatedAt(at: At, message: string): RelatedLocation {
  return { file: at.source.path, message, ...at.source.range(at.start, at.end) };
}

/** Compare every pair; returns the drift findings (before configured severities). */
export function compareEstates(
  observed: ObservedEstate,
  inventory: Inventory,
  reporter: DriftReporter = new DriftReporter(),
): EmittedFinding[] {
  const audited = [
    ...new Set(inventory.hosts.filter((h) => h.read.has('Get-VM.json')).flatMap((h) => [h.name, ...h.nodes])),
  ].sort();
  for (const pair of observed.hosts) compareHost(pair, reporter);
  for (const pair of observed.vms) compareVm(pair, inventory, audited, reporter);
  const asked = inventory.hosts
    .filter((h) => h.read.has('Get-NlbCluster.json'))
    .map((h) => h.name)
    .sort();
  for (const pair of observed.nlbClusters) compareNlb(pair, asked, reporter);
  for (const pair of observed.switches) compareSwitch(pair, reporter);
  return reporter.findings;
}

// --- Hosts ---------------------------------------------------------------------------------------

/** Memory and logical processors, where the manifest states them (an unstated value is not a claim). */
function compareHost(pair: HostPair, r: DriftReporter): void {
  const { declared, observed } = pair;
  const at = observed.resourcesAt!;
  const name = declared.name;
  if (
    observed.memoryMB !== undefined &&
    declared.spec.memoryMB !== undefined &&
    observed.memoryMB !== declared.spec.memoryMB
  ) {
    r.atManifest(
      'drift-host-resources',
      'memory',
      { name, actual: observed.memoryMB, declared: declared.spec.memoryMB },
      { doc: declared, path: ['spec', 'memoryMB'] },
      { at, message: `Get-VMHost on ${observed.name} reports ${observed.memoryMB} MiB` },
    );
  }
  const lp = observed.logicalProcessors;
  if (lp !== undefined && declared.spec.logicalProcessors !== undefined && lp !== declared.spec.logicalProcessors) {
    r.atManifest(
      'drift-host-resources',
      'processors',
      { name, actual: lp, declared: declared.spec.logicalProcessors },
      { doc: declared, path: ['spec', 'logicalProcessors'] },
      { at, message: `Get-VMHost on ${observed.name} reports ${lp} logical processors` },
    );
  }
}

// --- VMs -----------------------------------------------------------------------------------------

const shown = (items: string[]): string => (items.length === 0 ? 'none' : items.join(', '));

function compareVm(pair: VmPair, inventory: Inventory, audited: string[], r: DriftReporter): void {
  const { declared, observed } = pair;
  if (declared && !observed) {
    r.atManifest(
      'drift-vm-missing',
      'missing',
      { name: declared.name, where: `audited: ${shown(audited)}` },
      { doc: declared, path: ['metadata', 'name'] },
    );
    return;
  }
  if (!observed) return;
  const seen = (at: At, what = 'observed here'): { at: At; message: string } => ({ at, message: what });
  if (!declared) {
    r.atInventory('drift-vm-undeclared', 'undeclared', { name: observed.name, host: observed.host }, observed.at, {
      kind: 'VirtualMachine',
      name: observed.name,
    });
    return;
  }
  const name = declared.name;
  const spec = declared.spec;
  const place = (...path: JsonPath): Place => ({ doc: declared, path: ['spec', ...path] });

  if (observed.generation !== undefined && observed.generation !== spec.generation) {
    r.atManifest(
      'drift-vm-generation',
      'generation',
      { name, actual: observed.generation, declared: spec.generation },
      place('generation'),
      seen(observed.at, `${observed.host} reports generation ${observed.generation}`),
    );
  }

  compareVmResources(pair, place, r);

  // SCSI controllers (IDE controllers come with generation 1 and cannot be added or removed).
  const controllers = spec.controllers ?? [];
  if (observed.scsiControllers) {
    const actual = new Map(observed.scsiControllers.map((c) => [c.number, c]));
    controllers.forEach((controller, i) => {
      if (controller.type === 'scsi' && !actual.has(controller.number) && !observed.incomplete.has('scsi')) {
        r.atManifest(
          'drift-vm-controller',
          'missing',
          { name, number: controller.number },
          place('controllers', i),
          seen(observed.at, `${observed.host} lists the VM without it`),
        );
      }
    });
    for (const c of observed.scsiControllers) {
      if (!controllers.some((d) => d.type === 'scsi' && d.number === c.number)) {
        r.atManifest('drift-vm-controller', 'undeclared', { name, number: c.number }, place('controllers'), seen(c.at));
      }
    }
  }

  // Drives, by slot, for the kinds of drive the inventory covered.
  if (observed.drives) {
    const declaredSlots = new Map<string, { drive: Drive; path: JsonPath; controllerPath: JsonPath }>();
    controllers.forEach((controller, i) =>
      (controller.drives ?? []).forEach((drive, j) =>
        declaredSlots.set(slotKey(controller.type, controller.number, drive.location), {
          drive,
          path: ['spec', 'controllers', i, 'drives', j],
          controllerPath: ['spec', 'controllers', i],
        }),
      ),
    );
    const observedSlots = new Map<string, ObservedDrive>();
    for (const drive of observed.drives)
      if (drive.controller !== 'pmem')
        observedSlots.set(slotKey(drive.controller, drive.number, drive.location), drive);
    for (const [slot, { drive, path }] of declaredSlots) {
      const kind = drive.kind ?? 'disk';
      const actual = observedSlots.get(slot);
      const slotText = describeSlot(slot);
      if (!actual) {
        if (observed.driveKinds.has(kind) && !observed.incomplete.has(kind)) {
          const what = drive.path ? `"${drive.path}"` : kind === 'dvd' ? 'an empty DVD drive' : 'the disk';
          r.atManifest(
            'drift-vm-drive',
            'missing',
            { name, slot: slotText, what },
            { doc: declared, path },
            seen(observed.at, `${observed.host} lists no drive there`),
          );
        }
        continue;
      }
      if (actual.kind !== kind) {
        if (observed.driveKinds.has(kind))
          r.atManifest(
            'drift-vm-drive',
            'kind',
            { name, slot: slotText, actual: kindText(actual.kind), declared: kindText(kind) },
            { doc: declared, path },
            seen(actual.at),
          );
        continue;
      }
      compareDrivePath(name, slotText, drive, actual, { doc: declared, path }, inventory, r);
    }
    for (const [slot, actual] of observedSlots) {
      if (declaredSlots.has(slot)) continue;
      const controllerIndex = controllers.findIndex((c) => c.type === actual.controller && c.number === actual.number);
      const path: JsonPath = controllerIndex >= 0 ? ['spec', 'controllers', controllerIndex] : ['spec', 'controllers'];
      r.atManifest(
        'drift-vm-drive',
        'undeclared',
        { name, kind: kindText(actual.kind), slot: describeSlot(slot), path: actual.path ?? 'empty' },
        { doc: declared, path },
        seen(actual.at),
      );
    }
  }

  // Network adapters, by name.
  if (observed.adapters) {
    const declaredAdapters = spec.networkAdapters ?? [];
    const actualByName = new Map(observed.adapters.map((a) => [a.name.toLowerCase(), a]));
    declaredAdapters.forEach((adapter, i) => {
      const actual = actualByName.get(adapter.name.toLowerCase());
      if (!actual) {
        if (observed.incomplete.has('adapters')) return;
        r.atManifest(
          'drift-vm-adapter',
          'missing',
          { name, adapter: adapter.name },
          place('networkAdapters', i),
          seen(observed.at, `${observed.host} lists the VM without it`),
        );
        return;
      }
      compareAdapter(name, adapter, actual, declared, ['spec', 'networkAdapters', i], r);
    });
    for (const actual of observed.adapters) {
      if (!declaredAdapters.some((a) => a.name.toLowerCase() === actual.name.toLowerCase())) {
        r.atManifest(
          'drift-vm-adapter',
          'undeclared',
          { name, adapter: actual.name },
          place('networkAdapters'),
          seen(actual.at),
        );
      }
    }
  }

  // Checkpoints, by name.
  if (observed.checkpoints) {
    const declaredCheckpoints = spec.checkpoints ?? [];
    for (const checkpoint of observed.checkpoints) {
      if (declaredCheckpoints.some((c) => c.name === checkpoint.name)) continue;
      r.atManifest(
        'drift-vm-checkpoint',
        'present',
        {
          name,
          checkpoint: checkpoint.name,
          type: checkpoint.type ?? 'standard',
          created: checkpoint.created ? ` (created ${checkpoint.created})` : '',
        },
        place('checkpoints'),
        seen(checkpoint.at),
      );
    }
    declaredCheckpoints.forEach((checkpoint, i) => {
      if (!observed.checkpoints!.some((c) => c.name === checkpoint.name) && !observed.incomplete.has('checkpoints')) {
        r.atManifest(
          'drift-vm-checkpoint',
          'gone',
          { name, checkpoint: checkpoint.name },
          place('checkpoints', i),
          seen(observed.at, `${observed.host} lists no such checkpoint`),
        );
      }
    });
  }
}

/** Memory and virtual processors, where the manifest states them. */
function compareVmResources(pair: VmPair, place: (...path: JsonPath) => Place, r: DriftReporter): void {
  const { declared, observed } = pair as Required<Pick<VmPair, 'declared' | 'observed'>>;
  const name = declared.name;
  const memory = declared.spec.memory;
  const seen = observed.memory;
  if (memory && seen) {
    const related = { at: seen.at, message: `${observed.host} reports this memory` };
    if (memory.dynamic !== undefined && seen.dynamic !== undefined && memory.dynamic !== seen.dynamic) {
      r.atManifest(
        'drift-vm-resources',
        'dynamic',
        {
          name,
          actual: seen.dynamic ? 'on' : 'off',
          declared: memory.dynamic ? 'on' : 'off',
          value: memory.dynamic ? '$true' : '$false',
        },
        place('memory', 'dynamic'),
        related,
      );
    }
    const sizes = [
      ['startupMB', 'startup', 'StartupBytes'],
      ['minimumMB', 'minimum', 'MinimumBytes'],
      ['maximumMB', 'maximum', 'MaximumBytes'],
    ] as const;
    for (const [key, what, parameter] of sizes) {
      const want = memory[key];
      const got = seen[key];
      // Minimum and maximum apply only with dynamic memory on both sides.
      if (key !== 'startupMB' && !(memory.dynamic && seen.dynamic)) continue;
      if (want === undefined || got === undefined || want === got) continue;
      r.atManifest(
        'drift-vm-resources',
        'memory',
        { name, what, actual: got, declared: want, parameter },
        place('memory', key),
        related,
      );
    }
  }
  const count = declared.spec.processorCount;
  if (count !== undefined && observed.processorCount !== undefined && count !== observed.processorCount) {
    r.atManifest(
      'drift-vm-resources',
      'processors',
      { name, actual: observed.processorCount, declared: count },
      place('processorCount'),
      { at: observed.at, message: `${observed.host} reports ${observed.processorCount} virtual processors` },
    );
  }
}

function describeSlot(slot: string): string {
  const [type, number, location] = slot.split(':');
  return `${type!.toUpperCase()} controller ${number}, location ${location}`;
}

const kindText = (kind: 'disk' | 'dvd'): string => (kind === 'dvd' ? 'DVD drive' : 'hard disk');

function compareDrivePath(
  name: string,
  slot: string,
  drive: Drive,
  actual: ObservedDrive,
  place: Place,
  inventory: Inventory,
  r: DriftReporter,
): void {
  const kind = drive.kind ?? 'disk';
  if (kind === 'dvd') {
    const declaredPath = drive.path ? pathKey(drive.path) : '';
    const actualPath = actual.path ? pathKey(actual.path) : '';
    if (declaredPath !== actualPath) {
      r.atManifest(
        'drift-vm-drive',
        'path',
        { name, slot, actual: actual.path ?? 'empty', declared: drive.path ?? 'empty' },
        { doc: place.doc, path: [...place.path, 'path'] },
        { at: actual.at, message: 'observed here' },
      );
    }
    return;
  }
  if (!actual.path) return;
  const disk = resolveDisk(actual.path, inventory.vhds);
  if (drive.path && pathKey(disk.path) !== pathKey(drive.path)) {
    r.atManifest(
      'drift-vm-drive',
      'path',
      { name, slot, actual: disk.path, declared: drive.path },
      { doc: place.doc, path: [...place.path, 'path'] },
      { at: actual.at, message: 'observed here' },
    );
    return;
  }
  const vhd = disk.vhd;
  if (!vhd) return;
  const vhdSeen = { at: vhd.at, message: 'Get-VHD reports it here' };
  if (drive.format && vhd.format && drive.format !== vhd.format) {
    r.atManifest(
      'drift-vm-disk',
      'format',
      {
        name,
        path: disk.path,
        actual: vhd.format.toUpperCase().replace('VHDSET', 'VHD Set'),
        declared: drive.format.toUpperCase().replace('VHDSET', 'VHD Set'),
      },
      { doc: place.doc, path: [...place.path, 'format'] },
      vhdSeen,
    );
  }
  if (drive.type && vhd.type && drive.type !== vhd.type) {
    r.atManifest(
      'drift-vm-disk',
      'type',
      { name, path: disk.path, actual: vhd.type, declared: drive.type },
      { doc: place.doc, path: [...place.path, 'type'] },
      vhdSeen,
    );
  }
}

function vlanText(vlan: number | null | 'other' | undefined, mode?: string): string {
  if (vlan === 'other') return `in ${mode ?? 'trunk'} mode`;
  if (vlan === null || vlan === undefined) return 'untagged';
  return `on VLAN ${vlan}`;
}

function compareAdapter(
  name: string,
  adapter: NetworkAdapter,
  actual: ObservedAdapter,
  doc: ManifestDocument,
  path: JsonPath,
  r: DriftReporter,
): void {
  const seen = { at: actual.at, message: 'observed here' };
  const data = { name, adapter: adapter.name };
  const declaredSwitch = adapter.switch ?? null;
  if ((declaredSwitch ?? '').toLowerCase() !== (actual.switch ?? '').toLowerCase()) {
    const show = (s: string | null): string => (s ? `switch "${s}"` : 'no switch');
    r.atManifest(
      'drift-vm-adapter-switch',
      'switch',
      { ...data, actual: show(actual.switch), declared: show(declaredSwitch) },
      { doc, path: [...path, 'switch'] },
      seen,
    );
  }
  if (actual.vlan !== undefined) {
    const declaredVlan = adapter.vlan ?? null;
    if (actual.vlan !== declaredVlan) {
      r.atManifest(
        'drift-vm-adapter-vlan',
        'vlan',
        { ...data, actual: vlanText(actual.vlan, actual.vlanMode), declared: vlanText(declaredVlan) },
        { doc, path: [...path, 'vlan'] },
        seen,
      );
    }
  }
  if (actual.spoofing !== undefined) {
    const declaredSpoofing = adapter.macAddressSpoofing ?? false;
    if (actual.spoofing !== declaredSpoofing) {
      r.atManifest(
        'drift-vm-mac-spoofing',
        'spoofing',
        {
          ...data,
          actual: actual.spoofing ? 'on' : 'off',
          declared: declaredSpoofing ? 'on' : 'off',
          fix: declaredSpoofing ? 'On' : 'Off',
        },
        { doc, path: [...path, 'macAddressSpoofing'] },
        seen,
      );
    }
  }
  if (actual.dynamicMac !== undefined) {
    const declaredMac = adapter.macAddress ? normalizeMac(adapter.macAddress) : undefined;
    const actualStatic = actual.dynamicMac ? undefined : actual.mac;
    if (declaredMac !== actualStatic && !(actual.dynamicMac === false && !actual.mac)) {
      const actualText = actual.mac ? `${actual.mac} (${actual.dynamicMac ? 'dynamic' : 'static'})` : 'dynamic';
      r.atManifest(
        'drift-vm-adapter',
        'mac',
        { ...data, actual: actualText, declared: adapter.macAddress ?? 'a dynamic one' },
        { doc, path: [...path, 'macAddress'] },
        seen,
      );
    }
  }
}

// --- NLB clusters ----------------------------------------------------------------------------------

function compareNlb(pair: NlbPair, asked: string[], r: DriftReporter): void {
  const { declared, observed } = pair;
  if (declared && !observed) {
    r.atManifest(
      'drift-nlb-missing',
      'missing',
      { name: declared.name, vip: declared.spec.vip, where: `asked: ${shown(asked)}` },
      { doc: declared, path: ['metadata', 'name'] },
    );
    return;
  }
  if (!observed) return;
  if (!declared) {
    r.atInventory(
      'drift-nlb-undeclared',
      'undeclared',
      { name: observed.name, vip: observed.vip ?? 'unknown', host: shown(observed.reports.map((x) => x.host)) },
      observed.at,
      { kind: 'NlbCluster', name: observed.name },
    );
    return;
  }
  const name = declared.name;
  const spec = declared.spec;
  const modes = [...new Set(observed.reports.map((x) => x.mode).filter((m): m is NlbMode => m !== undefined))];
  if (modes.length === 1 && modes[0] !== spec.mode) {
    r.atManifest(
      'drift-nlb-mode',
      'cluster',
      { name, actual: modes[0]!, declared: spec.mode },
      { doc: declared, path: ['spec', 'mode'] },
      { at: observed.reports[0]!.at, message: `${observed.reports[0]!.host} reports ${modes[0]} mode` },
    );
  } else if (modes.length > 1) {
    for (const report of observed.reports) {
      if (!report.mode || report.mode === spec.mode) continue;
      const i = spec.nodes.findIndex((n) => nameKey(n.vm) === nameKey(report.host));
      r.atManifest(
        'drift-nlb-mode',
        'node',
        { name, node: report.host, actual: report.mode, declared: spec.mode },
        { doc: declared, path: i >= 0 ? ['spec', 'nodes', i] : ['spec', 'mode'] },
        { at: report.at, message: `${report.host} reports ${report.mode} mode` },
      );
    }
  }
  const vips = [...new Set([...(observed.vip ? [observed.vip] : []), ...(observed.vips ?? []).map((v) => v.ip)])];
  if (vips.length > 0 && !vips.includes(spec.vip)) {
    const at = observed.vips?.[0]?.at ?? observed.at;
    r.atManifest(
      'drift-nlb-vip',
      'vip',
      { name, actual: vips.join(', '), declared: spec.vip },
      { doc: declared, path: ['spec', 'vip'] },
      { at, message: 'observed here' },
    );
  }
  if (observed.nodes) {
    const actual = new Map(observed.nodes.map((n) => [nameKey(n.name), n]));
    spec.nodes.forEach((node, i) => {
      if (!actual.has(nameKey(node.vm))) {
        r.atManifest(
          'drift-nlb-nodes',
          'missing',
          { name, node: node.vm },
          { doc: declared, path: ['spec', 'nodes', i] },
          { at: observed.at, message: `the cluster's nodes: ${shown(observed.nodes!.map((n) => n.name))}` },
        );
      }
    });
    for (const node of observed.nodes) {
      if (!spec.nodes.some((n) => nameKey(n.vm) === nameKey(node.name))) {
        r.atManifest(
          'drift-nlb-nodes',
          'undeclared',
          { name, node: node.name },
          { doc: declared, path: ['spec', 'nodes'] },
          { at: node.at, message: 'observed here' },
        );
      }
    }
  }
}

// --- Switches --------------------------------------------------------------------------------------

function compareSwitch(pair: SwitchPair, r: DriftReporter): void {
  const { declared, observed, doc } = pair;
  if (!declared) {
    const source = observed.source;
    r.atInventory(
      'drift-switch-undeclared',
      'undeclared',
      { file: source.path, name: observed.name },
      { source, start: 0, end: source.lineText(1).length },
      { kind: 'Switch', name: observed.name },
    );
    return;
  }
  const name = declared.name;
  const spec = declared.spec;
  const origin = (path: JsonPath, message = 'observed here'): { at: At; message: string } => ({
    at: doc.originOf(path),
    message,
  });

  // Bridge multicast groups, by VLAN and group MAC.
  const keyOf = (g: BridgeMulticastGroup): string => `${g.vlan}:${bridgeGroupMac(g) ?? g.group ?? g.mac}`;
  const actualGroups = observed.spec.bridgeMulticastGroups ?? [];
  const actualByKey = new Map(actualGroups.map((g, i) => [keyOf(g), { group: g, index: i }]));
  const declaredGroups = spec.bridgeMulticastGroups ?? [];
  declaredGroups.forEach((group, i) => {
    const groupText = group.mac ? macForSwitch(group.mac, spec) : (group.group ?? '');
    const actual = actualByKey.get(keyOf(group));
    const groupPath: JsonPath = ['spec', 'bridgeMulticastGroups', i];
    if (!actual) {
      r.atManifest(
        'drift-bridge-group',
        'missing',
        { name, group: groupText, vlan: group.vlan },
        { doc: declared, path: groupPath },
      );
      return;
    }
    const actualPath: JsonPath = ['spec', 'bridgeMulticastGroups', actual.index];
    const actualPorts = actual.group.ports ?? [];
    const actualLags = actual.group.lags ?? [];
    (group.lags ?? []).forEach((lag, j) => {
      if (!actualLags.includes(lag))
        r.atManifest(
          'drift-bridge-group',
          'memberMissing',
          { name, group: groupText, vlan: group.vlan, member: `LAG ${lag}`, command: `port-channel ${lag}` },
          { doc: declared, path: [...groupPath, 'lags', j] },
          origin(actualPath, 'the group on the switch'),
        );
    });
    (group.ports ?? []).forEach((port, j) => {
      if (!actualPorts.some((p) => p.toLowerCase() === port.toLowerCase()))
        r.atManifest(
          'drift-bridge-group',
          'memberMissing',
          { name, group: groupText, vlan: group.vlan, member: `port ${port}`, command: `ethernet ${port}` },
          { doc: declared, path: [...groupPath, 'ports', j] },
          origin(actualPath, 'the group on the switch'),
        );
    });
    actualLags.forEach((lag, j) => {
      if (!(group.lags ?? []).includes(lag))
        r.atManifest(
          'drift-bridge-group',
          'memberUndeclared',
          { name, group: groupText, vlan: group.vlan, member: `LAG ${lag}` },
          { doc: declared, path: groupPath },
          origin([...actualPath, 'lags', j]),
        );
    });
    actualPorts.forEach((port, j) => {
      if (!(group.ports ?? []).some((p) => p.toLowerCase() === port.toLowerCase()))
        r.atManifest(
          'drift-bridge-group',
          'memberUndeclared',
          { name, group: groupText, vlan: group.vlan, member: `port ${port}` },
          { doc: declared, path: groupPath },
          origin([...actualPath, 'ports', j]),
        );
    });
  });
  const declaredKeys = new Set(declaredGroups.map(keyOf));
  actualGroups.forEach((group, i) => {
    if (declaredKeys.has(keyOf(group))) return;
    r.atManifest(
      'drift-bridge-group',
      'undeclared',
      { name, group: group.mac ? macForSwitch(group.mac, spec) : (group.group ?? ''), vlan: group.vlan },
      { doc: declared, path: ['spec', 'bridgeMulticastGroups'] },
      origin(['spec', 'bridgeMulticastGroups', i]),
    );
  });

  // IGMP snooping, globally and per VLAN (only where the manifest says).
  const onOff = (b: boolean): string => (b ? 'on' : 'off');
  if (spec.igmpSnooping !== undefined && spec.igmpSnooping !== observed.spec.igmpSnooping) {
    r.atManifest(
      'drift-switch-igmp-snooping',
      'global',
      {
        name,
        actual: onOff(observed.spec.igmpSnooping ?? false),
        declared: onOff(spec.igmpSnooping),
        command: spec.igmpSnooping ? 'ip igmp snooping' : 'no ip igmp snooping',
      },
      { doc: declared, path: ['spec', 'igmpSnooping'] },
      origin(['spec', 'igmpSnooping'], 'the running configuration'),
    );
  }
  const actualVlans = observed.spec.vlans ?? [];
  (spec.vlans ?? []).forEach((vlan, i) => {
    if (vlan.igmpSnooping === undefined) return;
    const index = actualVlans.findIndex((v) => v.id === vlan.id);
    const actual = actualVlans[index];
    if (!actual || actual.igmpSnooping === vlan.igmpSnooping) return;
    r.atManifest(
      'drift-switch-igmp-snooping',
      'vlan',
      {
        name,
        vlan: vlan.id,
        actual: onOff(actual.igmpSnooping ?? false),
        declared: onOff(vlan.igmpSnooping),
        command: vlan.igmpSnooping ? 'ip igmp snooping' : 'no ip igmp snooping',
      },
      { doc: declared, path: ['spec', 'vlans', i, 'igmpSnooping'] },
      origin(['spec', 'vlans', index, 'igmpSnooping'], 'the running configuration'),
    );
  });

  // Static ARP entries, by IP.
  const actualArp = observed.spec.staticArp ?? [];
  const declaredArp = spec.staticArp ?? [];
  const macOf = (e: StaticArpEntry): string => normalizeMac(e.mac) ?? e.mac;
  declaredArp.forEach((entry, i) => {
    const index = actualArp.findIndex((a) => a.ip === entry.ip);
    const actual = actualArp[index];
    if (!actual)
      r.atManifest(
        'drift-switch-static-arp',
        'missing',
        { name, ip: entry.ip, mac: entry.mac },
        { doc: declared, path: ['spec', 'staticArp', i] },
      );
    else if (macOf(actual) !== macOf(entry))
      r.atManifest(
        'drift-switch-static-arp',
        'mac',
        { name, ip: entry.ip, actual: actual.mac, declared: entry.mac },
        { doc: declared, path: ['spec', 'staticArp', i, 'mac'] },
        origin(['spec', 'staticArp', index]),
      );
  });
  actualArp.forEach((entry, i) => {
    if (!declaredArp.some((d) => d.ip === entry.ip))
      r.atManifest(
        'drift-switch-static-arp',
        'undeclared',
        { name, ip: entry.ip, mac: entry.mac },
        { doc: declared, path: ['spec', 'staticArp'] },
        origin(['spec', 'staticArp', i]),
      );
  });
}
