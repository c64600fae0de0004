/**
 * Where a VM's drives are and what storage holds them: drive iteration with JSON paths, the
 * boot drive, Windows path comparison, and the Cluster Shared Volume a path lies on.
 */
import type { JsonPath } from '../types.js';
import type { Controller, Drive, SharedVolume } from './kinds.js';
import { nameKey, type Estate, type Manifest } from './estate.js';

type VirtualMachine = Manifest<'VirtualMachine'>;
type HyperVCluster = Manifest<'HyperVCluster'>;
type HyperVHost = Manifest<'HyperVHost'>;

export interface PlacedDrive {
  controller: Controller;
  drive: Drive;
  /** JSON path of the drive: ['spec', 'controllers', i, 'drives', j]. */
  path: JsonPath;
  /** `IDE 0:1`, `SCSI 0:2`: controller type, number and location. */
  slot: string;
}

/** Every drive of a VM, in manifest order. */
export function drivesOf(vm: VirtualMachine): PlacedDrive[] {
  const out: PlacedDrive[] = [];
  (vm.spec.controllers ?? []).forEach((controller, i) => {
    (controller.drives ?? []).forEach((drive, j) => {
      out.push({
        controller,
        drive,
        path: ['spec', 'controllers', i, 'drives', j],
        slot: `${controller.type.toUpperCase()} ${controller.number}:${drive.location}`,
      });
    });
  });
  return out;
}

export const isDisk = (drive: Drive): boolean => (drive.kind ?? 'disk') === 'disk';

/**
 * The drive the VM boots from: the one marked `boot: true`; else the disk whose purpose is
 * `system`; else, for generation 1, the first IDE disk (IDE 0:0 is where Hyper-V puts it).
 */
export function bootDriveOf(vm: VirtualMachine): PlacedDrive | undefined {
  const drives = drivesOf(vm);
  const marked = drives.find((d) => d.drive.boot === true);
  if (marked) return marked;
  const system = drives.find((d) => isDisk(d.drive) && d.drive.purpose === 'system');
  if (system) return system;
  if (vm.spec.generation !== 1) return undefined;
  const ide = drives.filter((d) => d.controller.type === 'ide' && isDisk(d.drive));
  ide.sort((a, b) => a.controller.number - b.controller.number || a.drive.location - b.drive.location);
  return ide[0];
}

/** Windows paths compare case-insensitively; `/` is a separator too; repeated separators are one. */
export function normalizeWindowsPath(path: string): string {
  const slashed = path.replace(/\//g, '\\');
  const unc = slashed.startsWith('\\\\');
  const body = slashed.replace(/\\{2,}/g, '\\').replace(/\\+$/, '');
  return (unc ? '\\' + body : body).toLowerCase();
}

/** Whether `path` is `folder` or inside it (component-wise: Volume1 does not contain Volume10). */
export function isUnder(path: string, folder: string): boolean {
  const p = normalizeWindowsPath(path);
  const f = normalizeWindowsPath(folder);
  return p === f || p.startsWith(f + '\\');
}

/** A UNC path (`\\server\share\...`): the file sits on an SMB share. */
export const isSmbPath = (path: string): boolean => /^[\\/]{2}[^\\/]/.test(path);

/**
 * The volume a path lies on, as messages name it: a Cluster Shared Volume (`C:\ClusterStorage\Volume1`,
 * one volume although under C:), an SMB share (`\\server\share`), or a drive (`D:`).
 */
export function volumeOf(path: string): string {
  const slashed = path.replace(/\//g, '\\');
  const csv = /^([a-z]:\\clusterstorage\\[^\\]+)/i.exec(slashed);
  if (csv) return csv[1]!;
  const unc = /^(\\\\[^\\]+\\[^\\]+)/.exec(slashed);
  if (unc) return unc[1]!;
  const drive = /^([a-z]:)/i.exec(slashed);
  return drive ? drive[1]!.toUpperCase() : slashed;
}

/** CSVs are mounted on every node under `<system drive>:\ClusterStorage\`. */
export const isClusterStoragePath = (path: string): boolean =>
  /^[a-z]:\\clusterstorage\\./.test(normalizeWindowsPath(path));

/** Clusters a host belongs to: the one it names and any that list it as a node (declared ones only). */
export function clustersOfHost(estate: Estate, host: HyperVHost): HyperVCluster[] {
  const listing = estate.index('storage:clustersListingHost', () => {
    const map = new Map<string, HyperVCluster[]>();
    for (const cluster of estate.of('HyperVCluster')) {
      for (const node of cluster.spec.nodes) {
        const key = nameKey(node);
        const list = map.get(key);
        if (list) list.push(cluster);
        else map.set(key, [cluster]);
      }
    }
    return map;
  });
  const out: HyperVCluster[] = [];
  const named = estate.get('HyperVCluster', host.spec.cluster);
  if (named) out.push(named);
  for (const cluster of listing.get(nameKey(host.name)) ?? []) if (!out.includes(cluster)) out.push(cluster);
  return out;
}

/** Clusters whose CSVs a VM can see: its own cluster, or the clusters of its host. */
export function clustersSeenBy(estate: Estate, vm: VirtualMachine): HyperVCluster[] {
  if (vm.spec.cluster) {
    const cluster = estate.get('HyperVCluster', vm.spec.cluster);
    return cluster ? [cluster] : [];
  }
  const host = estate.get('HyperVHost', vm.spec.host);
  return host ? clustersOfHost(estate, host) : [];
}

export interface CsvPlacement {
  cluster: HyperVCluster;
  volume: SharedVolume;
  /** JSON path of the volume in the cluster: ['spec', 'sharedVolumes', i]. */
  path: JsonPath;
}

/** The CSV of one of `clusters` that holds `path`, if any. */
export function csvHolding(clusters: HyperVCluster[], path: string): CsvPlacement | undefined {
  for (const cluster of clusters) {
    const volumes = cluster.spec.sharedVolumes ?? [];
    for (let i = 0; i < volumes.length; i++) {
      if (isUnder(path, volumes[i]!.path)) return { cluster, volume: volumes[i]!, path: ['spec', 'sharedVolumes', i] };
    }
  }
  return undefined;
}
