/**
 * Windows Server versions of the hosts: facts that hold for some releases only (docs/domain.md,
 * "Windows versions") are applied by reading the `os` of the hosts able to run a VM or of a
 * cluster's nodes. A rule that cannot tell the version says so rather than guessing.
 */
import type { WindowsServerVersion } from './kinds.js';
import type { Estate, Manifest } from './estate.js';

type HyperVHost = Manifest<'HyperVHost'>;

const ORDER: WindowsServerVersion[] = [
  'windows-server-2008-r2',
  'windows-server-2012',
  'windows-server-2012-r2',
  'windows-server-2016',
  'windows-server-2019',
  'windows-server-2022',
  'windows-server-2025',
];

/** Release order: negative when `a` is older than `b`. */
export function compareVersions(a: WindowsServerVersion, b: WindowsServerVersion): number {
  return ORDER.indexOf(a) - ORDER.indexOf(b);
}

/** Whether `os` is `since` or a later release. */
export const isAtLeast = (os: WindowsServerVersion, since: WindowsServerVersion): boolean =>
  compareVersions(os, since) >= 0;

/** How messages name a release: `Windows Server 2012 R2`. */
export function versionName(os: WindowsServerVersion): string {
  return os.replace(/^windows-server-/, 'Windows Server ').replace(/-r2$/, ' R2');
}

/** Hosts grouped by release, oldest release first, hosts in estate order. */
export interface HostsByVersion {
  versions: Map<WindowsServerVersion, HyperVHost[]>;
  /** No host able to run it is declared: its version is unknown. */
  unknown: boolean;
}

export function groupByVersion(hosts: HyperVHost[]): HostsByVersion {
  const versions = new Map<WindowsServerVersion, HyperVHost[]>();
  for (const host of [...hosts].sort((a, b) => compareVersions(a.spec.os, b.spec.os))) {
    const list = versions.get(host.spec.os);
    if (list) list.push(host);
    else versions.set(host.spec.os, [host]);
  }
  return { versions, unknown: hosts.length === 0 };
}

/** The releases of the hosts able to run a VM (its host, or the nodes of its cluster). */
export function vmHostVersions(estate: Estate, vm: Manifest<'VirtualMachine'>): HostsByVersion {
  return groupByVersion(estate.hostsAbleToRun(vm));
}

/** `host "HV01"`, `hosts "HV01", "HV02"`. */
export function namedHosts(hosts: HyperVHost[]): string {
  return `${hosts.length === 1 ? 'host' : 'hosts'} ${hosts.map((h) => `"${h.name}"`).join(', ')}`;
}

/** Hosts older than `since`, and the others (`since` or later), each in release order. */
export function splitAt(
  versions: HostsByVersion,
  since: WindowsServerVersion,
): { older: HyperVHost[]; newer: HyperVHost[] } {
  const older: HyperVHost[] = [];
  const newer: HyperVHost[] = [];
  for (const [os, hosts] of versions.versions) (isAtLeast(os, since) ? newer : older).push(...hosts);
  return { older, newer };
}

/** `Windows Server 2012 host "HV05"`, `Windows Server 2008 R2 and 2012 hosts "HV05", "HV06"`. */
export function describeHosts(hosts: HyperVHost[]): string {
  const releases = [...new Set(hosts.map((h) => h.spec.os))].sort(compareVersions).map(versionName);
  const names = releases.map((r, i) => (i === 0 ? r : r.replace(/^Windows Server /, ''))).join(' and ');
  return `${names} ${namedHosts(hosts)}`;
}

/**
 * What Hyper-V does when it cannot back a VM up online (§4.1), on the hosts able to run it:
 * saved state before Windows Server 2012 R2, a crash-consistent checkpoint from 2012 R2.
 */
export function backupFallback(versions: HostsByVersion): string {
  const { older, newer } = splitAt(versions, 'windows-server-2012-r2');
  if (older.length === 0 && newer.length === 0)
    return 'saved-state (hosts before Windows Server 2012 R2) or crash-consistent (2012 R2 and later)';
  if (newer.length === 0) return `saved-state (the VM pauses; ${describeHosts(older)})`;
  if (older.length === 0) return `crash-consistent (${describeHosts(newer)})`;
  return `saved-state (${describeHosts(older)}) or crash-consistent (${describeHosts(newer)})`;
}
