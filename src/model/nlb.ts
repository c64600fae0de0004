/**
 * NLB and MAC arithmetic (docs/domain.md §1.1–§1.3, §2.1, §2.3): the cluster MAC and IGMP group that
 * follow from a VIP and a mode, the RFC 1112 group → MAC mapping, and MAC notations.
 *
 * MACs are compared in one canonical form, lower-case hyphenated (`01-00-5e-7f-03-e8`), the
 * form `nlb.exe ip2mac` prints; `formatMac` writes them in a switch's notation.
 */
import { minimatch } from 'minimatch';
import type { NlbMode, SwitchSpec } from './kinds.js';

export type MacStyle = 'colon' | 'hyphen' | 'dot';

export type Ipv4 = readonly [number, number, number, number];

/** The four octets of a dotted-quad IPv4 address, or undefined when it is not one. */
export function parseIpv4(ip: string): Ipv4 | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  const octets = parts.map((p) => (/^(0|[1-9][0-9]{0,2})$/.test(p) ? Number(p) : Number.NaN));
  if (octets.some((o) => !(o >= 0 && o <= 255))) return undefined;
  return octets as unknown as Ipv4;
}

/** Class D, 224.0.0.0/4. */
export function isMulticastIpv4(ip: string): boolean {
  const octets = parseIpv4(ip);
  return octets !== undefined && octets[0] >= 224 && octets[0] <= 239;
}

const hex = (octet: number): string => octet.toString(16).padStart(2, '0');

function octetsOf(ip: string): Ipv4 {
  const octets = parseIpv4(ip);
  if (!octets) throw new Error(`"${ip}" is not an IPv4 address`);
  return octets;
}

/**
 * The cluster MAC of a VIP in a mode (§1.1, KB 4494444, `nlb.exe ip2mac`): unicast 02-bf-<VIP>,
 * multicast 03-bf-<VIP>, IGMP multicast 01-00-5e-7f-<last two VIP octets>.
 */
export function clusterMacFor(vip: string, mode: NlbMode): string {
  const [a, b, c, d] = octetsOf(vip);
  switch (mode) {
    case 'unicast':
      return ['02', 'bf', hex(a), hex(b), hex(c), hex(d)].join('-');
    case 'multicast':
      return ['03', 'bf', hex(a), hex(b), hex(c), hex(d)].join('-');
    case 'igmp-multicast':
      return ['01', '00', '5e', '7f', hex(c), hex(d)].join('-');
  }
}

/**
 * The multicast group the nodes of an IGMP-mode cluster join: 239.255.x.y, x.y the last two VIP
 * octets (§1.2). KB 4494444's own example prints 239.244.0.1 for VIP 10.0.0.1: a typo; the
 * group is 239.255.0.1.
 */
export function igmpGroupFor(vip: string): string {
  const [, , c, d] = octetsOf(vip);
  return `239.255.${c}.${d}`;
}

/** The last two octets of an address ("3.232"): what decides the IGMP group and MAC (§1.4). */
export function lastTwoOctets(ip: string): string {
  const [, , c, d] = octetsOf(ip);
  return `${c}.${d}`;
}

/**
 * The Ethernet MAC of an IPv4 multicast group (RFC 1112 §6.4, §1.3): 01-00-5e followed by the
 * low 23 bits of the address. Undefined for an address outside 224.0.0.0/4.
 */
export function multicastMacForGroup(ip: string): string | undefined {
  if (!isMulticastIpv4(ip)) return undefined;
  const [, b, c, d] = octetsOf(ip);
  return ['01', '00', '5e', hex(b & 0x7f), hex(c), hex(d)].join('-');
}

/**
 * The group a switch makes of a bridge multicast group's IP (§2.1): a multicast address is the
 * group itself; a PowerConnect-class switch also takes an NLB VIP and converts it to 239.255.x.y.
 */
export function bridgeGroupAddress(ip: string): string {
  return isMulticastIpv4(ip) ? ip : igmpGroupFor(ip);
}

/** Notation of a MAC as written: colon, hyphen or dot (Cisco-style 0100.5e7f.03e8). */
export function macStyleOf(mac: string): MacStyle | undefined {
  if (/^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i.test(mac)) return 'colon';
  if (/^[0-9a-f]{2}(-[0-9a-f]{2}){5}$/i.test(mac)) return 'hyphen';
  if (/^[0-9a-f]{4}(\.[0-9a-f]{4}){2}$/i.test(mac)) return 'dot';
  return undefined;
}

/**
 * A MAC in canonical form (lower-case, hyphenated), from any notation: colon, hyphen, dot, or
 * twelve bare hex digits as PowerShell prints `MacAddress` (§6.3). Undefined if it is not a MAC.
 */
export function normalizeMac(mac: string): string | undefined {
  const digits = macStyleOf(mac) || /^[0-9a-f]{12}$/i.test(mac) ? mac.replace(/[-:.]/g, '').toLowerCase() : undefined;
  if (!digits) return undefined;
  return digits.match(/../g)!.join('-');
}

/** Write a MAC (any notation) in a notation, lower-case unless asked otherwise. */
export function formatMac(mac: string, style: MacStyle, options: { upperCase?: boolean } = {}): string {
  const canonical = normalizeMac(mac);
  if (!canonical) throw new Error(`"${mac}" is not a MAC address`);
  const digits = canonical.replace(/-/g, '');
  const text =
    style === 'dot' ? digits.match(/..../g)!.join('.') : digits.match(/../g)!.join(style === 'colon' ? ':' : '-');
  return options.upperCase ? text.toUpperCase() : text;
}

/** Whether a written MAC uses upper-case hex digits (kept when a fix rewrites it). */
export function isUpperCaseMac(mac: string): boolean {
  return /[A-F]/.test(mac) && !/[a-f]/.test(mac);
}

/**
 * The MAC notation each switch model takes, by model glob, first match wins (§2.1, §2.3):
 * Dell PowerConnect and Force10 CLIs want colon-separated MACs.
 */
export const MODEL_MAC_STYLES: ReadonlyArray<readonly [string, MacStyle]> = [
  ['dell-powerconnect*', 'colon'],
  ['dell-force10*', 'colon'],
];

/** A model-glob → notation table that a configuration can put before the built-in one; `any` accepts every notation. */
export type ModelStyles = Record<string, MacStyle | 'any'>;

/**
 * The MAC notation a switch takes: its `macStyle`, else the first matching model glob (the
 * configured table, then MODEL_MAC_STYLES), else undefined: any notation is accepted.
 */
export function macStyleForSwitch(
  spec: Pick<SwitchSpec, 'model' | 'macStyle'>,
  modelStyles: ModelStyles = {},
): MacStyle | undefined {
  if (spec.macStyle) return spec.macStyle;
  const model = spec.model.toLowerCase();
  for (const [glob, style] of [...Object.entries(modelStyles), ...MODEL_MAC_STYLES]) {
    if (minimatch(model, glob.toLowerCase())) return style === 'any' ? undefined : style;
  }
  return undefined;
}

/**
 * A MAC as a message should show it for a switch: in the switch's notation when it takes colon or
 * hyphen, else colon (manifests hold only colon or hyphen MACs, and colon is the switch habit).
 */
export function macForSwitch(mac: string, spec: Pick<SwitchSpec, 'model' | 'macStyle'>): string {
  const style = macStyleForSwitch(spec);
  return formatMac(mac, style === 'hyphen' ? 'hyphen' : 'colon');
}
