/**
 * Topology joins over the estate, each built once through `estate.index`: where a host lands on
 * the switches (NIC team uplinks, §2.2), where the hosts able to run an NLB cluster's nodes land,
 * and the switch tables rules look things up in (bridge multicast groups by switch + VLAN,
 * static ARP by IP, static MAC entries by switch + VLAN + MAC).
 */
import { adapterNamed } from './adapters.js';
import { nameKey, type Estate, type Manifest } from './estate.js';
import {
  teamUplinks,
  type BridgeMulticastGroup,
  type StaticArpEntry,
  type StaticMacEntry,
  type SwitchVlan,
  type Uplink,
} from './kinds.js';
import { clusterMacFor, igmpGroupFor, normalizeMac } from './nlb.js';

type Switch = Manifest<'Switch'>;
type Host = Manifest<'HyperVHost'>;
type NlbCluster = Manifest<'NlbCluster'>;

/** Where one host lands on a switch: a LAG, or a plain port. */
export interface Attachment {
  switch: Switch;
  host: Host;
  /** Index of the NIC team in the host's `spec.nicTeams` (for related locations). */
  teamIndex: number;
  /** The team's uplink (`uplink`, or an entry of `uplinks`) this attachment comes from, and its JSON path. */
  uplink: Uplink;
  uplinkAt: Array<string | number>;
  /** The LAG the team lands on (its uplink's `lag`, or the LAG its uplink port belongs to). */
  lag?: number;
  /** The port the team lands on, when it is not part of a LAG. */
  port?: string;
}

/** Identity of an attachment point on its switch: `lag:1`, `port:g5`. */
export function attachmentKey(at: { lag?: number; port?: string }): string {
  return at.lag !== undefined ? `lag:${at.lag}` : `port:${(at.port ?? '').toLowerCase()}`;
}

/** How messages name an attachment point: `LAG 1`, `port g5`. */
export function describeAttachment(at: { lag?: number; port?: string }): string {
  return at.lag !== undefined ? `LAG ${at.lag}` : `port ${at.port}`;
}

/** The LAG a port of a switch belongs to (declared on the port or in the LAG's members), by switch and port name. */
function portLags(estate: Estate): Map<string, Map<string, number>> {
  return estate.index('topology.portLags', () => {
    const bySwitch = new Map<string, Map<string, number>>();
    for (const sw of estate.of('Switch')) {
      const lags = new Map<string, number>();
      for (const lag of sw.spec.lags ?? []) for (const port of lag.members ?? []) lags.set(port.toLowerCase(), lag.id);
      for (const port of sw.spec.ports ?? []) if (port.lag !== undefined) lags.set(port.name.toLowerCase(), port.lag);
      bySwitch.set(nameKey(sw.name), lags);
    }
    return bySwitch;
  });
}

/** The LAG a port belongs to, if any. */
export function lagOfPort(estate: Estate, sw: Switch, port: string): number | undefined {
  return portLags(estate).get(nameKey(sw.name))?.get(port.toLowerCase());
}

/**
 * Where a host lands on the switches through its NIC teams (§2.2). With `virtualSwitch`, only
 * the teams bound to that Hyper-V virtual switch, when the host has any; otherwise every team.
 * Teams whose switch is not declared are left out (unresolved-reference reports them).
 */
export function uplinksOf(estate: Estate, host: Host, virtualSwitch?: string): Attachment[] {
  const teams = (host.spec.nicTeams ?? []).map((team, teamIndex) => ({ team, teamIndex }));
  const bound =
    virtualSwitch === undefined
      ? []
      : teams.filter(
          ({ team }) => team.virtualSwitch !== undefined && nameKey(team.virtualSwitch) === nameKey(virtualSwitch),
        );
  const out: Attachment[] = [];
  for (const { team, teamIndex } of bound.length > 0 ? bound : teams) {
    // A switch-independent team may land on several switches (`uplinks`): each is an attachment.
    for (const { uplink, path } of teamUplinks(team, teamIndex)) {
      const sw = estate.get('Switch', uplink.switch);
      if (!sw) continue;
      const base = { switch: sw, host, teamIndex, uplink, uplinkAt: path };
      if (uplink.lag !== undefined) out.push({ ...base, lag: uplink.lag });
      else if (uplink.port !== undefined) {
        const lag = lagOfPort(estate, sw, uplink.port);
        out.push(lag !== undefined ? { ...base, lag } : { ...base, port: uplink.port });
      }
    }
  }
  return out;
}

/** JSON path of the uplink field (lag or port) through which an attachment's host lands, for related locations. */
export function uplinkPath(at: Attachment): Array<string | number> {
  return [...at.uplinkAt, at.uplink.lag !== undefined ? 'lag' : 'port'];
}

/** The hosts that land on a point of a switch (LAG or port, by attachment key) through any NIC team. */
export function hostsLandingAt(estate: Estate, sw: Switch, key: string): Host[] {
  const index = estate.index('topology.hostsLandingAt', () => {
    const byPoint = new Map<string, Host[]>();
    for (const host of estate.of('HyperVHost')) {
      for (const at of uplinksOf(estate, host)) {
        const point = `${nameKey(at.switch.name)}|${attachmentKey(at)}`;
        const hosts = byPoint.get(point);
        if (!hosts) byPoint.set(point, [host]);
        else if (!hosts.includes(host)) hosts.push(host);
      }
    }
    return byPoint;
  });
  return index.get(`${nameKey(sw.name)}|${key}`) ?? [];
}

/** An attachment reached by an NLB cluster: a host able to run a node, and that node's VM. */
export interface NodeAttachment extends Attachment {
  vm: string;
}

/** The switches an NLB cluster's traffic must reach, and on each the points where hosts able to run a node land. */
export interface SwitchReach {
  switch: Switch;
  /** By attachment key, in estate order; the first host (and node) found for a point is kept. */
  attachments: Map<string, NodeAttachment>;
}

/**
 * Where the hosts able to run an NLB cluster's nodes land (`estate.hostsAbleToRun`, §2.2): per
 * switch (by name key, in estate order), the LAGs and ports. A node reaches through the team bound
 * to its adapter's virtual switch, else through every team of the host.
 */
export function nlbReach(estate: Estate, cluster: NlbCluster): Map<string, SwitchReach> {
  const memo = estate.index('topology.nlbReach', () => new Map<NlbCluster, Map<string, SwitchReach>>());
  let reach = memo.get(cluster);
  if (reach) return reach;
  reach = new Map();
  // Nodes on one placement and virtual switch reach the same points: visit each pair once.
  const seen = new Set<string>();
  for (const node of cluster.spec.nodes) {
    const vm = estate.get('VirtualMachine', node.vm);
    if (!vm) continue;
    const adapter = adapterNamed(vm.spec, node.adapter)?.adapter;
    const placement = vm.spec.cluster ? `cluster:${nameKey(vm.spec.cluster)}` : `host:${nameKey(vm.spec.host ?? '')}`;
    const key = `${placement}|${nameKey(adapter?.switch ?? '')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const host of estate.hostsAbleToRun(vm)) {
      for (const at of uplinksOf(estate, host, adapter?.switch)) {
        const swKey = nameKey(at.switch.name);
        let onSwitch = reach.get(swKey);
        if (!onSwitch) reach.set(swKey, (onSwitch = { switch: at.switch, attachments: new Map() }));
        const atKey = attachmentKey(at);
        if (!onSwitch.attachments.has(atKey)) onSwitch.attachments.set(atKey, { ...at, vm: vm.name });
      }
    }
  }
  memo.set(cluster, reach);
  return reach;
}

/** An entry of a switch table, with its switch and its index in the list (for paths). */
export interface SwitchEntry<T> {
  switch: Switch;
  index: number;
  entry: T;
}

/** Lookup keys of a bridge multicast group: its MAC (canonical) and its group IP. */
function bridgeGroupKeys(group: BridgeMulticastGroup): string[] {
  const keys: string[] = [];
  const mac = group.mac !== undefined ? normalizeMac(group.mac) : undefined;
  if (mac) keys.push(`mac:${mac}`);
  if (group.group !== undefined) keys.push(`ip:${group.group}`);
  return keys;
}

/**
 * The keys under which a bridge multicast group serves an IGMP-mode cluster (§1.2, §2.1): the
 * cluster MAC 01-00-5e-7f-x-y, the group 239.255.x.y, or the VIP itself (the switch converts).
 */
export function igmpClusterKeys(cluster: NlbCluster): string[] {
  return [
    `mac:${clusterMacFor(cluster.spec.vip, 'igmp-multicast')}`,
    `ip:${igmpGroupFor(cluster.spec.vip)}`,
    `ip:${cluster.spec.vip}`,
  ];
}

/** How messages name a bridge multicast group: by its group IP, else its MAC. */
export function bridgeGroupLabel(group: BridgeMulticastGroup): string {
  return group.group ?? group.mac ?? '';
}

/** Bridge multicast groups by switch, VLAN and lookup key. */
function bridgeGroupIndex(estate: Estate): Map<string, SwitchEntry<BridgeMulticastGroup>[]> {
  return estate.index('topology.bridgeGroups', () => {
    const index = new Map<string, SwitchEntry<BridgeMulticastGroup>[]>();
    for (const sw of estate.of('Switch')) {
      (sw.spec.bridgeMulticastGroups ?? []).forEach((entry, i) => {
        for (const key of bridgeGroupKeys(entry))
          push(index, `${nameKey(sw.name)}|${entry.vlan}|${key}`, { switch: sw, index: i, entry });
      });
    }
    return index;
  });
}

/** The bridge multicast groups on a switch, in the cluster's VLAN, that serve an IGMP-mode cluster, in declaration order. */
export function bridgeGroupsFor(estate: Estate, sw: Switch, cluster: NlbCluster): SwitchEntry<BridgeMulticastGroup>[] {
  const index = bridgeGroupIndex(estate);
  const found = new Map<number, SwitchEntry<BridgeMulticastGroup>>();
  for (const key of igmpClusterKeys(cluster)) {
    for (const entry of index.get(`${nameKey(sw.name)}|${cluster.spec.vlan}|${key}`) ?? [])
      found.set(entry.index, entry);
  }
  return [...found.values()].sort((a, b) => a.index - b.index);
}

/**
 * Groups on a switch that would serve an IGMP-mode cluster (its MAC, group or VIP) but sit on
 * another VLAN where no IGMP cluster has that key: a group put on the wrong VLAN.
 */
export function strayGroupsFor(estate: Estate, sw: Switch, cluster: NlbCluster): SwitchEntry<BridgeMulticastGroup>[] {
  const keys = new Set(igmpClusterKeys(cluster));
  const out: SwitchEntry<BridgeMulticastGroup>[] = [];
  (sw.spec.bridgeMulticastGroups ?? []).forEach((entry, index) => {
    if (entry.vlan === cluster.spec.vlan) return;
    if (!bridgeGroupKeys(entry).some((k) => keys.has(k))) return;
    if (igmpClustersServedBy(estate, entry).length > 0) return;
    out.push({ switch: sw, index, entry });
  });
  return out;
}

/** The IGMP-mode clusters a bridge multicast group serves: same VLAN, and its MAC or IP is one of their keys. */
export function igmpClustersServedBy(estate: Estate, group: BridgeMulticastGroup): NlbCluster[] {
  const index = estate.index('topology.igmpClustersByKey', () => {
    const byKey = new Map<string, NlbCluster[]>();
    for (const cluster of estate.of('NlbCluster')) {
      if (cluster.spec.mode !== 'igmp-multicast') continue;
      for (const key of new Set(igmpClusterKeys(cluster))) push(byKey, `${cluster.spec.vlan}|${key}`, cluster);
    }
    return byKey;
  });
  const found = new Set<NlbCluster>();
  for (const key of bridgeGroupKeys(group))
    for (const cluster of index.get(`${group.vlan}|${key}`) ?? []) found.add(cluster);
  return [...found].sort(byDeclaration(estate));
}

/** Static ARP entries of every switch, by IP. */
export function staticArpByIp(estate: Estate): Map<string, SwitchEntry<StaticArpEntry>[]> {
  return estate.index('topology.staticArpByIp', () => {
    const index = new Map<string, SwitchEntry<StaticArpEntry>[]>();
    for (const sw of estate.of('Switch'))
      (sw.spec.staticArp ?? []).forEach((entry, i) => push(index, entry.ip, { switch: sw, index: i, entry }));
    return index;
  });
}

/** The static MAC-table entries on a switch for a MAC in a VLAN. */
export function staticMacEntries(estate: Estate, sw: Switch, vlan: number, mac: string): SwitchEntry<StaticMacEntry>[] {
  const index = estate.index('topology.staticMac', () => {
    const byKey = new Map<string, SwitchEntry<StaticMacEntry>[]>();
    for (const s of estate.of('Switch')) {
      (s.spec.staticMac ?? []).forEach((entry, i) => {
        const canonical = normalizeMac(entry.mac);
        if (canonical) push(byKey, `${nameKey(s.name)}|${entry.vlan}|${canonical}`, { switch: s, index: i, entry });
      });
    }
    return byKey;
  });
  return index.get(`${nameKey(sw.name)}|${vlan}|${normalizeMac(mac) ?? mac}`) ?? [];
}

/** NLB clusters by VIP, in declaration order. */
export function nlbClustersByVip(estate: Estate): Map<string, NlbCluster[]> {
  return estate.index('topology.nlbClustersByVip', () => {
    const index = new Map<string, NlbCluster[]>();
    for (const cluster of estate.of('NlbCluster')) push(index, cluster.spec.vip, cluster);
    return index;
  });
}

/** Something in the estate that answers to a MAC: a VM adapter with a static MAC, or an NLB cluster. */
export interface MacOwner {
  doc: Manifest;
  path: Array<string | number>;
  /** How messages name it: `network adapter "LAN" of VirtualMachine "WEB01"`, `NLB cluster "NLB-APP"`. */
  description: string;
  cluster?: NlbCluster;
}

/** Owners by canonical MAC: VM adapters by their static `macAddress`, NLB clusters by the MAC their VIP and mode give (§1.1). */
export function macOwners(estate: Estate): Map<string, MacOwner[]> {
  return estate.index('topology.macOwners', () => {
    const index = new Map<string, MacOwner[]>();
    for (const vm of estate.of('VirtualMachine')) {
      (vm.spec.networkAdapters ?? []).forEach((adapter, i) => {
        const mac = adapter.macAddress !== undefined ? normalizeMac(adapter.macAddress) : undefined;
        if (mac)
          push(index, mac, {
            doc: vm,
            path: ['spec', 'networkAdapters', i, 'macAddress'],
            description: `network adapter "${adapter.name}" of VirtualMachine "${vm.name}"`,
          });
      });
    }
    for (const cluster of estate.of('NlbCluster')) {
      push(index, clusterMacFor(cluster.spec.vip, cluster.spec.mode), {
        doc: cluster,
        path: ['spec', 'vip'],
        description: `NLB cluster "${cluster.name}"`,
        cluster,
      });
    }
    return index;
  });
}

/** A member list's points as attachment keys, built once per list. */
const memberKeyCache = new WeakMap<object, Set<string>>();

/**
 * Whether a member list (ports and LAGs of a bridge group or static MAC entry) covers an
 * attachment point: the LAG for a LAG, the port for a plain port.
 */
export function membersCover(
  members: { ports?: string[]; lags?: number[] },
  at: { lag?: number; port?: string },
): boolean {
  let keys = memberKeyCache.get(members);
  if (!keys) {
    keys = new Set([
      ...(members.lags ?? []).map((lag) => attachmentKey({ lag })),
      ...(members.ports ?? []).map((port) => attachmentKey({ port })),
    ]);
    memberKeyCache.set(members, keys);
  }
  return keys.has(attachmentKey(at));
}

/** The switches that route a VLAN (`routed: true`): its layer-3 gateways in the estate (§1.5), with the VLAN's index. */
export function layer3Gateways(estate: Estate, vlan: number): SwitchEntry<SwitchVlan>[] {
  const index = estate.index('topology.layer3Gateways', () => {
    const byVlan = new Map<number, SwitchEntry<SwitchVlan>[]>();
    for (const sw of estate.of('Switch'))
      (sw.spec.vlans ?? []).forEach((entry, i) => {
        if (entry.routed === true) push(byVlan, entry.id, { switch: sw, index: i, entry });
      });
    return byVlan;
  });
  return index.get(vlan) ?? [];
}

/** A layer-3 gateway of an NLB cluster's VLAN that has no static ARP entry for the cluster's VIP. */
export interface GatewayWithoutArp {
  switch: Switch;
  /** Where the missing entry goes: the switch's `staticArp` list, or the VLAN's `routed` flag when it has none. */
  path: Array<string | number>;
}

/**
 * Static ARP for an NLB cluster's VIP at the layer-3 gateways of its VLAN (§1.5): the gateways
 * without an entry for the VIP, and whether the gateway is outside the estate (switches are
 * declared, none routes the VLAN, and no switch has an entry for the VIP), so nothing could be
 * checked. An entry for the VIP with another MAC is not judged here.
 */
export function vipArpAtGateways(
  estate: Estate,
  cluster: NlbCluster,
): { missing: GatewayWithoutArp[]; gatewayOutsideEstate: boolean } {
  const { vip, vlan } = cluster.spec;
  const entries = staticArpByIp(estate).get(vip) ?? [];
  const gateways = layer3Gateways(estate, vlan);
  const missing: GatewayWithoutArp[] = [];
  for (const gateway of gateways) {
    const sw = gateway.switch;
    if (entries.some((e) => e.switch === sw)) continue;
    missing.push({
      switch: sw,
      path: sw.has(['spec', 'staticArp']) ? ['spec', 'staticArp'] : ['spec', 'vlans', gateway.index, 'routed'],
    });
  }
  const gatewayOutsideEstate = estate.of('Switch').length > 0 && gateways.length === 0 && entries.length === 0;
  return { missing, gatewayOutsideEstate };
}

/**
 * Bridge multicast groups on a switch and VLAN whose MAC is `mac`: a multi-port static MAC
 * entry for a multicast MAC may be written this way (`bridge multicast address`), as the
 * multicast-mode cluster MAC 03-bf-… often is on a PowerConnect.
 */
export function bridgeGroupsWithMac(
  estate: Estate,
  sw: Switch,
  vlan: number,
  mac: string,
): SwitchEntry<BridgeMulticastGroup>[] {
  return bridgeGroupIndex(estate).get(`${nameKey(sw.name)}|${vlan}|mac:${normalizeMac(mac) ?? mac}`) ?? [];
}

/** A VLAN declared on a switch, with its index in `spec.vlans`. */
export function switchVlan(estate: Estate, sw: Switch, id: number): { index: number; vlan: SwitchVlan } | undefined {
  const index = estate.index('topology.switchVlans', () => {
    const byKey = new Map<string, { index: number; vlan: SwitchVlan }>();
    for (const s of estate.of('Switch')) {
      (s.spec.vlans ?? []).forEach((vlan, i) => {
        const key = `${nameKey(s.name)}|${vlan.id}`;
        if (!byKey.has(key)) byKey.set(key, { index: i, vlan });
      });
    }
    return byKey;
  });
  return index.get(`${nameKey(sw.name)}|${id}`);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Orders documents of the estate as they were declared. */
function byDeclaration(estate: Estate): (a: Manifest, b: Manifest) => number {
  const order = estate.index('topology.declarationOrder', () => new Map(estate.documents.map((d, i) => [d, i])));
  return (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
}
