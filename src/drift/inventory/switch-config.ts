/**
 * inventory (switches): the text of a Dell PowerConnect-style running configuration → the
 * `spec` of a Switch manifest (VLANs, ports, LAGs, bridge multicast groups, IGMP snooping,
 * static ARP and MAC entries), with where each part came from.
 *
 * Real configurations carry editing damage (docs/domain.md §2.1, a backup with orphan lines after
 * `exit` and missing `exit`s), so the parser never fails: a new `interface` line starts a new
 * context whether or not the last one was closed, a global command inside an interface closes
 * it, and lines it does not understand are ignored and counted.
 *
 * A running configuration lists what differs from the defaults: a VLAN without `ip igmp
 * snooping` has snooping off, and so has the switch without the global line.
 */
import type { SourceFile } from '../../load/source.js';
import type {
  BridgeMulticastGroup,
  StaticArpEntry,
  StaticMacEntry,
  SwitchLag,
  SwitchPort,
  SwitchVlan,
  UnregisteredMulticast,
} from '../../model/kinds.js';
import {
  bridgeGroupAddress,
  formatMac,
  macStyleOf,
  multicastMacForGroup,
  normalizeMac,
  parseIpv4,
} from '../../model/nlb.js';
import type { ObservedSwitch } from './types.js';

type Context =
  | { kind: 'global' }
  | { kind: 'vlan-database' }
  | { kind: 'ethernet'; ports: string[] }
  | { kind: 'port-channel'; lags: number[] }
  | { kind: 'vlan'; vlans: number[] }
  | { kind: 'other' };

interface Line {
  number: number;
  text: string;
  start: number;
  end: number;
}

interface GroupState {
  vlan: number;
  written: string;
  /** Canonical MAC of the group: from the MAC, or from the group IP (RFC 1112). */
  key: string;
  isMac: boolean;
  ports: Map<string, { name: string; line: Line }>;
  lags: Map<number, Line>;
  line: Line;
}

/**
 * Commands that are understood and do not matter to the audit (not counted as unknown): the
 * first words of each, matched at the start of a line (as the switch writes them, lower case).
 */
// prettier-ignore
const IRRELEVANT_COMMANDS = [
  // Port and LAG settings.
  'spanning-tree', 'speed', 'duplex', 'negotiation', 'flowcontrol', 'mdix', 'lldp', 'gvrp', 'qos',
  'priority-flag', 'mtu', 'port storm-control', 'port security', 'port jumbo-frame', 'port monitor',
  'storm-control', 'back-pressure', 'service-policy', 'traffic-shape', 'rate-limit', 'dot1x',
  'switchport mode', 'switchport protected', 'switchport forbidden', 'switchport customer', 'lacp',
  'port-channel load-balance',
  // IP services and IGMP snooping timers.
  'ip arp inspection', 'ip dhcp', 'ip source-guard', 'ip address', 'ip default-gateway', 'ip name-server',
  'ip domain', 'ip ssh', 'ip telnet', 'ip http', 'ip https', 'ip route', 'ip igmp snooping querier',
  'ip igmp snooping mrouter', 'ip igmp snooping host-time-out', 'ip igmp snooping mrouter-time-out',
  'ip igmp snooping leave-time-out', 'ip igmp snooping multicast-router', 'ipv6',
  // Bridge settings the audit does not model.
  'bridge multicast forbidden', 'bridge multicast forward-all',
  'bridge multicast forward-unregistered forbidden', 'bridge aging-time',
  // Management, access and the rest of the system.
  'snmp', 'snmp-server', 'logging', 'clock', 'sntp', 'ntp', 'username', 'enable password', 'aaa', 'line',
  'password', 'login', 'exec-timeout', 'crypto', 'management', 'banner', 'hostname', 'iscsi', 'voice',
  'interface out-of-band', 'end', 'exit', 'do ', 'copy', 'green-ethernet', 'macro', 'stack', 'member', 'boot',
  'asset-tag', 'system', 'link-dependency', 'sflow', 'radius-server', 'tacacs-server', 'no ',
];
const IRRELEVANT = [
  /^no\s+(shutdown|sh)$/,
  /^shutdown$/,
  new RegExp(
    `^(${IRRELEVANT_COMMANDS.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`,
  ),
];

interface PortState {
  name: string;
  description?: string;
  lag?: number;
  vlans: Set<number>;
  unregistered?: UnregisteredMulticast;
  line: Line;
}

interface LagState {
  description?: string;
  members: string[];
  lacp?: boolean;
  vlans: Set<number>;
  unregistered?: UnregisteredMulticast;
  line: Line;
}

interface VlanState {
  name?: string;
  igmp?: { value: boolean; line: Line };
  line: Line;
}

export function parseSwitchConfig(source: SourceFile, name: string): ObservedSwitch {
  const reader = new RunningConfigReader();
  for (const line of splitLines(source.text)) reader.read(line);
  return reader.observed(source, name);
}

/**
 * Reads a running configuration line by line: the context (global, VLAN database, an interface)
 * decides which commands a line may be; what is read accumulates in maps keyed as the switch
 * keys them, and `observed` turns it into a sorted spec.
 */
class RunningConfigReader {
  private context: Context = { kind: 'global' };
  private hostname: string | undefined;
  private igmpSnooping: { value: boolean; line: Line } | undefined;
  private filtering: { value: boolean; line: Line } | undefined;
  private readonly vlans = new Map<number, VlanState>();
  private readonly ports = new Map<string, PortState>();
  private readonly lags = new Map<number, LagState>();
  private readonly groups: GroupState[] = [];
  private readonly staticArp: Array<{ entry: StaticArpEntry; line: Line }> = [];
  private readonly staticMac: Array<{ entry: StaticMacEntry; line: Line }> = [];
  private readonly ignored: ObservedSwitch['ignored'] = [];

  read(line: Line): void {
    const text = line.text.trim().replace(/\s+/g, ' ');
    if (text === '' || text.startsWith('!')) return;
    if (/^(exit|end)$/i.test(text)) {
      this.context = { kind: 'global' };
      return;
    }
    let handled = this.inContext(text, line);
    if (!handled && this.context.kind !== 'global') {
      // A missing `exit`: a global command inside an interface closes the interface.
      const saved: Context = this.context;
      this.context = { kind: 'global' };
      handled = this.global(text, line);
      if (!handled) {
        this.context = saved;
        // Settings of an interface we do not model are understood enough: they are not damage.
        if (saved.kind === 'other') return;
      }
    }
    if (!handled && IRRELEVANT.some((re) => re.test(text))) handled = true;
    if (!handled) this.ignored.push({ line: line.number, text: line.text.trim() });
  }

  private inContext(text: string, line: Line): boolean {
    const context = this.context;
    switch (context.kind) {
      case 'global':
        return this.global(text, line);
      case 'vlan-database':
        return this.inVlanDatabase(text, line);
      case 'ethernet':
        return this.inEthernet(text, line, context.ports);
      case 'port-channel':
        return this.inPortChannel(text, line, context.lags);
      case 'vlan':
        return this.inVlan(text, line, context.vlans);
      case 'other':
        return false;
    }
  }

  private vlanOf(id: number, line: Line): VlanState {
    let vlan = this.vlans.get(id);
    if (!vlan) this.vlans.set(id, (vlan = { line }));
    return vlan;
  }

  private portOf(portName: string, line: Line): PortState {
    const key = portName.toLowerCase();
    let port = this.ports.get(key);
    if (!port) this.ports.set(key, (port = { name: portName, vlans: new Set(), line }));
    return port;
  }

  private lagOf(id: number, line: Line): LagState {
    let lag = this.lags.get(id);
    if (!lag) this.lags.set(id, (lag = { members: [], vlans: new Set(), line }));
    return lag;
  }

  /** A line in the global context; false when it is not a global command. */
  private global(text: string, line: Line): boolean {
    let m: RegExpExecArray | null;
    if ((m = /^interface\s+(?:range\s+)?(.+)$/i.exec(text))) {
      const context = interfaceContext(m[1]!.trim());
      this.context = context;
      if (context.kind === 'ethernet') for (const p of context.ports) this.portOf(p, line);
      if (context.kind === 'port-channel') for (const id of context.lags) this.lagOf(id, line);
      if (context.kind === 'vlan') for (const id of context.vlans) this.vlanOf(id, line);
      return context.kind !== 'other';
    }
    if (/^vlan\s+database$/i.test(text)) {
      this.context = { kind: 'vlan-database' };
      return true;
    }
    if ((m = /^hostname\s+("?)(.+)\1$/i.exec(text))) {
      this.hostname = m[2]!;
      return true;
    }
    if ((m = /^(no\s+)?ip\s+igmp\s+snooping$/i.exec(text))) {
      this.igmpSnooping = { value: !m[1], line };
      return true;
    }
    if ((m = /^(no\s+)?bridge\s+multicast\s+filtering$/i.exec(text))) {
      this.filtering = { value: !m[1], line };
      return true;
    }
    if ((m = /^arp\s+(\S+)\s+(\S+)(?:\s+(.*))?$/i.exec(text))) return this.arp(m[1]!, m[2]!, m[3], line);
    return false;
  }

  /** `arp <ip> <mac> [vlan <id> | <interface>]`. */
  private arp(ip: string, written: string, where: string | undefined, line: Line): boolean {
    const mac = switchMac(written);
    if (!parseIpv4(ip) || !mac) return false;
    const entry: StaticArpEntry = { ip, mac };
    const at = (where ?? '').trim();
    const vlan = /^vlan\s+(\d+)$/i.exec(at);
    if (vlan) entry.vlan = Number(vlan[1]);
    if (at) entry.interface = at.replace(/\s+/g, ' ');
    this.staticArp.push({ entry, line });
    return true;
  }

  private inVlanDatabase(text: string, line: Line): boolean {
    const m = /^vlan\s+([\d,\s-]+)$/i.exec(text);
    const ids = m ? expandNumbers(m[1]!) : undefined;
    if (!ids || ids.some((id) => id < 1 || id > 4094)) return false;
    for (const id of ids) this.vlanOf(id, line);
    return true;
  }

  private inEthernet(text: string, line: Line, names: string[]): boolean {
    let m: RegExpExecArray | null;
    if ((m = /^description\s+("?)(.*)\1$/i.exec(text))) {
      for (const p of names) this.portOf(p, line).description = m[2]!;
      return true;
    }
    if ((m = /^channel-group\s+(\d+)(?:\s+mode\s+(\S+))?$/i.exec(text))) {
      const id = Number(m[1]);
      const lag = this.lagOf(id, line);
      if (m[2]) lag.lacp = /^(auto|active|passive)$/i.test(m[2]);
      for (const p of names) {
        this.portOf(p, line).lag = id;
        if (!lag.members.some((x) => x.toLowerCase() === p.toLowerCase())) lag.members.push(p);
      }
      return true;
    }
    return this.interfaceSetting(
      text,
      names.map((p) => this.portOf(p, line)),
    );
  }

  private inPortChannel(text: string, line: Line, ids: number[]): boolean {
    const m = /^description\s+("?)(.*)\1$/i.exec(text);
    if (m) {
      for (const id of ids) this.lagOf(id, line).description = m[2]!;
      return true;
    }
    return this.interfaceSetting(
      text,
      ids.map((id) => this.lagOf(id, line)),
    );
  }

  /** Settings ports and LAGs share: the VLANs they carry, and what they do with unregistered multicast. */
  private interfaceSetting(text: string, targets: Array<PortState | LagState>): boolean {
    const vlanChange = switchportVlans(text);
    if (vlanChange) {
      for (const t of targets) applyVlans(t.vlans, vlanChange);
      return true;
    }
    const unregistered = unregisteredSetting(text);
    if (unregistered) {
      for (const t of targets) t.unregistered = unregistered;
      return true;
    }
    return false;
  }

  private inVlan(text: string, line: Line, ids: number[]): boolean {
    let m: RegExpExecArray | null;
    if ((m = /^name\s+("?)(.*)\1$/i.exec(text))) {
      for (const id of ids) this.vlanOf(id, line).name = m[2]!;
      return true;
    }
    if ((m = /^(no\s+)?ip\s+igmp\s+snooping$/i.exec(text))) {
      for (const id of ids) this.vlanOf(id, line).igmp = { value: !m[1], line };
      return true;
    }
    if (
      (m = /^bridge\s+multicast\s+address\s+(\S+)(?:\s+(add|remove)\s+(ethernet|port-channel)\s+(.+))?$/i.exec(text))
    ) {
      return this.bridgeMulticastAddress(m, line, ids);
    }
    if ((m = /^bridge\s+address\s+(\S+)\s+(ethernet|port-channel)\s+(\S+)(?:\s+\S+)?$/i.exec(text))) {
      return this.bridgeAddress(m, line, ids);
    }
    return false;
  }

  /** `bridge multicast address <mac|ip> [add|remove ethernet|port-channel <members>]` in VLANs `ids`. */
  private bridgeMulticastAddress(m: RegExpExecArray, line: Line, ids: number[]): boolean {
    const key = groupKey(m[1]!);
    if (!key) return false;
    let members: string[] | number[] | undefined;
    if (m[3]) {
      members = m[3].toLowerCase() === 'ethernet' ? expandPorts(m[4]!) : expandNumbers(m[4]!);
      if (!members) return false;
    }
    for (const vlan of ids) {
      this.vlanOf(vlan, line);
      let group = this.groups.find((g) => g.vlan === vlan && g.key === key.key);
      if (!group) {
        group = { vlan, ...key, ports: new Map(), lags: new Map(), line };
        this.groups.push(group);
      }
      if (!members) continue;
      const adding = m[2]!.toLowerCase() === 'add';
      for (const member of members) {
        if (typeof member === 'number') {
          if (adding) group.lags.set(member, line);
          else group.lags.delete(member);
        } else if (adding) group.ports.set(member.toLowerCase(), { name: member, line });
        else group.ports.delete(member.toLowerCase());
      }
    }
    return true;
  }

  /** `bridge address <mac> ethernet|port-channel <members>`: a static MAC-table entry in VLANs `ids`. */
  private bridgeAddress(m: RegExpExecArray, line: Line, ids: number[]): boolean {
    const mac = switchMac(m[1]!);
    const onPorts = m[2]!.toLowerCase() === 'ethernet';
    const members = onPorts ? expandPorts(m[3]!) : expandNumbers(m[3]!);
    if (!mac || !members) return false;
    for (const vlan of ids) {
      const entry: StaticMacEntry = { mac, vlan };
      if (onPorts) entry.ports = members as string[];
      else entry.lags = members as number[];
      this.staticMac.push({ entry, line });
    }
    return true;
  }

  /** What was read, as a sorted spec, with where each part came from. */
  observed(source: SourceFile, name: string): ObservedSwitch {
    const origins = new Map<string, { start: number; end: number }>();
    const origin = (key: string, line: Line): void => {
      if (!origins.has(key)) origins.set(key, { start: line.start, end: line.end });
    };
    // Filtering is off unless the configuration turns it on (§2.1): said explicitly, as snooping is.
    const spec: ObservedSwitch['spec'] = {
      igmpSnooping: this.igmpSnooping?.value ?? false,
      bridgeMulticastFiltering: this.filtering?.value ?? false,
    };
    if (this.igmpSnooping) origin('spec.igmpSnooping', this.igmpSnooping.line);
    if (this.filtering) origin('spec.bridgeMulticastFiltering', this.filtering.line);
    const vlans = this.vlanList(origin);
    if (vlans.length > 0) spec.vlans = vlans;
    const ports = this.portList(origin);
    if (ports.length > 0) spec.ports = ports;
    const lags = this.lagList(origin);
    if (lags.length > 0) spec.lags = lags;
    const groups = this.groupList(origin);
    if (groups.length > 0) spec.bridgeMulticastGroups = groups;
    if (this.staticArp.length > 0) {
      spec.staticArp = this.staticArp.map((a) => a.entry);
      this.staticArp.forEach((a, i) => origin(`spec.staticArp.${i}`, a.line));
    }
    if (this.staticMac.length > 0) {
      spec.staticMac = this.staticMac.map((a) => a.entry);
      this.staticMac.forEach((a, i) => origin(`spec.staticMac.${i}`, a.line));
    }
    const result: ObservedSwitch = { name, source, spec, origins, ignored: this.ignored };
    if (this.hostname) result.hostname = this.hostname;
    return result;
  }

  private vlanList(origin: Origin): SwitchVlan[] {
    return [...this.vlans.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([id, v], i) => {
        const vlan: SwitchVlan = { id };
        if (v.name !== undefined && v.name !== '') vlan.name = v.name;
        vlan.igmpSnooping = v.igmp?.value ?? false;
        origin(`spec.vlans.${i}`, v.line);
        if (v.igmp) origin(`spec.vlans.${i}.igmpSnooping`, v.igmp.line);
        return vlan;
      });
  }

  private portList(origin: Origin): SwitchPort[] {
    return [...this.ports.values()]
      .sort((a, b) => comparePorts(a.name, b.name))
      .map((p, i) => {
        const port: SwitchPort = { name: p.name };
        if (p.description) port.description = p.description;
        if (p.lag !== undefined) port.lag = p.lag;
        if (p.vlans.size > 0) port.vlans = [...p.vlans].sort((a, b) => a - b);
        if (p.unregistered) port.unregisteredMulticast = p.unregistered;
        origin(`spec.ports.${i}`, p.line);
        return port;
      });
  }

  private lagList(origin: Origin): SwitchLag[] {
    return [...this.lags.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([id, l], i) => {
        const lag: SwitchLag = { id };
        if (l.description) lag.description = l.description;
        if (l.members.length > 0) lag.members = [...l.members].sort(comparePorts);
        if (l.lacp !== undefined) lag.lacp = l.lacp;
        if (l.vlans.size > 0) lag.vlans = [...l.vlans].sort((a, b) => a - b);
        if (l.unregistered) lag.unregisteredMulticast = l.unregistered;
        origin(`spec.lags.${i}`, l.line);
        return lag;
      });
  }

  private groupList(origin: Origin): BridgeMulticastGroup[] {
    return this.groups.map((g, i) => {
      const group: BridgeMulticastGroup = { vlan: g.vlan };
      if (g.isMac) group.mac = g.written;
      else group.group = g.written;
      const portNames = [...g.ports.values()].sort((a, b) => comparePorts(a.name, b.name));
      if (portNames.length > 0) group.ports = portNames.map((p) => p.name);
      const lagIds = [...g.lags.keys()].sort((a, b) => a - b);
      if (lagIds.length > 0) group.lags = lagIds;
      origin(`spec.bridgeMulticastGroups.${i}`, g.line);
      portNames.forEach((p, j) => origin(`spec.bridgeMulticastGroups.${i}.ports.${j}`, p.line));
      lagIds.forEach((id, j) => origin(`spec.bridgeMulticastGroups.${i}.lags.${j}`, g.lags.get(id)!));
      return group;
    });
  }
}

type Origin = (key: string, line: Line) => void;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ number, text: text.slice(start, contentEnd), start, end: contentEnd });
    if (end === text.length) break;
    start = end + 1;
    number++;
  }
  return lines;
}

function interfaceContext(spec: string): Context {
  let m: RegExpExecArray | null;
  if ((m = /^(?:ethernet|gigabitethernet|tengigabitethernet|fastethernet|gi|te|fa)\s+(.+)$/i.exec(spec))) {
    const names = expandPorts(m[1]!);
    return names ? { kind: 'ethernet', ports: names } : { kind: 'other' };
  }
  if ((m = /^(?:port-channel|po|ch)\s*(.+)$/i.exec(spec))) {
    const ids = expandNumbers(m[1]!);
    return ids ? { kind: 'port-channel', lags: ids } : { kind: 'other' };
  }
  if ((m = /^vlan\s+(.+)$/i.exec(spec))) {
    const ids = expandNumbers(m[1]!);
    return ids && ids.every((id) => id >= 1 && id <= 4094) ? { kind: 'vlan', vlans: ids } : { kind: 'other' };
  }
  return { kind: 'other' };
}

/**
 * `bridge multicast unregistered forwarding | filtering`: a port or port-channel setting (§2.1),
 * not a VLAN one, so only the interface contexts of ports and LAGs read it.
 */
function unregisteredSetting(text: string): UnregisteredMulticast | undefined {
  const m = /^bridge\s+multicast\s+unregistered\s+(filtering|forwarding)$/i.exec(text);
  if (!m) return undefined;
  return m[1]!.toLowerCase() === 'filtering' ? 'filter' : 'forward';
}

type VlanChange = { op: 'add' | 'remove'; ids: number[] };

/** The VLANs a `switchport ...` line adds to or removes from a port or LAG. */
function switchportVlans(text: string): VlanChange | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^switchport\s+access\s+vlan\s+(\d+)$/i.exec(text))) return { op: 'add', ids: [Number(m[1])] };
  if ((m = /^switchport\s+(?:trunk\s+native\s+vlan|general\s+pvid)\s+(\d+)$/i.exec(text)))
    return { op: 'add', ids: [Number(m[1])] };
  if (
    (m =
      /^switchport\s+(?:trunk|general)\s+allowed\s+vlan\s+(add|remove)\s+([\d,\s-]+?)(?:\s+(?:tagged|untagged))?$/i.exec(
        text,
      ))
  ) {
    const ids = expandNumbers(m[2]!);
    return ids ? { op: m[1]!.toLowerCase() === 'add' ? 'add' : 'remove', ids } : undefined;
  }
  // `add all` and the like are understood but carry no VLAN list to model.
  if (/^switchport\s+(?:trunk|general)\s+allowed\s+vlan\s+(add|remove)\s+all$/i.test(text))
    return { op: 'add', ids: [] };
  return undefined;
}

function applyVlans(set: Set<number>, change: VlanChange): void {
  for (const id of change.ids) {
    if (id < 1 || id > 4094) continue;
    if (change.op === 'add') set.add(id);
    else set.delete(id);
  }
}

/** `4-6,8,10-12` → [4,5,6,8,10,11,12]; undefined when it is not such a list. */
export function expandNumbers(list: string): number[] | undefined {
  const out: number[] = [];
  for (const part of list.split(',').map((p) => p.trim())) {
    const m = /^(\d+)(?:\s*-\s*(\d+))?$/.exec(part);
    if (!m) return undefined;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    if (to < from || to - from > 4096) return undefined;
    for (let n = from; n <= to; n++) out.push(n);
  }
  return out;
}

/**
 * Port lists as PowerConnect writes them: `g1`, `g1,g2`, `g(1-3,6)`, `g1-4`, `g1-g4`,
 * `1/g1-1/g4`, `gi1/0/1-4`. Undefined when it is not such a list.
 */
export function expandPorts(list: string): string[] | undefined {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list.replace(/\s+/g, '')) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      items.push(current);
      current = '';
    } else current += ch;
  }
  items.push(current);
  const out: string[] = [];
  for (const item of items) {
    if (item === '') return undefined;
    let m: RegExpExecArray | null;
    if ((m = /^([A-Za-z0-9/]*?[A-Za-z/])\(([\d,-]+)\)$/.exec(item))) {
      const numbers = expandNumbers(m[2]!);
      if (!numbers) return undefined;
      out.push(...numbers.map((n) => `${m![1]}${n}`));
    } else if ((m = /^(.*?)(\d+)-(?:\1)?(\d+)$/.exec(item)) && /[A-Za-z/]$/.test(m[1]!)) {
      const from = Number(m[2]);
      const to = Number(m[3]);
      if (to < from || to - from > 512) return undefined;
      for (let n = from; n <= to; n++) out.push(`${m[1]}${n}`);
    } else if (/^[A-Za-z0-9][A-Za-z0-9/:._-]*$/.test(item)) {
      out.push(item);
    } else return undefined;
  }
  return out;
}

/** Ports in natural order: g2 before g10. */
function comparePorts(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' });
}

/** A MAC as a switch manifest holds it: colon or hyphen notation kept as written, others in colon. */
function switchMac(text: string): string | undefined {
  const style = macStyleOf(text);
  if (style === 'colon' || style === 'hyphen') return text;
  return normalizeMac(text) ? formatMac(text, 'colon') : undefined;
}

/** A bridge multicast group written as a MAC or an IP; keyed by the group MAC both decide (§1.3, §2.1). */
function groupKey(written: string): { written: string; key: string; isMac: boolean } | undefined {
  const mac = switchMac(written);
  if (mac) return { written: mac, key: normalizeMac(mac)!, isMac: true };
  if (parseIpv4(written)) {
    const key = multicastMacForGroup(bridgeGroupAddress(written));
    return key ? { written, key, isMac: false } : undefined;
  }
  return undefined;
}

/** The canonical group MAC of a declared or observed bridge multicast group. */
export function bridgeGroupMac(group: Pick<BridgeMulticastGroup, 'mac' | 'group'>): string | undefined {
  if (group.mac) return normalizeMac(group.mac);
  if (group.group && parseIpv4(group.group)) return multicastMacForGroup(bridgeGroupAddress(group.group));
  return undefined;
}
