/**
 * The estate as CEL sees it: `self` (the matched document), `estate` (typed collections and the
 * joins the model already indexes) and the helper functions for NLB and network arithmetic.
 *
 * A document becomes a CEL value when a policy first looks at it, once per run (toCel: only
 * the parts holding integers are copied), so integers are CEL `int`: `vlan == 20` compares like
 * with like and `vlan + 1` is an int. The same document is always the same object, so joins are
 * cheap and a value returned by a join can be traced back to its document for related locations.
 */
import { Environment } from '@marcbachmann/cel-js';
import { minimatch } from 'minimatch';
import type { ManifestDocument } from '../model/document.js';
import { nameKey, type Estate, type Manifest } from '../model/estate.js';
import type { Kind, NlbMode } from '../model/kinds.js';
import { backupCoverage } from '../model/backup.js';
import { uplinksOf } from '../model/topology.js';
import { clusterMacFor, igmpGroupFor, multicastMacForGroup, normalizeMac, parseIpv4 } from '../model/nlb.js';

/** A CEL value built from YAML data. */
type CelValue = unknown;
type CelMap = Record<string, CelValue>;

/** Limits checked when an expression is parsed (huge literals, deep nesting). */
export const PARSE_LIMITS = {
  maxAstNodes: 2000,
  maxDepth: 48,
  maxListElements: 256,
  maxMapEntries: 256,
  maxCallArguments: 16,
};

/** The longest expression accepted, in characters. */
export const MAX_EXPRESSION_LENGTH = 10_000;

/** Collections of `estate`, by field name and kind. */
export const COLLECTIONS: ReadonlyArray<readonly [string, Kind]> = [
  ['hosts', 'HyperVHost'],
  ['clusters', 'HyperVCluster'],
  ['vms', 'VirtualMachine'],
  ['nlbClusters', 'NlbCluster'],
  ['switches', 'Switch'],
  ['domainControllers', 'DomainController'],
  ['backupJobs', 'BackupJob'],
];

/** Single-document look-ups on `estate`, by method name and kind: `estate.vm("WEB01")`. */
export const LOOKUPS: ReadonlyArray<readonly [string, Kind]> = [
  ['host', 'HyperVHost'],
  ['cluster', 'HyperVCluster'],
  ['vm', 'VirtualMachine'],
  ['nlbCluster', 'NlbCluster'],
  ['switch', 'Switch'],
  ['domainController', 'DomainController'],
  ['backupJob', 'BackupJob'],
];

/**
 * YAML data → CEL data: integers become BigInt (CEL `int`), dates ISO strings. Only what holds
 * an integer or a date is copied; every other part (metadata, labels, lists of names) is the
 * loaded document's own object, read in place: CEL reads a map's own fields only.
 */
export function toCel(value: unknown): CelValue {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let out: CelValue[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const element = value[i] as unknown;
      const cel = toCel(element);
      if (cel !== element) (out ??= value.slice())[i] = cel;
    }
    return out ?? value;
  }
  if (value instanceof Date) return value.toISOString();
  const keys = Object.keys(value);
  let out: CelMap | undefined;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const field = (value as CelMap)[key];
    const cel = toCel(field);
    if (out) out[key] = cel;
    else if (cel !== field) {
      out = Object.create(null) as CelMap;
      for (let j = 0; j < i; j++) out[keys[j]!] = (value as CelMap)[keys[j]!];
      out[key] = cel;
    }
  }
  return out ?? value;
}

/** CEL data → plain JS for messages and tests: BigInt → number. */
export function fromCel(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(fromCel);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [String(k), fromCel(v)]));
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = fromCel((value as CelMap)[key]);
    return out;
  }
  return value;
}

/**
 * The `estate` variable: one per run. Every document, collection and join result is built once
 * and cached, so twenty policies over the same estate share the work.
 */
export class EstateView {
  readonly model: Estate;
  private readonly docs = new Map<ManifestDocument, CelMap>();
  private readonly back = new Map<object, ManifestDocument>();
  private readonly lists = new Map<string, CelValue[]>();
  private readonly memo = new Map<string, Map<Manifest, CelValue>>();

  constructor(model: Estate) {
    this.model = model;
    // Collections as own properties, built on first use (cel-js reads own properties of a registered type).
    for (const [field, kind] of COLLECTIONS) {
      Object.defineProperty(this, field, { enumerable: true, get: () => this.collection(kind) });
    }
  }

  /** The CEL map of a document (the same object every time). */
  doc(document: ManifestDocument): CelMap {
    let cel = this.docs.get(document);
    if (!cel) {
      cel = toCel(document.value) as CelMap;
      this.docs.set(document, cel);
      this.back.set(cel, document);
    }
    return cel;
  }

  /** The document a CEL map came from, if it is one. */
  documentOf(value: unknown): ManifestDocument | undefined {
    return value !== null && typeof value === 'object' ? this.back.get(value) : undefined;
  }

  collection(kind: Kind): CelValue[] {
    let list = this.lists.get(kind);
    if (!list) this.lists.set(kind, (list = this.model.of(kind).map((d) => this.doc(d))));
    return list;
  }

  lookup(kind: Kind, name: unknown): CelValue {
    if (typeof name !== 'string') return null;
    const found = this.model.get(kind, name);
    return found ? this.doc(found) : null;
  }

  /** A document argument of a join, with its kind; undefined for anything else. */
  private arg(value: unknown): Manifest | undefined {
    const document = this.documentOf(value);
    return document && document.valid ? (document as Manifest) : undefined;
  }

  private cached(name: string, key: Manifest, build: () => CelValue): CelValue {
    let table = this.memo.get(name);
    if (!table) this.memo.set(name, (table = new Map()));
    if (table.has(key)) return table.get(key);
    const value = build();
    table.set(key, value);
    return value;
  }

  /** Hosts a VM can run on; the nodes of a cluster. */
  hostsOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d) return [];
    return this.cached('hostsOf', d, () => {
      if (d.kind === 'VirtualMachine')
        return this.model.hostsAbleToRun(d as Manifest<'VirtualMachine'>).map((h) => this.doc(h));
      if (d.kind === 'HyperVCluster') return this.model.hostsOfCluster(d.name).map((h) => this.doc(h));
      return [];
    });
  }

  /** The cluster of a VM or host, or null. */
  clusterOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || (d.kind !== 'VirtualMachine' && d.kind !== 'HyperVHost')) return null;
    const name = (d.spec as { cluster?: string }).cluster;
    return this.lookup('HyperVCluster', name);
  }

  /** VMs on a cluster or host; VMs a backup job covers. */
  vmsOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d) return [];
    return this.cached('vmsOf', d, () => {
      if (d.kind === 'HyperVCluster') return this.model.vmsOn('cluster', d.name).map((v) => this.doc(v));
      if (d.kind === 'HyperVHost') return this.model.vmsOn('host', d.name).map((v) => this.doc(v));
      if (d.kind === 'BackupJob')
        return backupCoverage(this.model)
          .vmsOf(d as Manifest<'BackupJob'>)
          .map((v) => this.doc(v));
      return [];
    });
  }

  /** Backup jobs that cover a VM. */
  backupJobsOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'VirtualMachine') return [];
    return this.cached('backupJobsOf', d, () =>
      backupCoverage(this.model)
        .jobsOf(d as Manifest<'VirtualMachine'>)
        .map((j) => this.doc(j)),
    );
  }

  /** The job targets that pick a VM: `{job, index, target}`. */
  backupTargetsOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'VirtualMachine') return [];
    return this.cached('backupTargetsOf', d, () =>
      backupCoverage(this.model)
        .targetsOf(d as Manifest<'VirtualMachine'>)
        .map((ref) => {
          const job = this.doc(ref.job);
          return record({
            job,
            index: BigInt(ref.index),
            target: ((job['spec'] as CelMap)['targets'] as CelValue[])[ref.index],
          });
        }),
    );
  }

  /** The NLB clusters a VM is a node of: `{cluster, index, node}`. */
  nlbNodesOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'VirtualMachine') return [];
    const index = this.model.index('policy.nlbNodesByVm', () => {
      const byVm = new Map<string, Array<{ cluster: Manifest<'NlbCluster'>; index: number }>>();
      for (const cluster of this.model.of('NlbCluster'))
        cluster.spec.nodes.forEach((node, i) => {
          const key = nameKey(node.vm);
          const list = byVm.get(key);
          if (list) list.push({ cluster, index: i });
          else byVm.set(key, [{ cluster, index: i }]);
        });
      return byVm;
    });
    return this.cached('nlbNodesOf', d, () =>
      (index.get(nameKey(d.name)) ?? []).map(({ cluster, index: i }) => {
        const doc = this.doc(cluster);
        return record({
          cluster: doc,
          index: BigInt(i),
          node: ((doc['spec'] as CelMap)['nodes'] as CelValue[])[i],
        });
      }),
    );
  }

  /** The nodes of an NLB cluster: `{vm, adapter, index, node}`; vm and adapter are null when not declared. */
  nodesOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'NlbCluster') return [];
    return this.cached('nodesOf', d, () => {
      const doc = this.doc(d);
      const nodes = (doc['spec'] as CelMap)['nodes'] as CelMap[];
      return nodes.map((node, i) => {
        const vm = this.lookup('VirtualMachine', node['vm']) as CelMap | null;
        const adapters = (vm ? ((vm['spec'] as CelMap)['networkAdapters'] ?? []) : []) as CelMap[];
        const adapterName = typeof node['adapter'] === 'string' ? nameKey(node['adapter']) : undefined;
        const adapter =
          adapters.find((a) => typeof a['name'] === 'string' && nameKey(a['name']) === adapterName) ?? null;
        return record({ vm, adapter, index: BigInt(i), node });
      });
    });
  }

  /** Where a host's NIC teams land: `{switch, team, teamIndex, lag, port}` (lag or port is null). */
  uplinksOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'HyperVHost') return [];
    return this.cached('uplinksOf', d, () => {
      const host = this.doc(d);
      const teams = ((host['spec'] as CelMap)['nicTeams'] ?? []) as CelValue[];
      return uplinksOf(this.model, d as Manifest<'HyperVHost'>).map((at) =>
        record({
          switch: this.doc(at.switch),
          team: teams[at.teamIndex],
          teamIndex: BigInt(at.teamIndex),
          lag: at.lag !== undefined ? BigInt(at.lag) : null,
          port: at.port ?? null,
        }),
      );
    });
  }

  /** A switch's bridge multicast groups by VLAN id. */
  groupsByVlan(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'Switch') return new Map();
    return this.cached('groupsByVlan', d, () => {
      const groups = ((this.doc(d)['spec'] as CelMap)['bridgeMulticastGroups'] ?? []) as CelMap[];
      const byVlan = new Map<bigint, CelValue[]>();
      for (const group of groups) {
        const vlan = group['vlan'] as bigint;
        const list = byVlan.get(vlan);
        if (list) list.push(group);
        else byVlan.set(vlan, [group]);
      }
      return byVlan;
    });
  }

  /** Every drive of a VM: `{controller, controllerIndex, drive, driveIndex, slot}` (slot: `SCSI 0:1`). */
  drivesOf(value: unknown): CelValue {
    const d = this.arg(value);
    if (!d || d.kind !== 'VirtualMachine') return [];
    return this.cached('drivesOf', d, () => {
      const controllers = ((this.doc(d)['spec'] as CelMap)['controllers'] ?? []) as CelMap[];
      const out: CelValue[] = [];
      controllers.forEach((controller, i) => {
        ((controller['drives'] ?? []) as CelMap[]).forEach((drive, j) => {
          out.push(
            record({
              controller,
              controllerIndex: BigInt(i),
              drive,
              driveIndex: BigInt(j),
              slot: `${String(controller['type']).toUpperCase()} ${String(controller['number'])}:${String(drive['location'])}`,
            }),
          );
        });
      });
      return out;
    });
  }

  /** Domain controllers of a domain (a name, or a host or cluster document's domain). */
  dcsOf(value: unknown): CelValue {
    const d = this.arg(value);
    const domain = d ? (d.spec as { domain?: unknown }).domain : value;
    if (typeof domain !== 'string') return [];
    const index = this.model.index('policy.dcsByDomain', () => {
      const byDomain = new Map<string, Manifest<'DomainController'>[]>();
      for (const dc of this.model.of('DomainController')) {
        const key = nameKey(dc.spec.domain);
        const list = byDomain.get(key);
        if (list) list.push(dc);
        else byDomain.set(key, [dc]);
      }
      return byDomain;
    });
    return (index.get(nameKey(domain)) ?? []).map((dc) => this.doc(dc));
  }
}

function record(fields: CelMap): CelMap {
  const out: CelMap = Object.create(null);
  Object.assign(out, fields);
  return out;
}

/** Whether an IPv4 address lies in a CIDR block (`10.0.0.0/8`); false for anything malformed. */
export function cidrContains(cidr: string, ip: string): boolean {
  const [base, bits, extra] = cidr.split('/');
  if (extra !== undefined || base === undefined || bits === undefined || !/^(?:[0-9]|[12][0-9]|3[0-2])$/.test(bits))
    return false;
  const net = parseIpv4(base);
  const addr = parseIpv4(ip);
  if (!net || !addr) return false;
  const n = Number(bits);
  const toInt = (o: readonly number[]): number => ((o[0]! << 24) | (o[1]! << 16) | (o[2]! << 8) | o[3]!) >>> 0;
  const mask = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
  return (toInt(net) & mask) >>> 0 === (toInt(addr) & mask) >>> 0;
}

/** Name globs compare as Windows names do: case-insensitively. */
export function globMatch(pattern: string, name: string): boolean {
  return minimatch(name, pattern, { nocase: true, dot: true, platform: 'linux' });
}

const NLB_MODES = new Set(['unicast', 'multicast', 'igmp-multicast']);

/** A helper's misuse (a bad address, an unknown mode) is a CEL runtime error with this message. */
export class HelperError extends Error {}

function requireIpv4(fn: string, ip: string): void {
  if (!parseIpv4(ip)) throw new HelperError(`${fn}: "${ip}" is not an IPv4 address`);
}

/** One signature per function, with the description docs/policies.md shows. */
export interface FunctionDoc {
  signature: string;
  description: string;
}

export const GLOBAL_FUNCTIONS: FunctionDoc[] = [
  {
    signature: 'clusterMac(vip: string, mode: string): string',
    description:
      'The NLB cluster MAC of a VIP in a mode (unicast 02-bf-…, multicast 03-bf-…, igmp-multicast 01-00-5e-7f-…).',
  },
  {
    signature: 'igmpGroup(vip: string): string',
    description: 'The IGMP group an igmp-multicast NLB cluster joins: 239.255.x.y from the last two VIP octets.',
  },
  {
    signature: 'multicastMac(group: string): string',
    description: 'The Ethernet MAC of an IPv4 multicast group (RFC 1112: 01-00-5e + the low 23 bits).',
  },
  {
    signature: 'normalizeMac(mac: string): string',
    description: 'A MAC in the canonical lower-case hyphenated form, so differently written MACs compare equal.',
  },
  {
    signature: 'cidrContains(cidr: string, ip: string): bool',
    description: 'Whether an IPv4 address lies in a CIDR block such as 10.0.0.0/8.',
  },
  {
    signature: 'globMatch(pattern: string, name: string): bool',
    description: 'Whether a name matches a glob (* ? [ab] {a,b}), case-insensitively as Windows compares names.',
  },
  {
    signature: 'sameName(a: string, b: string): bool',
    description: 'Whether two Windows names are equal, ignoring case.',
  },
];

export const ESTATE_FUNCTIONS: FunctionDoc[] = [
  ...LOOKUPS.map(([method, kind]) => ({
    signature: `estate.${method}(name: string): ${kind} or null`,
    description: `The ${kind} with that name (case-insensitive), or null.`,
  })),
  {
    signature: 'estate.hostsOf(doc): list<HyperVHost>',
    description: "A VM's hosts (its host, or every node of its cluster) or a cluster's nodes.",
  },
  { signature: 'estate.clusterOf(doc): HyperVCluster or null', description: 'The cluster of a VM or host.' },
  {
    signature: 'estate.vmsOf(doc): list<VirtualMachine>',
    description: 'VMs placed on a cluster or host, or the VMs a backup job covers.',
  },
  { signature: 'estate.backupJobsOf(vm): list<BackupJob>', description: 'The backup jobs that cover a VM.' },
  {
    signature: 'estate.backupTargetsOf(vm): list<{job, index, target}>',
    description: "Each job target that picks a VM: the job, the target's index in spec.targets, the target.",
  },
  {
    signature: 'estate.nlbNodesOf(vm): list<{cluster, index, node}>',
    description: "The NLB clusters a VM is a node of: the cluster, the node's index in spec.nodes, the node.",
  },
  {
    signature: 'estate.nodesOf(nlbCluster): list<{vm, adapter, index, node}>',
    description: "An NLB cluster's nodes with their VM and network adapter (null when not declared).",
  },
  {
    signature: 'estate.uplinksOf(host): list<{switch, team, teamIndex, lag, port}>',
    description: "Where a host's NIC teams land: the switch, the team, and the LAG (or the port, when not in a LAG).",
  },
  {
    signature: 'estate.drivesOf(vm): list<{controller, controllerIndex, drive, driveIndex, slot}>',
    description: 'Every drive of a VM with its controller and their indexes, and its slot such as SCSI 0:1.',
  },
  {
    signature: 'estate.groupsByVlan(switch): map<int, list<group>>',
    description: "A switch's bridge multicast groups by VLAN id.",
  },
  {
    signature: 'estate.dcsOf(domainOrDoc): list<DomainController>',
    description: 'The domain controllers of a domain, given by name or by a host or cluster document.',
  },
];

let shared: Environment | undefined;

/** The CEL environment of every policy: built once per process. */
export function policyEnvironment(): Environment {
  if (shared) return shared;
  const env = new Environment({ limits: PARSE_LIMITS, homogeneousAggregateLiterals: false })
    .registerType('Estate', EstateView)
    .registerVariable('self', 'map')
    .registerVariable('estate', 'Estate')
    .registerVariable('item', 'dyn')
    .registerVariable('index', 'int');
  for (const [method, kind] of LOOKUPS)
    env.registerFunction({
      name: method,
      receiverType: 'Estate',
      returnType: 'dyn',
      params: [{ name: 'name', type: 'string' }],
      handler: (view: EstateView, name: string) => view.lookup(kind, name),
    });
  const joins: Array<[string, string, (view: EstateView, arg: unknown) => unknown]> = [
    ['hostsOf', 'list', (v, a) => v.hostsOf(a)],
    ['clusterOf', 'dyn', (v, a) => v.clusterOf(a)],
    ['vmsOf', 'list', (v, a) => v.vmsOf(a)],
    ['backupJobsOf', 'list', (v, a) => v.backupJobsOf(a)],
    ['backupTargetsOf', 'list', (v, a) => v.backupTargetsOf(a)],
    ['nlbNodesOf', 'list', (v, a) => v.nlbNodesOf(a)],
    ['nodesOf', 'list', (v, a) => v.nodesOf(a)],
    ['uplinksOf', 'list', (v, a) => v.uplinksOf(a)],
    ['groupsByVlan', 'map', (v, a) => v.groupsByVlan(a)],
    ['drivesOf', 'list', (v, a) => v.drivesOf(a)],
    ['dcsOf', 'list', (v, a) => v.dcsOf(a)],
  ];
  for (const [name, returnType, handler] of joins)
    env.registerFunction({ name, receiverType: 'Estate', returnType, params: [{ name: 'doc', type: 'dyn' }], handler });
  env
    .registerFunction('clusterMac(string, string): string', (vip: string, mode: string) => {
      requireIpv4('clusterMac', vip);
      if (!NLB_MODES.has(mode))
        throw new HelperError(`clusterMac: mode must be unicast, multicast or igmp-multicast; got "${mode}"`);
      return clusterMacFor(vip, mode as NlbMode);
    })
    .registerFunction('igmpGroup(string): string', (vip: string) => {
      requireIpv4('igmpGroup', vip);
      return igmpGroupFor(vip);
    })
    .registerFunction('multicastMac(string): string', (group: string) => {
      const mac = multicastMacForGroup(group);
      if (mac === undefined) throw new HelperError(`multicastMac: "${group}" is not an IPv4 multicast address`);
      return mac;
    })
    .registerFunction('normalizeMac(string): string', (mac: string) => {
      const normal = normalizeMac(mac);
      if (normal === undefined) throw new HelperError(`normalizeMac: "${mac}" is not a MAC address`);
      return normal;
    })
    .registerFunction('cidrContains(string, string): bool', cidrContains)
    .registerFunction('globMatch(string, string): bool', globMatch)
    .registerFunction('sameName(string, string): bool', (a: string, b: string) => nameKey(a) === nameKey(b));
  shared = env;
  return env;
}
