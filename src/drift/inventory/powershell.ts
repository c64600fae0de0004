/**
 * inventory (PowerShell): the JSON files Export-HvInventory.ps1 writes in one host directory →
 * observed VMs and NLB clusters. Accepts what real Windows machines write (docs/domain.md §6):
 * enums as integers (Windows PowerShell 5.1) or names (PowerShell 7 -EnumsAsStrings), a single
 * object instead of a one-element list, UTF-8 with or without BOM, UTF-16 with BOM, CRLF,
 * `\/Date(ms)\/` dates, MACs as twelve bare hex digits, and objects that ConvertTo-Json cut off
 * at its -Depth (type-name strings). Every problem becomes an InventoryProblem; nothing throws.
 */
import { decode } from '../../load/decode.js';
import { SourceFile } from '../../load/source.js';
import type { NlbMode } from '../../model/kinds.js';
import { normalizeMac } from '../../model/nlb.js';
import { parseJson, type ObjectSpans } from './json.js';
import type {
  At,
  ControllerKind,
  IncompleteSet,
  InventoryHost,
  InventoryProblem,
  ObservedAdapter,
  ObservedCheckpoint,
  ObservedCheckpointType,
  ObservedDrive,
  ObservedNic,
  ObservedNlbCluster,
  ObservedNlbNode,
  ObservedVhd,
  ObservedVm,
} from './types.js';

/** One inventory file, as read: display path and bytes. */
export interface InventoryFile {
  path: string;
  bytes: Uint8Array;
  /** Why the file was not read (a symbolic link out of the workspace). */
  refused?: string;
}

/** The files the collector writes in a host directory, by data set. */
export const HOST_FILES = {
  header: 'header.json',
  vmHost: 'Get-VMHost.json',
  teams: 'Get-NetLbfoTeam.json',
  vmSwitches: 'Get-VMSwitch.json',
  netAdapters: 'Get-NetAdapter.json',
  vms: 'Get-VM.json',
  disks: 'Get-VMHardDiskDrive.json',
  dvds: 'Get-VMDvdDrive.json',
  scsi: 'Get-VMScsiController.json',
  adapters: 'Get-VMNetworkAdapter.json',
  vhds: 'Get-VHD.json',
  snapshots: 'Get-VMSnapshot.json',
  nlbClusters: 'Get-NlbCluster.json',
  nlbNodes: 'Get-NlbClusterNode.json',
  nlbVips: 'Get-NlbClusterVip.json',
} as const;

type DataSet = keyof typeof HOST_FILES;

/** Hyper-V data sets a host directory with Get-VM.json must have; the NLB ones go together. */
const HYPERV_SETS: DataSet[] = ['disks', 'dvds', 'scsi', 'adapters', 'vhds', 'snapshots'];
const NLB_SETS: DataSet[] = ['nlbNodes', 'nlbVips'];

// --- Enumerations (docs/domain.md §6.2) ------------------------------------------------------------

interface EnumTable<T> {
  name: string;
  byNumber: ReadonlyMap<number, T>;
  byName: ReadonlyMap<string, T>;
  expected: string;
}

function enumTable<T>(name: string, entries: Array<[number | undefined, string, T]>): EnumTable<T> {
  const byNumber = new Map<number, T>();
  const byName = new Map<string, T>();
  const shown: string[] = [];
  for (const [number, label, value] of entries) {
    if (number !== undefined) byNumber.set(number, value);
    byName.set(label.toLowerCase(), value);
    shown.push(number !== undefined ? `${number} (${label})` : label);
  }
  return { name, byNumber, byName, expected: shown.join(', ') };
}

export const CONTROLLER_TYPE = enumTable<ControllerKind>('ControllerType', [
  [0, 'IDE', 'ide'],
  [1, 'SCSI', 'scsi'],
  [2, 'PMEM', 'pmem'],
]);
/** OnOffState: On is 0, so `MacAddressSpoofing: 0` means on. */
export const ON_OFF = enumTable<boolean>('OnOffState', [
  [0, 'On', true],
  [1, 'Off', false],
]);
export const VHD_FORMAT = enumTable<'vhd' | 'vhdx' | 'vhdset'>('VhdFormat', [
  [2, 'VHD', 'vhd'],
  [3, 'VHDX', 'vhdx'],
  [4, 'VHDSet', 'vhdset'],
]);
export const VHD_TYPE = enumTable<'fixed' | 'dynamic' | 'differencing'>('VhdType', [
  [2, 'Fixed', 'fixed'],
  [3, 'Dynamic', 'dynamic'],
  [4, 'Differencing', 'differencing'],
]);
/** SnapshotType (§6.2): 5 to 8 are what a VM protected by Hyper-V Replica shows. */
export const SNAPSHOT_TYPE = enumTable<ObservedCheckpointType>('SnapshotType', [
  [0, 'Standard', 'standard'],
  [1, 'Recovery', 'recovery'],
  [2, 'Planned', 'planned'],
  [5, 'Missing', 'missing'],
  [6, 'Replica', 'replica'],
  [7, 'AppConsistentReplica', 'app-consistent-replica'],
  [8, 'SyncedReplica', 'synced-replica'],
]);
export const VLAN_MODE = enumTable<'untagged' | 'access' | 'trunk' | 'private'>('OperationMode', [
  [0, 'Untagged', 'untagged'],
  [1, 'Access', 'access'],
  [2, 'Trunk', 'trunk'],
  [3, 'Private', 'private'],
]);
/** NLB's module documents the names only; numbers are refused rather than guessed. */
export const NLB_MODE = enumTable<NlbMode>('OperationMode', [
  [undefined, 'UNICAST', 'unicast'],
  [undefined, 'MULTICAST', 'multicast'],
  [undefined, 'IGMPMULTICAST', 'igmp-multicast'],
]);

/** A value ConvertTo-Json wrote in place of an object nested deeper than its -Depth. */
const TYPE_NAME = /^(?:Microsoft|System)\.[A-Za-z0-9_.`+]+(?:\[\])?$/;

// --- One JSON file as records ------------------------------------------------------------------

/** A parsed inventory JSON file: its records and where each property is. */
class JsonFile {
  readonly records: Array<Record<string, unknown>> = [];
  private readonly depthHits = new Map<string, { count: number; at: At; typeName: string; what: string }>();

  constructor(
    readonly source: SourceFile,
    private readonly spans: WeakMap<object, ObjectSpans>,
    private readonly problems: InventoryProblem[],
  ) {}

  get path(): string {
    return this.source.path;
  }

  /** Where a record, or one of its properties' values, is. */
  at(record: object, property?: string): At {
    const info = this.spans.get(record);
    if (!info) return { source: this.source, start: 0, end: 0 };
    if (property !== undefined) {
      const key = findKey(record, property);
      const prop = key !== undefined ? info.props.get(key) : undefined;
      if (prop) return { source: this.source, start: prop.key.start, end: prop.value.end };
    }
    // The first line of the record: its opening brace up to the first property.
    const first = [...info.props.values()][0];
    return { source: this.source, start: info.span.start, end: first ? first.value.end : info.span.end };
  }

  problem(messageId: string, data: Record<string, string | number>, at: At): void {
    this.problems.push({ ruleId: 'drift-inventory', messageId, data: { file: this.path, ...data }, at });
  }

  raw(record: Record<string, unknown>, property: string): unknown {
    const key = findKey(record, property);
    return key === undefined ? undefined : record[key];
  }

  string(record: Record<string, unknown>, property: string): string | undefined {
    const value = this.raw(record, property);
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    return undefined;
  }

  /** A string that identifies a record; reports the record when it is missing. */
  required(record: Record<string, unknown>, property: string, what: string): string | undefined {
    const value = this.string(record, property);
    if (value !== undefined && value.trim() !== '') return value.trim();
    const raw = this.raw(record, property);
    this.problem(
      'missing',
      { property, got: raw === undefined ? 'no such property' : describeValue(raw), what },
      this.at(record, raw === undefined ? undefined : property),
    );
    return undefined;
  }

  integer(record: Record<string, unknown>, property: string, what: string): number | undefined {
    const value = this.raw(record, property);
    if (value === undefined || value === null) return undefined;
    const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    if (typeof n === 'number' && Number.isInteger(n)) return n;
    this.problem(
      'badValue',
      { property, value: describeValue(value), expected: 'a whole number', what },
      this.at(record, property),
    );
    return undefined;
  }

  boolean(record: Record<string, unknown>, property: string): boolean | undefined {
    const value = this.raw(record, property);
    if (typeof value === 'boolean') return value;
    if (value === 'True' || value === 'true') return true;
    if (value === 'False' || value === 'false') return false;
    return undefined;
  }

  /** An enum written as a number or a name; an unknown value is reported and gives undefined. */
  enumValue<T>(record: Record<string, unknown>, property: string, table: EnumTable<T>, what: string): T | undefined {
    const value = this.raw(record, property);
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && table.byNumber.has(value)) return table.byNumber.get(value);
    if (typeof value === 'string') {
      const named = table.byName.get(value.trim().toLowerCase());
      if (named !== undefined) return named;
      if (/^\d+$/.test(value.trim()) && table.byNumber.has(Number(value))) return table.byNumber.get(Number(value));
    }
    this.problem(
      'enum',
      {
        property: table.name === property ? property : `${property} (${table.name})`,
        value: describeValue(value),
        expected: table.expected,
        what,
      },
      this.at(record, property),
    );
    return undefined;
  }

  /**
   * A nested object. A type-name string in its place means ConvertTo-Json's -Depth was too low:
   * counted and reported once per file and property (`flushDepth`), and undefined is returned.
   */
  nested(record: Record<string, unknown>, property: string, what: string): Record<string, unknown> | undefined {
    const value = this.raw(record, property);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
    if (typeof value === 'string' && TYPE_NAME.test(value.trim())) {
      const hit = this.depthHits.get(property);
      if (hit) hit.count++;
      else this.depthHits.set(property, { count: 1, at: this.at(record, property), typeName: value.trim(), what });
    }
    return undefined;
  }

  flushDepth(): void {
    for (const [property, hit] of this.depthHits) {
      this.problem(
        'depth',
        {
          property,
          typeName: hit.typeName,
          count: hit.count === 1 ? 'in 1 record' : `in ${hit.count} records`,
          what: hit.what,
        },
        hit.at,
      );
    }
    this.depthHits.clear();
  }
}

function findKey(record: object, property: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(record, property)) return property;
  const lower = property.toLowerCase();
  return Object.keys(record).find((k) => k.toLowerCase() === lower);
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

/** Maximum size of one inventory file. A Get-VM export of a thousand VMs is a few MB. */
export const MAX_INVENTORY_FILE_BYTES = 64 * 1024 * 1024;

/**
 * Decode and parse one JSON inventory file into records. Undefined (with a problem) when it cannot
 * be used at all; an empty file is a valid empty list (ConvertTo-Json of nothing writes nothing).
 */
export function readJsonFile(
  file: InventoryFile,
  what: string,
  problems: InventoryProblem[],
  sources: Map<string, SourceFile>,
): JsonFile | undefined {
  const empty = new SourceFile(file.path, '');
  if (file.refused) {
    problems.push({
      ruleId: 'drift-inventory',
      messageId: 'unreadable',
      data: { file: file.path, reason: file.refused, what },
      at: { source: empty, start: 0, end: 0 },
    });
    return undefined;
  }
  if (file.bytes.length > MAX_INVENTORY_FILE_BYTES) {
    problems.push({
      ruleId: 'drift-inventory',
      messageId: 'unreadable',
      data: { file: file.path, reason: `it is larger than ${MAX_INVENTORY_FILE_BYTES / 1024 / 1024} MiB`, what },
      at: { source: empty, start: 0, end: 0 },
    });
    return undefined;
  }
  const decoded = decode(file.bytes);
  if (!decoded.ok) {
    problems.push({
      ruleId: 'drift-inventory',
      messageId: 'encoding',
      data: { file: file.path, reason: decoded.reason, what },
      at: { source: empty, start: 0, end: 0 },
    });
    return undefined;
  }
  const source = new SourceFile(file.path, decoded.text);
  sources.set(file.path, source);
  const parsed = parseJson(decoded.text);
  if (!parsed.ok) {
    problems.push({
      ruleId: 'drift-inventory',
      messageId: 'json',
      data: { file: file.path, reason: parsed.message, what },
      at: { source, start: parsed.offset, end: Math.min(parsed.offset + 1, decoded.text.length) },
    });
    return undefined;
  }
  const json = new JsonFile(source, parsed.spans, problems);
  const value = parsed.value;
  const items = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      json.records.push(item as Record<string, unknown>);
    } else {
      problems.push({
        ruleId: 'drift-inventory',
        messageId: 'notRecords',
        data: { file: file.path, got: describeValue(item), what },
        at: { source, start: 0, end: 0 },
      });
      return undefined;
    }
  }
  return json;
}

// --- Dates, sizes, names ------------------------------------------------------------------------

/**
 * A CreationTime as ISO 8601: Windows PowerShell 5.1 writes `\/Date(1709280000000)\/` (ms since
 * the epoch, UTC; an offset suffix only says how it was displayed), PowerShell 7 an ISO string.
 */
export function parsePsDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const ms = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value.trim());
  if (ms) return isoSeconds(new Date(Number(ms[1])));
  const iso = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(value.trim());
  if (iso) {
    // A time without an offset (DateTimeKind Unspecified) is taken as UTC.
    const date = new Date(`${iso[1]}${iso[2] ?? ''}${iso[3] ?? 'Z'}`);
    return Number.isNaN(date.getTime()) ? undefined : isoSeconds(date);
  }
  return undefined;
}

function isoSeconds(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** An IPAddress written as a string, or as the object ConvertTo-Json makes of System.Net.IPAddress. */
function ipText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object') {
    const text = (value as Record<string, unknown>)['IPAddressToString'];
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** A node's host name as a VM name: `WEB01.corp.contoso.com` → `WEB01`. */
export function shortHostName(name: string): string {
  const trimmed = name.trim();
  return /^\d+\.\d+\.\d+\.\d+$/.test(trimmed) ? trimmed : trimmed.split('.')[0]!;
}

/** Paths compare as Windows compares them: case-insensitively, `/` and `\` alike. */
export function pathKey(path: string): string {
  return path.trim().replace(/\//g, '\\').toLowerCase();
}

// --- A host directory ---------------------------------------------------------------------------

export interface HostDirectory {
  /** Display path of the directory. */
  dir: string;
  /** Its last path segment: the host name when the header does not give one. */
  dirName: string;
  /** Its files by lower-case file name. */
  files: Map<string, InventoryFile>;
}

export interface HostResult {
  host: InventoryHost;
  vms: ObservedVm[];
  vhds: ObservedVhd[];
  nlbClusters: ObservedNlbCluster[];
}

export function parseHostDirectory(
  directory: HostDirectory,
  problems: InventoryProblem[],
  sources: Map<string, SourceFile>,
): HostResult {
  const host: InventoryHost = { dir: directory.dir, name: directory.dirName, nodes: [], read: new Set() };
  const fileOf = (set: DataSet): InventoryFile | undefined => directory.files.get(HOST_FILES[set].toLowerCase());
  const pathOf = (set: DataSet): string => `${directory.dir}/${HOST_FILES[set]}`;

  readHeader(directory, fileOf('header'), host, problems, sources);
  const name = host.name;
  const what: Record<DataSet, string> = {
    header: 'the header',
    vmHost: `the memory and logical processors of ${name}`,
    teams: `the NIC teams of ${name}`,
    vmSwitches: `the virtual switches of ${name}`,
    netAdapters: `the network adapters of ${name}`,
    vms: `the VMs of ${name}`,
    disks: `the hard disk drives of the VMs on ${name}`,
    dvds: `the DVD drives of the VMs on ${name}`,
    scsi: `the SCSI controllers of the VMs on ${name}`,
    adapters: `the network adapters of the VMs on ${name}`,
    vhds: `the disk formats and types on ${name}`,
    snapshots: `the checkpoints of the VMs on ${name}`,
    nlbClusters: `the NLB clusters ${name} reports`,
    nlbNodes: `the NLB nodes ${name} reports`,
    nlbVips: `the NLB VIPs ${name} reports`,
  };
  const load = (set: DataSet, requiredWith?: DataSet): JsonFile | undefined => {
    const file = fileOf(set);
    if (!file) {
      if (requiredWith && fileOf(requiredWith)) {
        const at = { source: new SourceFile(pathOf(set), ''), start: 0, end: 0 };
        problems.push({
          ruleId: 'drift-inventory',
          messageId: 'unreadable',
          data: { file: pathOf(set), reason: 'the file is missing', what: what[set] },
          at,
        });
      }
      return undefined;
    }
    const json = readJsonFile(file, what[set], problems, sources);
    if (json) host.read.add(HOST_FILES[set]);
    return json;
  };

  const result: HostResult = { host, vms: [], vhds: [], nlbClusters: [] };
  const vmHostFile = load('vmHost');
  if (vmHostFile) {
    readVmHost(vmHostFile, host);
    vmHostFile.flushDepth();
  }
  const teamsFile = load('teams');
  const switchesFile = load('vmSwitches', 'teams');
  const adaptersFile = load('netAdapters', 'teams');
  if (teamsFile && switchesFile && adaptersFile) host.nics = readNics(teamsFile, switchesFile, adaptersFile);
  for (const file of [teamsFile, switchesFile, adaptersFile]) file?.flushDepth();
  const vmsFile = load('vms');
  if (vmsFile) result.vms = readVms(vmsFile, host);
  const byName = new Map(result.vms.map((vm) => [vm.name.toLowerCase(), vm]));
  const INCOMPLETE: Partial<Record<DataSet, IncompleteSet>> = {
    disks: 'disk',
    dvds: 'dvd',
    scsi: 'scsi',
    adapters: 'adapters',
    snapshots: 'checkpoints',
  };
  /** The VM a record belongs to; 'unknown' when the record does not say (then every VM's set is incomplete). */
  const vmOf = (
    json: JsonFile,
    record: Record<string, unknown>,
    skipped: string,
  ): ObservedVm | 'unknown' | undefined => {
    const vmName = json.required(record, 'VMName', skipped);
    return vmName === undefined ? 'unknown' : byName.get(vmName.toLowerCase());
  };

  for (const set of HYPERV_SETS) {
    const json = load(set, 'vms');
    if (!vmsFile) continue;
    const known = json !== undefined;
    // Mark the data set known (possibly empty) on every VM of this host, so absence means absence.
    for (const vm of result.vms) {
      if (!known) continue;
      if (set === 'disks') {
        vm.drives ??= [];
        vm.driveKinds.add('disk');
      } else if (set === 'dvds') {
        vm.drives ??= [];
        vm.driveKinds.add('dvd');
      } else if (set === 'scsi') vm.scsiControllers ??= [];
      else if (set === 'adapters') vm.adapters ??= [];
      else if (set === 'snapshots') vm.checkpoints ??= [];
    }
    if (!json) continue;
    for (const record of json.records) {
      if (set === 'vhds') {
        const vhd = readVhd(json, record, 'this disk');
        if (vhd) result.vhds.push(vhd);
        continue;
      }
      const vm = vmOf(
        json,
        record,
        `this ${set === 'disks' ? 'drive' : set === 'dvds' ? 'DVD drive' : set === 'scsi' ? 'controller' : set === 'adapters' ? 'adapter' : 'checkpoint'}`,
      );
      const incomplete = INCOMPLETE[set]!;
      if (vm === 'unknown') {
        for (const each of result.vms) each.incomplete.add(incomplete);
        continue;
      }
      if (!vm) continue;
      let read = false;
      if (set === 'disks' || set === 'dvds') {
        const drive = readDrive(json, record, set === 'dvds' ? 'dvd' : 'disk');
        if ((read = drive !== undefined)) vm.drives!.push(drive!);
      } else if (set === 'scsi') {
        const number = json.integer(record, 'ControllerNumber', 'this controller');
        if ((read = number !== undefined)) vm.scsiControllers!.push({ number: number!, at: json.at(record) });
      } else if (set === 'adapters') {
        const adapter = readAdapter(json, record);
        if ((read = adapter !== undefined)) vm.adapters!.push(adapter!);
      } else if (set === 'snapshots') {
        const checkpoint = readCheckpoint(json, record);
        if ((read = checkpoint !== undefined)) vm.checkpoints!.push(checkpoint!);
      }
      if (!read) vm.incomplete.add(incomplete);
    }
    json.flushDepth();
  }
  vmsFile?.flushDepth();

  const nlbFile = load('nlbClusters');
  const nlbExtra = NLB_SETS.map((set) => [set, load(set, 'nlbClusters')] as const);
  if (nlbFile) {
    result.nlbClusters = readNlbClusters(nlbFile, host);
    const byCluster = (json: JsonFile, record: Record<string, unknown>): ObservedNlbCluster | undefined => {
      const clusterName = json.string(record, 'Cluster') ?? json.string(record, 'ClusterName');
      if (clusterName) {
        const key = clusterName.toLowerCase();
        return result.nlbClusters.find(
          (c) =>
            c.name.toLowerCase() === key ||
            shortHostName(c.name).toLowerCase() === shortHostName(key).toLowerCase() ||
            c.vip === clusterName,
        );
      }
      // Get-NlbClusterVip on a host of one cluster does not always name it.
      return result.nlbClusters.length === 1 ? result.nlbClusters[0] : undefined;
    };
    for (const [set, json] of nlbExtra) {
      if (!json) continue;
      for (const cluster of result.nlbClusters) {
        if (set === 'nlbNodes') cluster.nodes = [];
        else cluster.vips = [];
      }
      for (const record of json.records) {
        const cluster = byCluster(json, record);
        if (!cluster) {
          json.problem(
            'missing',
            {
              property: 'Cluster',
              got: describeValue(json.raw(record, 'Cluster') ?? null),
              what: set === 'nlbNodes' ? 'this node' : 'this VIP',
            },
            json.at(record),
          );
          continue;
        }
        if (set === 'nlbNodes') {
          const nodeName = json.required(record, 'Name', 'this node');
          if (nodeName === undefined) continue;
          const node: ObservedNlbNode = { name: shortHostName(nodeName), at: json.at(record) };
          const adapter = json.string(record, 'InterfaceName');
          if (adapter) node.adapter = adapter;
          const priority = json.integer(record, 'HostPriority', 'the priority of this node');
          if (priority !== undefined) node.priority = priority;
          cluster.nodes!.push(node);
        } else {
          const ip = ipText(json.raw(record, 'IPAddress'));
          if (!ip) {
            json.problem(
              'missing',
              { property: 'IPAddress', got: describeValue(json.raw(record, 'IPAddress') ?? null), what: 'this VIP' },
              json.at(record),
            );
            continue;
          }
          const vip: NonNullable<ObservedNlbCluster['vips']>[number] = { ip, at: json.at(record, 'IPAddress') };
          const mask = ipText(json.raw(record, 'SubnetMask'));
          if (mask) vip.subnetMask = mask;
          cluster.vips!.push(vip);
        }
      }
      json.flushDepth();
    }
    nlbFile.flushDepth();
  }
  return result;
}

function readHeader(
  directory: HostDirectory,
  file: InventoryFile | undefined,
  host: InventoryHost,
  problems: InventoryProblem[],
  sources: Map<string, SourceFile>,
): void {
  const path = `${directory.dir}/${HOST_FILES.header}`;
  const headerProblem = (reason: string, at: At): void => {
    problems.push({
      ruleId: 'drift-inventory',
      messageId: 'header',
      data: { file: path, reason, host: directory.dirName },
      at,
    });
  };
  if (!file) {
    headerProblem('the header is missing', { source: new SourceFile(path, ''), start: 0, end: 0 });
    return;
  }
  const json = readJsonFile(file, 'the header', problems, sources);
  if (!json) return;
  const record = json.records[0];
  if (!record) {
    headerProblem('the header is empty', { source: json.source, start: 0, end: 0 });
    return;
  }
  host.read.add(HOST_FILES.header);
  const name = json.string(record, 'Host') ?? json.string(record, 'ComputerName');
  if (name && name.trim()) host.name = shortHostName(name);
  else headerProblem('the header has no "Host"', json.at(record));
  const cluster = json.string(record, 'Cluster');
  if (cluster && cluster.trim()) host.cluster = shortHostName(cluster);
  const nodes = json.raw(record, 'Nodes');
  const list = Array.isArray(nodes) ? nodes : typeof nodes === 'string' ? [nodes] : [];
  host.nodes = list.filter((n): n is string => typeof n === 'string' && n.trim() !== '').map(shortHostName);
  const collectedAt = parsePsDate(json.raw(record, 'CollectedAt'));
  if (collectedAt) host.collectedAt = collectedAt;
  const windows = json.string(record, 'WindowsVersion');
  if (windows) host.windowsVersion = windows;
  const domain = json.string(record, 'Domain');
  if (domain && domain.trim()) host.domain = domain.trim().toLowerCase();
}

function readVms(json: JsonFile, host: InventoryHost): ObservedVm[] {
  const vms: ObservedVm[] = [];
  const seen = new Set<string>();
  for (const record of json.records) {
    const name = json.required(record, 'Name', 'this VM');
    if (name === undefined) continue;
    if (seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const vm: ObservedVm = {
      name,
      host: host.name,
      at: json.at(record, 'Name'),
      driveKinds: new Set(),
      incomplete: new Set(),
    };
    if (host.cluster) vm.cluster = host.cluster;
    const generation = json.integer(record, 'Generation', `the generation of VM "${name}"`);
    if (generation === 1 || generation === 2) vm.generation = generation;
    else if (generation !== undefined)
      json.problem(
        'badValue',
        { property: 'Generation', value: generation, expected: '1 or 2', what: `the generation of VM "${name}"` },
        json.at(record, 'Generation'),
      );
    const clustered = json.boolean(record, 'IsClustered');
    if (clustered !== undefined) vm.clustered = clustered;
    const startup = mebibytes(json, record, 'MemoryStartup', `the memory of VM "${name}"`);
    if (startup !== undefined) {
      const memory: NonNullable<ObservedVm['memory']> = { startupMB: startup, at: json.at(record, 'MemoryStartup') };
      const dynamic = json.boolean(record, 'DynamicMemoryEnabled');
      if (dynamic !== undefined) memory.dynamic = dynamic;
      // Minimum and maximum only mean something with dynamic memory; Get-VM reports defaults otherwise.
      if (dynamic === true) {
        const minimum = mebibytes(json, record, 'MemoryMinimum', `the memory of VM "${name}"`);
        if (minimum !== undefined) memory.minimumMB = minimum;
        const maximum = mebibytes(json, record, 'MemoryMaximum', `the memory of VM "${name}"`);
        if (maximum !== undefined) memory.maximumMB = maximum;
      }
      vm.memory = memory;
    }
    const processors = json.integer(record, 'ProcessorCount', `the processor count of VM "${name}"`);
    if (processors !== undefined && processors >= 1) vm.processorCount = processors;
    vms.push(vm);
  }
  return vms;
}

export const TEAMING_MODE = enumTable<'static' | 'switch-independent' | 'lacp'>('TeamingMode', [
  [0, 'Static', 'static'],
  [1, 'SwitchIndependent', 'switch-independent'],
  [2, 'Lacp', 'lacp'],
]);
export const LOAD_BALANCING = enumTable<'dynamic' | 'hyper-v-port' | 'address-hash'>('LoadBalancingAlgorithm', [
  [0, 'TransportPorts', 'address-hash'],
  [2, 'IPAddresses', 'address-hash'],
  [3, 'MacAddresses', 'address-hash'],
  [4, 'HyperVPort', 'hyper-v-port'],
  [5, 'Dynamic', 'dynamic'],
]);

/**
 * Teams (Get-NetLbfoTeam) and the physical NICs external virtual switches are bound to without a
 * team: a switch names its adapter by interface description (Get-VMSwitch
 * NetAdapterInterfaceDescription), which Get-NetAdapter turns into a name.
 */
function readNics(teams: JsonFile, switches: JsonFile, adapters: JsonFile): ObservedNic[] {
  const nics: ObservedNic[] = [];
  for (const record of teams.records) {
    const name = teams.required(record, 'Name', 'this team');
    if (name === undefined) continue;
    const mode = teams.enumValue(record, 'TeamingMode', TEAMING_MODE, `the mode of team "${name}"`);
    if (mode === undefined) continue;
    const nic: ObservedNic = { name, mode, members: [] };
    const balancing = teams.enumValue(
      record,
      'LoadBalancingAlgorithm',
      LOAD_BALANCING,
      `the load balancing of "${name}"`,
    );
    if (balancing) nic.loadBalancing = balancing;
    const members = teams.raw(record, 'Members');
    const list = Array.isArray(members) ? members : typeof members === 'string' ? [members] : [];
    nic.members = list.filter((m): m is string => typeof m === 'string' && m.trim() !== '').map((m) => m.trim());
    nics.push(nic);
  }
  const byDescription = new Map<string, string>();
  for (const record of adapters.records) {
    const name = adapters.string(record, 'Name');
    const description = adapters.string(record, 'InterfaceDescription');
    if (name && description) byDescription.set(description.trim().toLowerCase(), name.trim());
  }
  for (const record of switches.records) {
    const name = switches.string(record, 'Name');
    const description = switches.string(record, 'NetAdapterInterfaceDescription');
    if (!name || !description) continue; // internal and private switches have no adapter
    const adapter = byDescription.get(description.trim().toLowerCase());
    if (!adapter) continue;
    const team = nics.find((n) => n.name.toLowerCase() === adapter.toLowerCase());
    if (team) team.virtualSwitch = name.trim();
    else nics.push({ name: adapter, mode: 'none', members: [adapter], virtualSwitch: name.trim() });
  }
  return nics.sort((a, b) => (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
}

/** A byte count (Get-VM MemoryStartup, Get-VMHost MemoryCapacity) in MiB; Hyper-V memory is whole MiB. */
function mebibytes(
  json: JsonFile,
  record: Record<string, unknown>,
  property: string,
  what: string,
): number | undefined {
  const bytes = json.integer(record, property, what);
  if (bytes === undefined) return undefined;
  if (bytes < 1024 * 1024) {
    json.problem(
      'badValue',
      { property, value: bytes, expected: 'a size in bytes of at least 1 MiB', what },
      json.at(record, property),
    );
    return undefined;
  }
  return Math.round(bytes / (1024 * 1024));
}

/** Get-VMHost: the host's physical memory and logical processors. */
function readVmHost(json: JsonFile, host: InventoryHost): void {
  const record = json.records[0];
  if (!record) return;
  host.resourcesAt = json.at(record);
  const memory = mebibytes(json, record, 'MemoryCapacity', `the memory of ${host.name}`);
  if (memory !== undefined) host.memoryMB = memory;
  const processors = json.integer(record, 'LogicalProcessorCount', `the logical processors of ${host.name}`);
  if (processors !== undefined && processors >= 1) host.logicalProcessors = processors;
}

function readDrive(json: JsonFile, record: Record<string, unknown>, kind: 'disk' | 'dvd'): ObservedDrive | undefined {
  const skipped = kind === 'dvd' ? 'this DVD drive' : 'this drive';
  const controller = json.enumValue(record, 'ControllerType', CONTROLLER_TYPE, skipped);
  const number = json.integer(record, 'ControllerNumber', skipped);
  const location = json.integer(record, 'ControllerLocation', skipped);
  if (controller === undefined || number === undefined || location === undefined) {
    if (json.raw(record, 'ControllerType') === undefined)
      json.problem('missing', { property: 'ControllerType', got: 'no such property', what: skipped }, json.at(record));
    return undefined;
  }
  const drive: ObservedDrive = { controller, number, location, kind, at: json.at(record) };
  const path = json.string(record, 'Path');
  if (path && path.trim()) drive.path = path.trim();
  return drive;
}

function readVhd(json: JsonFile, record: Record<string, unknown>, skipped: string): ObservedVhd | undefined {
  const path = json.required(record, 'Path', skipped);
  if (path === undefined) return undefined;
  const vhd: ObservedVhd = { path, at: json.at(record, 'Path') };
  const format = json.enumValue(record, 'VhdFormat', VHD_FORMAT, `the format of "${path}"`);
  if (format) vhd.format = format;
  const type = json.enumValue(record, 'VhdType', VHD_TYPE, `the type of "${path}"`);
  if (type) vhd.type = type;
  const size = json.raw(record, 'Size');
  if (typeof size === 'number' && size > 0) vhd.sizeBytes = size;
  const parent = json.string(record, 'ParentPath');
  if (parent && parent.trim()) vhd.parentPath = parent.trim();
  return vhd;
}

function readAdapter(json: JsonFile, record: Record<string, unknown>): ObservedAdapter | undefined {
  const name = json.required(record, 'Name', 'this adapter');
  if (name === undefined) return undefined;
  const vmName = json.string(record, 'VMName') ?? '';
  const label = `adapter "${name}" of VM "${vmName}"`;
  const switchName = json.string(record, 'SwitchName');
  const adapter: ObservedAdapter = {
    name,
    switch: switchName && switchName.trim() ? switchName.trim() : null,
    at: json.at(record, 'Name'),
  };
  const spoofing = json.enumValue(record, 'MacAddressSpoofing', ON_OFF, `the MAC address spoofing of ${label}`);
  if (spoofing !== undefined) adapter.spoofing = spoofing;
  const dynamic = json.boolean(record, 'DynamicMacAddressEnabled');
  if (dynamic !== undefined) adapter.dynamicMac = dynamic;
  const macText = json.string(record, 'MacAddress');
  if (macText && macText.trim()) {
    const mac = normalizeMac(macText.trim());
    if (mac) adapter.mac = mac;
    else
      json.problem(
        'badValue',
        {
          property: 'MacAddress',
          value: JSON.stringify(macText),
          expected: 'a MAC address (12 hex digits)',
          what: `the MAC address of ${label}`,
        },
        json.at(record, 'MacAddress'),
      );
  }
  const legacy = json.boolean(record, 'IsLegacy');
  if (legacy !== undefined) adapter.legacy = legacy;
  const vlan = json.nested(record, 'VlanSetting', 'the VLANs of those adapters');
  if (vlan) {
    const mode = json.enumValue(vlan, 'OperationMode', VLAN_MODE, `the VLAN of ${label}`);
    if (mode !== undefined) adapter.vlanMode = mode;
    if (mode === 'untagged') adapter.vlan = null;
    else if (mode === 'access') {
      const id = json.integer(vlan, 'AccessVlanId', `the VLAN of ${label}`);
      if (id !== undefined) adapter.vlan = id === 0 ? null : id;
    } else if (mode !== undefined) adapter.vlan = 'other';
  }
  return adapter;
}

function readCheckpoint(json: JsonFile, record: Record<string, unknown>): ObservedCheckpoint | undefined {
  const name = json.required(record, 'Name', 'this checkpoint');
  if (name === undefined) return undefined;
  const checkpoint: ObservedCheckpoint = { name, at: json.at(record, 'Name') };
  const type = json.enumValue(record, 'SnapshotType', SNAPSHOT_TYPE, `the type of checkpoint "${name}"`);
  if (type) checkpoint.type = type;
  const created = parsePsDate(json.raw(record, 'CreationTime'));
  if (created) checkpoint.created = created;
  return checkpoint;
}

function readNlbClusters(json: JsonFile, host: InventoryHost): ObservedNlbCluster[] {
  const clusters: ObservedNlbCluster[] = [];
  for (const record of json.records) {
    const name = json.required(record, 'Name', 'this NLB cluster');
    if (name === undefined) continue;
    const at = json.at(record, 'Name');
    const cluster: ObservedNlbCluster = { name, reports: [], at };
    const vip = ipText(json.raw(record, 'IPAddress'));
    if (vip) cluster.vip = vip;
    const mask = ipText(json.raw(record, 'SubnetMask'));
    if (mask) cluster.subnetMask = mask;
    const rawMode = json.raw(record, 'OperationMode') ?? json.raw(record, 'Mode');
    let mode: NlbMode | undefined;
    if (typeof rawMode === 'number') {
      json.problem(
        'nlbModeNumber',
        { value: rawMode, what: `the mode of NLB cluster "${name}"` },
        json.at(record, 'OperationMode'),
      );
    } else if (rawMode !== undefined) {
      mode = json.enumValue(
        record,
        json.raw(record, 'OperationMode') !== undefined ? 'OperationMode' : 'Mode',
        NLB_MODE,
        `the mode of NLB cluster "${name}"`,
      );
    }
    if (mode) cluster.mode = mode;
    cluster.reports.push(mode ? { host: host.name, mode, at } : { host: host.name, at });
    clusters.push(cluster);
  }
  return clusters;
}
