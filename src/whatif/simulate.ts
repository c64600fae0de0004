/**
 * What happens to the estate when one element fails (docs/whatif.md, docs/domain.md §7).
 *
 * A failed host is down. A failed switch or LAG takes away the NIC team uplinks that land on it;
 * a host left with no uplink at all is cut off, and its cluster treats it as down. Then, per
 * failure, only what depends on the lost elements is recomputed:
 *  - quorum of each cluster that lost a node (§7.3: a majority of node votes plus the witness);
 *  - where the cluster restarts the VMs it has to place (§7.1): preferred owners first, then the
 *    possible owner with the most free memory; anti-affinity classes kept apart where possible;
 *    capacity = memoryMB − memoryReserveMB − what the VMs already there use;
 *  - which NLB clusters lose every node or their multicast path, which domains lose every DC,
 *    which backup jobs lose their off-host proxy, which VMs lose every network path.
 * Missing fields are never filled in with guesses: they count in the estate's favour (a host
 * without memoryMB has room for anything, a VM without memory needs none, a missing reserve is
 * 0), so every consequence reported holds whatever the missing values are, and each gap is
 * listed as something the simulation could not judge.
 */
import { nameKey, type Estate, type Manifest } from '../model/estate.js';
import type { ManifestDocument } from '../model/document.js';
import type { JsonPath } from '../load/yaml/locate.js';
import type { RelatedReport } from '../rules/types.js';
import {
  attachmentKey,
  bridgeGroupLabel,
  bridgeGroupsFor,
  describeAttachment,
  membersCover,
  uplinkPath,
  uplinksOf,
  type Attachment,
} from '../model/topology.js';
import { backupCoverage } from '../model/backup.js';
import { describeFailure, type Failure } from './failures.js';

type Host = Manifest<'HyperVHost'>;
type Cluster = Manifest<'HyperVCluster'>;
type VirtualMachine = Manifest<'VirtualMachine'>;
type NlbCluster = Manifest<'NlbCluster'>;
type DomainController = Manifest<'DomainController'>;

/** The rules a consequence belongs to: each is configurable like any rule. */
export const WHATIF_RULE_IDS = [
  'cluster-n1-capacity',
  'cluster-quorum-n1',
  'nlb-single-failure-domain',
  'dc-single-failure-domain',
  'network-single-failure-domain',
  'backup-proxy-single-failure-domain',
] as const;
export type WhatIfRuleId = (typeof WHATIF_RULE_IDS)[number];

/** One thing a failure breaks, reported at the manifest location where the fix goes. */
export interface Consequence {
  rule: WhatIfRuleId;
  messageId: string;
  /** Message data; `failure` is filled in when consequences are reported. */
  data: Record<string, string | number>;
  doc: ManifestDocument;
  path: JsonPath;
  target?: 'key' | 'value';
  related: RelatedReport[];
  /** Consequences with the same key are one problem, whichever failure causes them (lint groups them). */
  key: string;
  /** Short text for tables: `NLB-WEB loses every node`. */
  summary: string;
  /** Names of what goes down, for the diagram. */
  takesDown: string[];
  /**
   * The rule whose finding already covers this consequence in a lint (everything stopping with a
   * cluster that loses quorum; a moved NLB node outside its group): the N-1 rules leave it to that
   * finding, `hvlint whatif` still shows it with the failure that causes it.
   */
  coveredBy?: string;
}

/** Something the simulation could not judge, and the field that would let it. */
export interface NotJudged {
  doc: ManifestDocument;
  path: JsonPath;
  message: string;
}

export interface Restart {
  vm: VirtualMachine;
  from?: Host;
  to: Host;
}

export interface Outcome {
  failure: Failure;
  consequences: Consequence[];
  notJudged: NotJudged[];
  /** Clustered VMs the failure makes the cluster restart, and where. */
  restarts: Restart[];
  /** VMs down after the failure (not restarted). */
  down: VirtualMachine[];
}

/** Where a VM is after a failure. */
type VmState =
  | { up: true; host?: Host; moved: boolean; placed?: boolean }
  | { up: false; reason: string; cause?: 'capacity' | 'owners' | 'quorum' | 'host' };

// ---------------------------------------------------------------------------------------------
// Estate-wide indexes, built once and shared by every failure

interface Placement {
  /** The cluster (`estate.get('HyperVCluster', vm.spec.cluster)`). */
  cluster: Cluster | undefined;
  owners: Host[];
  home: Host | undefined;
  /** nameKey of each preferred owner, in order. */
  preferred: string[];
  /** Anti-affinity class names, lower-cased. */
  classes: string[];
  /** The first network adapter of each name (by nameKey). */
  adapters: Map<string, NonNullable<VirtualMachine['spec']['networkAdapters']>[number]>;
  /** Network adapters connected to a virtual switch. */
  linked: NonNullable<VirtualMachine['spec']['networkAdapters']>;
}

interface Indexes {
  /** Clusters each host is a node of. */
  clustersOfHost: Map<Host, Cluster[]>;
  /** Nodes of each cluster (the hosts that exist). */
  nodesOf: Map<Cluster, Host[]>;
  /** NLB clusters by node VM. */
  nlbOfVm: Map<VirtualMachine, NlbCluster[]>;
  /** Domain controllers by their VM. */
  dcOfVm: Map<VirtualMachine, DomainController[]>;
  /** Domain controllers by domain key. */
  dcsOfDomain: Map<string, DomainController[]>;
  /** Backup jobs whose off-host proxy is a host or VM of the estate, by that document. */
  jobsByProxy: Map<ManifestDocument, Manifest<'BackupJob'>[]>;
  /** Hosts landing on each switch (by switch name key) and on each LAG (`switch|lag:1`). */
  hostsOnSwitch: Map<string, Set<Host>>;
  hostsOnPoint: Map<string, Set<Host>>;
  /** Standalone VMs by host. */
  vmsOnHost: Map<Host, VirtualMachine[]>;
  /** `uplinksOf(estate, host, virtualSwitch)`, computed once per host and virtual switch. */
  uplinks(host: Host, virtualSwitch?: string): Attachment[];
  /** `bridgeGroupsFor(estate, switch, nlb)`, computed once per pair. */
  groups(sw: Manifest<'Switch'>, nlb: NlbCluster): ReturnType<typeof bridgeGroupsFor>;
  /** A clustered VM's possible owners among the cluster's nodes, and its home node (`ownersOf`, `homeOf`). */
  placement(vm: VirtualMachine, cluster: Cluster | undefined): Placement;
  /** `placement` in the cluster the VM names. */
  info(vm: VirtualMachine): Placement;
  /** The nodes of each NLB cluster whose VM exists, in the cluster's order. */
  nlbNodes(nlb: NlbCluster): Array<{ node: NlbCluster['spec']['nodes'][number]; vm: VirtualMachine }>;
  /** What the capacity judgement of a cluster rests on (`capacityGaps`): the same for every failure. */
  capacityGaps: Map<Cluster, NotJudged | null>;
  /** `nameKey(sw.name)` per switch, `nameKey(host.name)` per host. */
  switchKey(sw: Manifest<'Switch'>): string;
  hostKey(host: Host): string;
}

export function whatIfIndexes(estate: Estate): Indexes {
  return estate.index('whatif.indexes', () => {
    const clustersOfHost = new Map<Host, Cluster[]>();
    const nodesOf = new Map<Cluster, Host[]>();
    for (const cluster of estate.of('HyperVCluster')) {
      const nodes = estate.hostsOfCluster(cluster.name);
      nodesOf.set(cluster, nodes);
      for (const host of nodes) push(clustersOfHost, host, cluster);
    }
    const uplinkMemo = new Map<Host, Map<string | undefined, Attachment[]>>();
    const uplinks = (host: Host, virtualSwitch?: string): Attachment[] => {
      let byVs = uplinkMemo.get(host);
      if (!byVs) uplinkMemo.set(host, (byVs = new Map()));
      let out = byVs.get(virtualSwitch);
      if (!out) byVs.set(virtualSwitch, (out = uplinksOf(estate, host, virtualSwitch)));
      return out;
    };
    const groupMemo = new Map<NlbCluster, Map<Manifest<'Switch'>, ReturnType<typeof bridgeGroupsFor>>>();
    const groups = (sw: Manifest<'Switch'>, nlb: NlbCluster): ReturnType<typeof bridgeGroupsFor> => {
      let bySwitch = groupMemo.get(nlb);
      if (!bySwitch) groupMemo.set(nlb, (bySwitch = new Map()));
      let out = bySwitch.get(sw);
      if (!out) bySwitch.set(sw, (out = bridgeGroupsFor(estate, sw, nlb)));
      return out;
    };
    const makePlacement = (vm: VirtualMachine, cluster: Cluster | undefined): Placement => {
      const owners = ownersOf(vm, cluster ? (nodesOf.get(cluster) ?? []) : []);
      const adapters: Placement['adapters'] = new Map();
      for (const a of vm.spec.networkAdapters ?? [])
        if (!adapters.has(nameKey(a.name))) adapters.set(nameKey(a.name), a);
      return {
        cluster,
        owners,
        home: homeOf(vm, owners),
        preferred: (vm.spec.preferredOwners ?? []).map(nameKey),
        classes: (vm.spec.antiAffinityClassNames ?? []).map((c) => c.toLowerCase()),
        adapters,
        linked: (vm.spec.networkAdapters ?? []).filter((a) => a.switch),
      };
    };
    const placementMemo = new Map<VirtualMachine, Placement>();
    const info = (vm: VirtualMachine): Placement => {
      let out = placementMemo.get(vm);
      if (!out) placementMemo.set(vm, (out = makePlacement(vm, estate.get('HyperVCluster', vm.spec.cluster))));
      return out;
    };
    const placement = (vm: VirtualMachine, cluster: Cluster | undefined): Placement => {
      const out = info(vm);
      // Two clusters of one name (a duplicate-name error): place with the nodes of the one failing over.
      return out.cluster === cluster ? out : makePlacement(vm, cluster);
    };
    const nlbOfVm = new Map<VirtualMachine, NlbCluster[]>();
    for (const nlb of estate.of('NlbCluster'))
      for (const node of nlb.spec.nodes) {
        const vm = estate.get('VirtualMachine', node.vm);
        if (vm && !(nlbOfVm.get(vm) ?? []).includes(nlb)) push(nlbOfVm, vm, nlb);
      }
    const dcOfVm = new Map<VirtualMachine, DomainController[]>();
    const dcsOfDomain = new Map<string, DomainController[]>();
    for (const dc of estate.of('DomainController')) {
      push(dcsOfDomain, nameKey(dc.spec.domain), dc);
      const vm = estate.get('VirtualMachine', dc.spec.vm);
      if (vm) push(dcOfVm, vm, dc);
    }
    const jobsByProxy = new Map<ManifestDocument, Manifest<'BackupJob'>[]>();
    for (const job of estate.of('BackupJob')) {
      const proxy = job.spec.offHostProxy;
      if (!proxy) continue;
      const doc = estate.get('HyperVHost', proxy) ?? estate.get('VirtualMachine', proxy);
      if (doc) push(jobsByProxy, doc, job);
    }
    const hostsOnSwitch = new Map<string, Set<Host>>();
    const hostsOnPoint = new Map<string, Set<Host>>();
    for (const host of estate.of('HyperVHost'))
      for (const at of uplinks(host)) {
        addTo(hostsOnSwitch, nameKey(at.switch.name), host);
        addTo(hostsOnPoint, `${nameKey(at.switch.name)}|${attachmentKey(at)}`, host);
      }
    const vmsOnHost = new Map<Host, VirtualMachine[]>();
    for (const vm of estate.of('VirtualMachine')) {
      if (vm.spec.cluster) continue;
      const host = estate.get('HyperVHost', vm.spec.host);
      if (host) push(vmsOnHost, host, vm);
    }
    type NlbNode = { node: NlbCluster['spec']['nodes'][number]; vm: VirtualMachine };
    const nlbNodeMemo = new Map<NlbCluster, NlbNode[]>();
    const nlbNodes = (nlb: NlbCluster): NlbNode[] => {
      let out = nlbNodeMemo.get(nlb);
      if (!out) {
        out = nlb.spec.nodes
          .map((node) => ({ node, vm: estate.get('VirtualMachine', node.vm) }))
          .filter((n): n is NlbNode => n.vm !== undefined);
        nlbNodeMemo.set(nlb, out);
      }
      return out;
    };
    const hostKeys = new Map<Host, string>();
    const hostKey = (host: Host): string => {
      let key = hostKeys.get(host);
      if (key === undefined) hostKeys.set(host, (key = nameKey(host.name)));
      return key;
    };
    const switchKeys = new Map<Manifest<'Switch'>, string>();
    const switchKey = (sw: Manifest<'Switch'>): string => {
      let key = switchKeys.get(sw);
      if (key === undefined) switchKeys.set(sw, (key = nameKey(sw.name)));
      return key;
    };
    return {
      capacityGaps: new Map(),
      info,
      nlbNodes,
      switchKey,
      hostKey,
      clustersOfHost,
      nodesOf,
      nlbOfVm,
      dcOfVm,
      dcsOfDomain,
      jobsByProxy,
      hostsOnSwitch,
      hostsOnPoint,
      vmsOnHost,
      uplinks,
      groups,
      placement,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Memory (§7.1)

/** What a VM needs free to start: its startup memory, dynamic or not; 0 when not declared. */
export const startupDemand = (vm: VirtualMachine): number => vm.spec.memory?.startupMB ?? 0;

/** What a running VM uses at least: a dynamic VM can be squeezed to its minimum, a static one holds its startup memory. */
export const runningDemand = (vm: VirtualMachine): number => {
  const memory = vm.spec.memory;
  if (!memory) return 0;
  return memory.dynamic ? Math.min(memory.minimumMB ?? memory.startupMB, memory.startupMB) : memory.startupMB;
};

/** Memory a host gives to VMs: memoryMB less its reserve; Infinity when memoryMB is unknown. */
export const usableMemory = (host: Host): number =>
  host.spec.memoryMB === undefined ? Infinity : Math.max(0, host.spec.memoryMB - (host.spec.memoryReserveMB ?? 0));

/** Nodes of the cluster a VM may run on: its possible owners among them, or all of them. */
export function ownersOf(vm: VirtualMachine, nodes: Host[]): Host[] {
  const possible = vm.spec.possibleOwners;
  if (!possible) return nodes;
  const keys = new Set(possible.map(nameKey));
  return nodes.filter((h) => keys.has(nameKey(h.name)));
}

/** The node a clustered VM normally runs on: its first preferred owner that may run it. */
export function homeOf(vm: VirtualMachine, owners: Host[]): Host | undefined {
  for (const name of vm.spec.preferredOwners ?? []) {
    const host = owners.find((h) => nameKey(h.name) === nameKey(name));
    if (host) return host;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Quorum (§7.3)

export type QuorumState = 'kept' | 'lost' | 'at-risk' | 'unknown';

/**
 * Whether a cluster keeps a majority of votes with `up` of `total` nodes: one vote per node,
 * plus the witness's. With no witness and exactly half the nodes up, dynamic quorum (Windows
 * Server 2012 and later) has taken one node's vote away, so the cluster survives only if the
 * lost half did not hold it: at risk. Unknown when the witness is not declared and it matters.
 */
export function quorumAfter(cluster: Cluster, up: number, total: number): QuorumState {
  const witness = cluster.spec.witness;
  const withWitness = up + 1 > (total + 1) / 2;
  const without: QuorumState = up > total / 2 ? 'kept' : up * 2 === total && up > 0 ? 'at-risk' : 'lost';
  if (!witness) return withWitness && without === 'kept' ? 'kept' : !withWitness ? 'lost' : 'unknown';
  if (witness.type === 'none') return without;
  return up === 0 ? 'lost' : withWitness ? 'kept' : 'lost';
}

// ---------------------------------------------------------------------------------------------
// One failure

export function simulate(estate: Estate, failure: Failure): Outcome {
  return new Simulation(estate, failure).run();
}

class Simulation {
  private readonly ix: Indexes;
  private readonly consequences: Consequence[] = [];
  private readonly notJudged: NotJudged[] = [];
  private readonly restarts: Restart[] = [];
  private readonly vmState = new Map<VirtualMachine, VmState>();
  /** Hosts that are down, and hosts cut off (every uplink lost). */
  private readonly down = new Set<Host>();
  private readonly cutOff = new Set<Host>();
  /** Hosts that lost some uplinks (switch or LAG failures). */
  private readonly touched = new Set<Host>();
  private readonly failureText: string;
  /** nameKey of the failed switch (switch and LAG failures). */
  private readonly failedSwitch: string | undefined;
  /** Per failure: uplinks left per host and virtual switch, and whether each VM keeps a network. */
  private readonly pathsMemo = new Map<Host, Map<string | undefined, Attachment[]>>();
  /** Per failure: whether any surviving host of an owner list keeps a path on a virtual switch. */
  private readonly reachMemo = new Map<Host[], Map<string, boolean>>();
  private readonly networkMemo = new Map<VirtualMachine, boolean>();

  constructor(
    private readonly estate: Estate,
    private readonly failure: Failure,
  ) {
    this.ix = whatIfIndexes(estate);
    this.failureText = describeFailure(failure);
    this.failedSwitch = failure.kind === 'host' ? undefined : this.ix.switchKey(failure.switch);
  }

  run(): Outcome {
    this.lose();
    const clusters = new Set<Cluster>();
    for (const host of [...this.down, ...this.cutOff])
      for (const cluster of this.ix.clustersOfHost.get(host) ?? []) clusters.add(cluster);
    for (const cluster of clusters) this.failOver(cluster);
    for (const host of [...this.down, ...this.cutOff])
      for (const vm of this.ix.vmsOnHost.get(host) ?? [])
        this.vmState.set(
          vm,
          this.down.has(host)
            ? { up: false, reason: `it runs on host "${host.name}"`, cause: 'host' }
            : { up: true, host, moved: false },
        );
    const affected = this.affectedVms();
    this.networkPaths(affected);
    this.nlbClusters(affected);
    this.domains(affected);
    this.backupProxies(affected);
    return {
      failure: this.failure,
      consequences: this.consequences,
      notJudged: this.notJudged,
      restarts: this.restarts,
      down: [...this.vmState].filter(([, s]) => !s.up).map(([vm]) => vm),
    };
  }

  /** Is an uplink lost in this failure? */
  private lost(at: Attachment): boolean {
    const f = this.failure;
    if (f.kind === 'host') return false;
    if (this.ix.switchKey(at.switch) !== this.failedSwitch) return false;
    return f.kind === 'switch' || at.lag === f.lag;
  }

  private lose(): void {
    const f = this.failure;
    if (f.kind === 'host') {
      this.down.add(f.host);
      return;
    }
    const hosts =
      f.kind === 'switch'
        ? this.ix.hostsOnSwitch.get(nameKey(f.switch.name))
        : this.ix.hostsOnPoint.get(`${nameKey(f.switch.name)}|${attachmentKey({ lag: f.lag })}`);
    for (const host of hosts ?? []) {
      this.touched.add(host);
      if (this.ix.uplinks(host).every((at) => this.lost(at))) this.cutOff.add(host);
    }
  }

  private unavailable(host: Host): boolean {
    return this.down.has(host) || this.cutOff.has(host);
  }

  /** Quorum, then placement of the VMs the cluster has to restart. */
  private failOver(cluster: Cluster): void {
    const nodes = this.ix.nodesOf.get(cluster) ?? [];
    const survivors = nodes.filter((h) => !this.unavailable(h));
    const lostNodes = nodes.filter((h) => this.unavailable(h));
    const vms = this.estate.vmsOn('cluster', cluster.name);
    const quorum = quorumAfter(cluster, survivors.length, nodes.length);
    const nodesPath: JsonPath = ['spec', 'nodes'];
    const witnessPath: JsonPath = cluster.spec.witness ? ['spec', 'witness'] : nodesPath;
    if (quorum === 'unknown')
      this.notJudged.push({
        doc: cluster,
        path: nodesPath,
        message: `quorum of cluster "${cluster.name}" after losing ${this.failureText}: ${survivors.length} of ${nodes.length} nodes stay up, and whether that is a majority depends on the witness, which is not declared: add spec.witness`,
      });
    if (quorum === 'lost' || quorum === 'at-risk') {
      const isolated = this.failure.kind !== 'host';
      const messageId = isolated ? 'isolated' : quorum === 'lost' ? 'lost' : 'atRisk';
      this.consequences.push({
        rule: 'cluster-quorum-n1',
        messageId,
        data: {
          cluster: cluster.name,
          up: survivors.length,
          total: nodes.length,
          hosts: quoteList(lostNodes.map((h) => h.name)),
          votes: this.votesText(cluster, survivors.length, nodes.length),
        },
        doc: cluster,
        path: isolated ? nodesPath : witnessPath,
        target: 'key',
        related: [
          ...vms
            .slice(0, 3)
            .map((vm) =>
              related(
                vm,
                ['spec', 'cluster'],
                `VirtualMachine "${vm.name}" ${quorum === 'at-risk' && !isolated ? 'may stop' : 'stops'} with the cluster`,
              ),
            ),
        ],
        key: `quorum|${nameKey(cluster.name)}|${messageId}`,
        summary: `cluster ${cluster.name} ${quorum === 'lost' || isolated ? 'loses quorum' : 'may lose quorum'}: its ${vms.length} VMs stop`,
        takesDown: [cluster.name],
      });
      if (quorum === 'lost' || isolated) {
        for (const vm of vms)
          this.vmState.set(vm, { up: false, reason: `cluster "${cluster.name}" loses quorum`, cause: 'quorum' });
        return;
      }
    }
    if (survivors.length === 0) {
      for (const vm of vms)
        this.vmState.set(vm, { up: false, reason: `every node of cluster "${cluster.name}" is down`, cause: 'host' });
      return;
    }
    this.place(cluster, nodes, survivors, vms);
  }

  private votesText(cluster: Cluster, up: number, total: number): string {
    const witness = cluster.spec.witness;
    if (!witness || witness.type === 'none') return `${up} of ${total} votes`;
    return `${up + 1} of ${total + 1} votes with the ${witness.type} witness`;
  }

  /**
   * Place the VMs that must (re)start on the surviving nodes. VMs whose home node survives stay
   * there; the others (home lost, or home unknown) are placed largest first on their preferred
   * owners in order, then on the possible owner with the most free memory, keeping anti-affinity
   * classes apart where any node allows it.
   */
  private place(cluster: Cluster, nodes: Host[], survivors: Host[], vms: VirtualMachine[]): void {
    const free = new Map<Host, number>(survivors.map((h) => [h, usableMemory(h)]));
    const classes = new Map<Host, Map<string, VirtualMachine>>(survivors.map((h) => [h, new Map()]));
    const survivorSet = new Set(survivors);
    const toPlace: Array<{ vm: VirtualMachine; owners: Host[]; home?: Host; info: Placement; demand: number }> = [];
    let unknownHome = 0;
    for (const vm of vms) {
      const info = this.ix.placement(vm, cluster);
      const { owners, home } = info;
      if (home && survivorSet.has(home)) {
        free.set(home, free.get(home)! - runningDemand(vm));
        for (const c of info.classes) classes.get(home)!.set(c, vm);
        this.vmState.set(vm, { up: true, host: home, moved: false });
        continue;
      }
      if (!home) unknownHome++;
      toPlace.push({ vm, owners, home, info, demand: home ? startupDemand(vm) : runningDemand(vm) });
    }
    toPlace.sort((a, b) => b.demand - a.demand || compareNames(a.vm.name, b.vm.name));
    const noRoom: Array<{ vm: VirtualMachine; demand: number }> = [];
    for (const { vm, owners, home, info, demand } of toPlace) {
      const { preferred, classes: vmClasses } = info;
      const candidates = owners.filter((h) => survivorSet.has(h));
      if (candidates.length === 0) {
        this.vmState.set(vm, { up: false, reason: `none of its possible owners is up`, cause: 'owners' });
        if (vm.spec.possibleOwners)
          this.consequences.push({
            rule: 'cluster-n1-capacity',
            messageId: 'noOwner',
            data: { vm: vm.name, owners: quoteList(owners.map((h) => h.name)) },
            doc: vm,
            path: ['spec', 'possibleOwners'],
            related: [],
            key: `owners|${nameKey(vm.name)}`,
            summary: `${vm.name} cannot restart: no possible owner left`,
            takesDown: [vm.name],
          });
        continue;
      }
      const rank = (h: Host): number => {
        if (preferred.length === 0) return 0;
        const i = preferred.indexOf(this.ix.hostKey(h));
        return i < 0 ? preferred.length : i;
      };
      const ordered = [...candidates].sort(
        (a, b) => rank(a) - rank(b) || free.get(b)! - free.get(a)! || compareNames(a.name, b.name),
      );
      const clash = (h: Host): VirtualMachine | undefined => {
        for (const c of vmClasses) {
          const other = classes.get(h)!.get(c);
          if (other) return other;
        }
        return undefined;
      };
      const fits = (h: Host): boolean => free.get(h)! >= demand;
      const target = ordered.find((h) => fits(h) && !clash(h)) ?? ordered.find(fits);
      if (!target) {
        noRoom.push({ vm, demand });
        this.vmState.set(vm, {
          up: false,
          reason: `no surviving node has ${demand} MB free for it`,
          cause: 'capacity',
        });
        continue;
      }
      free.set(target, free.get(target)! - demand);
      const other = clash(target);
      for (const c of vmClasses) classes.get(target)!.set(c, vm);
      this.vmState.set(vm, { up: true, host: target, moved: home !== undefined, placed: home === undefined });
      if (home) this.restarts.push({ vm, from: home, to: target });
      else this.restarts.push({ vm, to: target });
      if (other) {
        const shared = vmClasses.find((c) =>
          (other.spec.antiAffinityClassNames ?? []).some((o) => o.toLowerCase() === c),
        )!;
        this.consequences.push({
          rule: 'cluster-n1-capacity',
          messageId: 'antiAffinity',
          data: { vm: vm.name, host: target.name, other: other.name, class: shared },
          doc: vm,
          path: ['spec', 'antiAffinityClassNames'],
          related: [
            related(other, ['spec', 'antiAffinityClassNames'], `VirtualMachine "${other.name}" has class "${shared}"`),
          ],
          key: `affinity|${nameKey(vm.name)}|${nameKey(other.name)}`,
          summary: `${vm.name} restarts next to ${other.name} on ${target.name} (anti-affinity class ${shared})`,
          takesDown: [],
        });
      }
    }
    if (noRoom.length > 0) {
      const totalFree = survivors.reduce((sum, h) => sum + Math.max(0, free.get(h)!), 0);
      const most = survivors.reduce((best, h) => (free.get(h)! > free.get(best)! ? h : best), survivors[0]!);
      const needed = noRoom.reduce((sum, v) => sum + v.demand, 0);
      const lostHosts = nodes.filter((h) => this.unavailable(h));
      this.consequences.push({
        rule: 'cluster-n1-capacity',
        messageId: 'noRoom',
        data: {
          cluster: cluster.name,
          count: noRoom.length,
          vms: quoteList(
            noRoom.map((v) => `${v.vm.name}`),
            4,
          ),
          vmWord: noRoom.length === 1 ? 'VM' : 'VMs',
          neededMB: needed,
          largestMB: noRoom[0]!.demand,
          mostFreeMB: Math.max(0, free.get(most)!),
          mostFreeHost: most.name,
          freeMB: totalFree,
        },
        doc: cluster,
        path: ['spec', 'nodes'],
        target: 'key',
        related: [
          ...lostHosts
            .filter((h) => h.spec.memoryMB !== undefined)
            .map((h) => related(h, ['spec', 'memoryMB'], `host "${h.name}" had ${h.spec.memoryMB} MB`)),
          ...noRoom
            .slice(0, 3)
            .map((v) =>
              related(
                v.vm,
                ['spec', 'memory', 'startupMB'],
                `VirtualMachine "${v.vm.name}" needs ${v.demand} MB to start`,
              ),
            ),
        ],
        key: `capacity|${nameKey(cluster.name)}|${this.failureText}`,
        summary: `${noRoom.length} ${noRoom.length === 1 ? 'VM' : 'VMs'} of ${cluster.name} find no room (${quoteList(
          noRoom.map((v) => v.vm.name),
          4,
          '',
        )})`,
        takesDown: noRoom.map((v) => v.vm.name),
      });
    }
    this.capacityGaps(cluster, nodes, vms, unknownHome);
  }

  /** Say which missing fields the capacity judgement of a cluster rests on. */
  private capacityGaps(cluster: Cluster, nodes: Host[], vms: VirtualMachine[], unknownHome: number): void {
    // Every VM without a home node is placed in every failure of its cluster: the gaps do not depend on the failure.
    const known = this.ix.capacityGaps.get(cluster);
    if (known !== undefined) {
      if (known) this.notJudged.push(known);
      return;
    }
    this.ix.capacityGaps.set(cluster, null);
    const noMemory = nodes.filter((h) => h.spec.memoryMB === undefined);
    const noReserve = nodes.filter((h) => h.spec.memoryMB !== undefined && h.spec.memoryReserveMB === undefined);
    const noVmMemory = vms.filter((vm) => !vm.spec.memory);
    const gaps: string[] = [];
    if (noMemory.length)
      gaps.push(
        `${plural(noMemory.length, 'host')} without spec.memoryMB (${quoteList(
          noMemory.map((h) => h.name),
          3,
        )}) counted as having room for anything`,
      );
    if (noReserve.length)
      gaps.push(`${plural(noReserve.length, 'host')} without spec.memoryReserveMB counted with no reserve`);
    if (noVmMemory.length)
      gaps.push(
        `${plural(noVmMemory.length, 'VM')} without spec.memory (${quoteList(
          noVmMemory.map((v) => v.name),
          3,
        )}) counted as needing none`,
      );
    if (unknownHome)
      gaps.push(
        `${plural(unknownHome, 'VM')} without spec.preferredOwners placed where the most memory is free, since where they run is not declared`,
      );
    if (gaps.length === 0) return;
    const gap: NotJudged = {
      doc: cluster,
      path: ['spec', 'nodes'],
      message: `capacity of cluster "${cluster.name}" is judged in the estate's favour: ${gaps.join('; ')}`,
    };
    this.ix.capacityGaps.set(cluster, gap);
    this.notJudged.push(gap);
  }

  /** VMs whose state the failure may change: restarted, down, or on a host that lost uplinks. */
  private affectedVms(): VirtualMachine[] {
    const out = new Set<VirtualMachine>(this.vmState.keys());
    for (const host of this.touched) {
      for (const vm of this.ix.vmsOnHost.get(host) ?? []) out.add(vm);
      for (const cluster of this.ix.clustersOfHost.get(host) ?? [])
        for (const vm of this.estate.vmsOn('cluster', cluster.name)) out.add(vm);
    }
    return [...out];
  }

  /** The state of a VM the failure did not move. */
  private state(vm: VirtualMachine): VmState {
    const known = this.vmState.get(vm);
    if (known) return known;
    if (vm.spec.cluster) {
      return {
        up: true,
        host: this.ix.info(vm).home,
        moved: false,
      };
    }
    return { up: true, host: this.estate.get('HyperVHost', vm.spec.host), moved: false };
  }

  /** Hosts a running VM may be on after the failure: where it is, or (home unknown) any surviving owner. */
  private hostsOf(vm: VirtualMachine): Host[] {
    const state = this.state(vm);
    if (!state.up) return [];
    if (state.host) return [state.host];
    return this.ix.info(vm).owners.filter((h) => !this.unavailable(h));
  }

  /** Uplinks left for an adapter's virtual switch on a host; undefined when the host declares no teams (not judged). */
  private pathsLeft(host: Host, virtualSwitch: string | undefined): Attachment[] | undefined {
    if (!(host.spec.nicTeams ?? []).length) return undefined;
    const all = this.ix.uplinks(host, virtualSwitch);
    // Only hosts landing on the failed switch or LAG lose uplinks.
    if (!this.touched.has(host)) return all;
    let byVs = this.pathsMemo.get(host);
    if (!byVs) this.pathsMemo.set(host, (byVs = new Map()));
    let left = byVs.get(virtualSwitch);
    if (!left) byVs.set(virtualSwitch, (left = all.filter((at) => !this.lost(at))));
    return left;
  }

  /** Does a running VM keep a network path for an adapter? false only when no host it may be on keeps one. */
  private adapterReachable(vm: VirtualMachine, adapterName: string): boolean {
    const placement = this.ix.info(vm);
    const adapter = placement.adapters.get(nameKey(adapterName));
    if (!adapter?.switch) return true;
    // A clustered VM can be moved to any surviving owner that keeps a path (Windows Server
    // 2012 R2 and later do it themselves for a protected network); a stand-alone one cannot.
    if (vm.spec.cluster) return this.ownersReach(placement.owners, adapter.switch);
    const hosts = this.hostsOf(vm);
    if (hosts.length === 0) return true;
    return hosts.some((h) => this.pathsLeft(h, adapter.switch)?.length !== 0);
  }

  /** Whether some surviving host of an owner list keeps a path on a virtual switch (true when none survives: not judged here). */
  private ownersReach(owners: Host[], virtualSwitch: string): boolean {
    let byVs = this.reachMemo.get(owners);
    if (!byVs) this.reachMemo.set(owners, (byVs = new Map()));
    let reach = byVs.get(virtualSwitch);
    if (reach === undefined) {
      const hosts = owners.filter((h) => !this.unavailable(h));
      reach = hosts.length === 0 || hosts.some((h) => this.pathsLeft(h, virtualSwitch)?.length !== 0);
      byVs.set(virtualSwitch, reach);
    }
    return reach;
  }

  private networkLost(vm: VirtualMachine): boolean {
    let lost = this.networkMemo.get(vm);
    if (lost === undefined) {
      const adapters = this.ix.info(vm).linked;
      lost = adapters.length > 0 && this.state(vm).up && adapters.every((a) => !this.adapterReachable(vm, a.name));
      this.networkMemo.set(vm, lost);
    }
    return lost;
  }

  /** VMs left running without any network path: reported per host whose uplinks all went with the failure. */
  private networkPaths(affected: VirtualMachine[]): void {
    if (this.failure.kind === 'host') return;
    const byHost = new Map<Host, VirtualMachine[]>();
    for (const vm of affected) {
      if (!this.networkLost(vm)) continue;
      const state = this.state(vm);
      const host = (state.up ? state.host : undefined) ?? this.hostsOf(vm)[0];
      if (host) push(byHost, host, vm);
    }
    for (const host of this.touched) {
      const vms = byHost.get(host);
      const cutOff = this.cutOff.has(host);
      if (!vms && !cutOff) continue;
      const clustered = cutOff && (this.ix.clustersOfHost.get(host) ?? []).length > 0;
      const victims = [
        ...(vms ?? []),
        ...(cutOff ? (this.ix.vmsOnHost.get(host) ?? []).filter((vm) => !(vms ?? []).includes(vm)) : []),
      ];
      const teams = (host.spec.nicTeams ?? []).length;
      this.consequences.push({
        rule: 'network-single-failure-domain',
        messageId: cutOff ? 'hostCutOff' : 'vmsCutOff',
        data: {
          host: host.name,
          teams: plural(teams, 'NIC team'),
          stopped: clustered ? '; its cluster treats it as down' : '',
          victims: victims.length
            ? `; ${victims.length === 1 ? 'VM' : 'VMs'} ${quoteList(
                victims.map((v) => v.name),
                4,
              )} ${victims.length === 1 ? 'loses' : 'lose'} every network path`
            : '',
          vms: quoteList(
            victims.map((v) => v.name),
            4,
          ),
        },
        doc: host,
        path: ['spec', 'nicTeams'],
        target: 'key',
        related: [
          ...this.ix
            .uplinks(host)
            .filter((at) => this.lost(at))
            .slice(0, 3)
            .map((at) =>
              related(
                host,
                uplinkPath(at),
                `team "${host.spec.nicTeams?.[at.teamIndex]?.name}" lands on ${describeAttachment(at)} of switch "${at.switch.name}"`,
              ),
            ),
        ],
        key: `network|${nameKey(host.name)}|${cutOff ? 'host' : 'vms'}`,
        summary: cutOff
          ? `host ${host.name} is cut off`
          : `${quoteList(
              victims.map((v) => v.name),
              4,
              '',
            )} lose every network path`,
        takesDown: cutOff ? [host.name, ...victims.map((v) => v.name)] : victims.map((v) => v.name),
      });
    }
  }

  private nlbClusters(affected: VirtualMachine[]): void {
    const clusters = new Set<NlbCluster>();
    for (const vm of affected) for (const nlb of this.ix.nlbOfVm.get(vm) ?? []) clusters.add(nlb);
    for (const nlb of [...clusters].sort(byName)) {
      const reasons: string[] = [];
      let out = 0;
      let interrupted = 0;
      let byQuorum = 0;
      const nodes = this.ix.nlbNodes(nlb);
      if (nodes.length === 0) continue;
      for (const { node, vm } of nodes) {
        const state = this.state(vm);
        if (!state.up) {
          out++;
          if (state.cause === 'quorum') byQuorum++;
          reasons.push(`"${vm.name}": ${state.reason}`);
        } else if (!this.adapterReachable(vm, node.adapter)) {
          out++;
          reasons.push(`"${vm.name}": adapter "${node.adapter}" has no uplink left`);
        } else if (state.moved) interrupted++;
      }
      if (out === nodes.length) {
        this.consequences.push({
          rule: 'nlb-single-failure-domain',
          messageId: 'allNodesDown',
          data: {
            nlb: nlb.name,
            reasons: reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : ''),
          },
          doc: nlb,
          path: ['spec', 'nodes'],
          target: 'key',
          related: [
            ...nodes
              .slice(0, 3)
              .map(({ vm }) =>
                related(vm, vm.spec.cluster ? ['spec', 'cluster'] : ['spec', 'host'], `node "${vm.name}"`),
              ),
          ],
          key: `nlb|${nameKey(nlb.name)}|down`,
          ...(byQuorum === nodes.length ? { coveredBy: 'cluster-quorum-n1' } : {}),
          summary: `NLB cluster ${nlb.name} loses every node`,
          takesDown: [nlb.name],
        });
        continue;
      }
      if (out + interrupted === nodes.length && interrupted > 0) {
        this.consequences.push({
          rule: 'nlb-single-failure-domain',
          messageId: 'allNodesRestart',
          data: {
            nlb: nlb.name,
            nodes: quoteList(
              nodes.map((n) => n.vm.name),
              4,
            ),
          },
          doc: nlb,
          path: ['spec', 'nodes'],
          target: 'key',
          related: [
            ...nodes
              .slice(0, 3)
              .map(({ vm }) =>
                related(
                  vm,
                  vm.spec.preferredOwners ? ['spec', 'preferredOwners'] : ['spec', 'cluster'],
                  `node "${vm.name}" runs on the lost host`,
                ),
              ),
          ],
          key: `nlb|${nameKey(nlb.name)}|restart`,
          summary: `NLB cluster ${nlb.name} is down until its nodes restart`,
          takesDown: [nlb.name],
        });
      }
      if (nlb.spec.mode === 'igmp-multicast') this.multicastPaths(nlb, nodes);
    }
  }

  /**
   * IGMP-mode clusters: a node the failure moves must land, on every switch whose bridge groups
   * serve the cluster, on a LAG or port that is a member (§1.2, §2.1, §2.2). Reported only when
   * every host the node may be on after the failure lacks membership, so placement choices
   * cannot change the outcome.
   */
  private multicastPaths(nlb: NlbCluster, nodes: Array<{ node: { adapter: string }; vm: VirtualMachine }>): void {
    type Group = ReturnType<typeof bridgeGroupsFor>[number];
    // Only nodes the failure moves can land outside the group.
    if (
      !nodes.some(({ vm }) => {
        const state = this.state(vm);
        return state.up && (state.moved || state.placed);
      })
    )
      return;
    const missing = new Map<string, { group: Group; points: Map<string, Attachment>; vms: string[] }>();
    let reachable = 0;
    for (const { node, vm } of nodes) {
      const state = this.state(vm);
      if (!state.up) continue;
      const adapter = (vm.spec.networkAdapters ?? []).find((a) => nameKey(a.name) === nameKey(node.adapter));
      const hosts = state.placed ? this.survivingOwners(vm) : this.hostsOf(vm);
      const gaps: Array<{ group: Group; at: Attachment }> = [];
      let everywhere = hosts.length > 0;
      let somewhere = false;
      for (const host of hosts) {
        let lacks = false;
        for (const at of this.pathsLeft(host, adapter?.switch) ?? []) {
          const groups = this.ix.groups(at.switch, nlb);
          if (groups.length === 0 || groups.some((g) => membersCover(g.entry, at))) {
            somewhere = true;
            continue;
          }
          lacks = true;
          gaps.push({ group: groups[0]!, at });
        }
        if (!lacks) everywhere = false;
      }
      if (somewhere || hosts.length === 0) reachable++;
      if (!(state.moved || state.placed) || !everywhere || gaps.length === 0) continue;
      for (const { group, at } of gaps) {
        const key = `${nameKey(group.switch.name)}|${group.index}`;
        let entry = missing.get(key);
        if (!entry) missing.set(key, (entry = { group, points: new Map(), vms: [] }));
        entry.points.set(attachmentKey(at), at);
        if (!entry.vms.includes(vm.name)) entry.vms.push(vm.name);
      }
    }
    for (const { group, points, vms } of missing.values()) {
      const ats = [...points.values()];
      const hosts = [...new Set(ats.map((at) => at.host.name))];
      const field = group.entry.lags !== undefined || ats.some((at) => at.lag !== undefined) ? 'lags' : 'ports';
      const path: JsonPath = ['spec', 'bridgeMulticastGroups', group.index, field];
      this.consequences.push({
        rule: 'nlb-single-failure-domain',
        messageId: 'multicastPath',
        data: {
          nlb: nlb.name,
          vms: quoteList(vms, 4),
          nodeWord: vms.length === 1 ? 'node' : 'nodes',
          hosts: quoteList(hosts, 4),
          points: ats.map(describeAttachment).join(', '),
          switch: group.switch.name,
          group: bridgeGroupLabel(group.entry),
          effect: reachable === 0 ? `, and ${nlb.name} gets no traffic` : '',
        },
        doc: group.switch,
        path: group.switch.has(path) ? path : ['spec', 'bridgeMulticastGroups', group.index],
        related: [
          ...ats
            .slice(0, 3)
            .map((at) =>
              related(
                at.host,
                uplinkPath(at),
                `host "${at.host.name}" lands on ${describeAttachment(at)} of switch "${at.switch.name}"`,
              ),
            ),
          related(nlb, ['spec', 'vip'], `IGMP-multicast NLB cluster "${nlb.name}"`),
        ],
        key: `multicast|${nameKey(nlb.name)}|${nameKey(group.switch.name)}|${group.index}|${[...points.keys()].sort().join(',')}`,
        summary: `NLB cluster ${nlb.name} loses its multicast path on ${group.switch.name} (${ats.map(describeAttachment).join(', ')} not in group ${bridgeGroupLabel(group.entry)})`,
        takesDown: reachable === 0 ? [nlb.name] : [],
        // nlb-igmp-group-members asks for every host able to run a node, so it names this LAG already.
        coveredBy: 'nlb-igmp-group-members',
      });
    }
  }

  /** Surviving nodes a clustered VM may run on. */
  private survivingOwners(vm: VirtualMachine): Host[] {
    return this.ix.info(vm).owners.filter((h) => !this.unavailable(h));
  }

  private domains(affected: VirtualMachine[]): void {
    const domains = new Set<string>();
    for (const vm of affected) for (const dc of this.ix.dcOfVm.get(vm) ?? []) domains.add(nameKey(dc.spec.domain));
    for (const domain of [...domains].sort()) {
      const dcs = this.ix.dcsOfDomain.get(domain) ?? [];
      const reasons: string[] = [];
      const unjudged: DomainController[] = [];
      const restarting: DomainController[] = [];
      let survivor = false;
      let byQuorum = 0;
      for (const dc of dcs) {
        const vm = this.estate.get('VirtualMachine', dc.spec.vm);
        if (dc.spec.physicalServer || !vm) {
          // A physical DC does not fail with a host; its network is not in the manifests.
          if (dc.spec.physicalServer && this.failure.kind === 'host') survivor = true;
          else unjudged.push(dc);
          continue;
        }
        const state = this.state(vm);
        if (!state.up) {
          reasons.push(`"${dc.name}": ${state.reason}`);
          if (state.cause === 'quorum') byQuorum++;
        } else if (this.networkLost(vm)) reasons.push(`"${dc.name}": no network path left`);
        else if (state.moved) restarting.push(dc);
        else survivor = true;
      }
      if (survivor || dcs.length === 0) continue;
      if (restarting.length > 0 && unjudged.length === 0) {
        const first = dcs[0]!;
        this.consequences.push({
          rule: 'dc-single-failure-domain',
          messageId: 'allRestart',
          data: {
            domain: first.spec.domain,
            dcs: quoteList(
              dcs.map((dc) => dc.name),
              4,
            ),
          },
          doc: first,
          path: dcPath(first),
          related: restarting
            .slice(0, 3)
            .map((dc) =>
              related(
                this.estate.get('VirtualMachine', dc.spec.vm)!,
                ['spec', 'preferredOwners'],
                `DC "${dc.name}" runs on the lost host`,
              ),
            ),
          key: `dc|${domain}|restart`,
          summary: `domain ${first.spec.domain} has no DC until ${quoteList(
            restarting.map((dc) => dc.name),
            4,
            '',
          )} restart`,
          takesDown: [first.spec.domain],
        });
        continue;
      }
      if (unjudged.length > 0) {
        const dc = unjudged[0]!;
        this.notJudged.push({
          doc: dc,
          path: dcPath(dc),
          message: `whether domain ${dc.spec.domain} keeps a domain controller after losing ${this.failureText}: every other DC goes down, and the network of DC "${dc.name}" is not in the manifests`,
        });
        continue;
      }
      const first = dcs[0]!;
      this.consequences.push({
        rule: 'dc-single-failure-domain',
        messageId: 'allDown',
        data: {
          domain: first.spec.domain,
          count: dcs.length,
          reasons: reasons.slice(0, 3).join('; ') + (reasons.length > 3 ? `; and ${reasons.length - 3} more` : ''),
        },
        doc: first,
        path: dcPath(first),
        related: [...dcs.slice(1, 4).map((dc) => related(dc, dcPath(dc), `DC "${dc.name}" goes down too`))],
        key: `dc|${domain}`,
        ...(byQuorum === dcs.length ? { coveredBy: 'cluster-quorum-n1' } : {}),
        summary: `domain ${first.spec.domain} loses every domain controller`,
        takesDown: [first.spec.domain],
      });
    }
  }

  private backupProxies(affected: VirtualMachine[]): void {
    const candidates: ManifestDocument[] = [...affected, ...this.down, ...this.cutOff];
    const seen = new Set<ManifestDocument>();
    for (const proxy of candidates) {
      if (seen.has(proxy)) continue;
      seen.add(proxy);
      const jobs = this.ix.jobsByProxy.get(proxy);
      if (!jobs) continue;
      let reason: string | undefined;
      if (proxy.kind === 'HyperVHost') {
        const host = proxy as Host;
        if (this.down.has(host)) reason = `host "${host.name}" is down`;
        else if (this.cutOff.has(host)) reason = `host "${host.name}" is cut off`;
      } else {
        const vm = proxy as VirtualMachine;
        const state = this.state(vm);
        if (!state.up) reason = state.reason;
        else if (this.networkLost(vm)) reason = 'it has no network path left';
      }
      if (!reason) continue;
      for (const job of jobs) {
        const vms = backupCoverage(this.estate).vmsOf(job);
        this.consequences.push({
          rule: 'backup-proxy-single-failure-domain',
          messageId: 'proxyLost',
          data: {
            job: job.name,
            proxy: proxy.name,
            reason,
            count: vms.length,
            vmWord: vms.length === 1 ? 'VM' : 'VMs',
          },
          doc: job,
          path: ['spec', 'offHostProxy'],
          related: [related(proxy, ['metadata', 'name'], `off-host proxy "${proxy.name}"`)],
          key: `backup|${nameKey(job.name)}`,
          summary: `backup job ${job.name} loses its proxy ${proxy.name}`,
          takesDown: [job.name],
        });
      }
    }
  }
}

const dcPath = (dc: DomainController): JsonPath =>
  dc.spec.physicalServer ? ['spec', 'physicalServer'] : ['spec', 'vm'];

function related(doc: ManifestDocument, path: JsonPath, message: string): RelatedReport {
  return { doc, path, message };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byName = (a: { name: string }, b: { name: string }): number => compareNames(a.name, b.name);

/** `"A", "B" and 2 more` (quote = '"'), or `A, B and 2 more` (quote = ''). */
export function quoteList(names: string[], max = 5, quote = '"'): string {
  const shown = names.slice(0, max).map((n) => `${quote}${n}${quote}`);
  const rest = names.length - shown.length;
  return shown.join(', ') + (rest > 0 ? ` and ${rest} more` : '');
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
