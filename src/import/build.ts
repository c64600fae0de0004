/**
 * import: an inventory → manifests. The drift stage already turns the inventory into observed
 * documents (src/drift/observed.ts); import takes those as they are (VMs, NLB clusters, switches),
 * adds the hosts and clusters the host directories describe, and lays the documents out in files.
 * What the inventory cannot know is left out and marked with a `# TODO:` comment saying what to
 * decide; a required field is never filled with a made-up value, except a switch's `model`, which
 * gets drift's placeholder `unknown` with a TODO beside it (no rule reads it as a real model).
 * Pure: no file system, no clock; the same inventory gives the same bytes.
 */
import { Estate, nameKey } from '../model/estate.js';
import type {
  HyperVClusterSpec,
  HyperVHostSpec,
  NicTeam,
  SharedVolume,
  Uplink,
  VirtualMachineSpec,
  WindowsServerVersion,
} from '../model/kinds.js';
import { buildObservedEstate } from '../drift/observed.js';
import type { Inventory, InventoryHost, InventoryProblem, ObservedNic } from '../drift/inventory/types.js';
import { checkSchema } from '../schema/index.js';
import { emitDocument, type Comments, type Value } from './emit.js';

export const LAYOUTS = ['by-kind', 'by-cluster'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** One manifest the import writes. */
export interface ImportedDocument {
  kind: string;
  name: string;
  value: { [key: string]: Value };
  comments: Comments;
  /** The file the layout puts it in, relative to the output directory. */
  file: string;
  /** Inventory paths it came from (directories of host exports, switch configuration files). */
  origins: string[];
  collectedAt?: string;
  /** What is left to decide (the TODO comments' text), for the summary. */
  todos: string[];
}

export interface ImportResult {
  documents: ImportedDocument[];
  /** Files by path relative to the output directory, sorted, with their text. */
  files: Array<{ path: string; text: string }>;
  problems: InventoryProblem[];
}

const API_VERSION = 'hvlint/v1';

/** Windows version (header WindowsVersion) → the manifests' OS release. */
export function osRelease(version: string | undefined): WindowsServerVersion | undefined {
  if (!version) return undefined;
  if (/^6\.2\./.test(version)) return 'windows-server-2012';
  if (/^6\.3\./.test(version)) return 'windows-server-2012-r2';
  const build = /^10\.0\.(\d+)/.exec(version)?.[1];
  const releases: Record<string, WindowsServerVersion> = {
    '14393': 'windows-server-2016',
    '17763': 'windows-server-2019',
    '20348': 'windows-server-2022',
    '26100': 'windows-server-2025',
  };
  return build ? releases[build] : undefined;
}

/** A name as a file name: lower-case, anything but letters, digits, `.`, `_` and `-` as `-`. */
export function fileNameOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'unnamed';
}

/** The file a document goes to in a layout; `placement` is a VM's cluster or host, a host's cluster. */
export function fileFor(
  layout: Layout,
  kind: string,
  name: string,
  placement?: { cluster?: string; host?: string },
): string {
  const group = placement?.cluster ?? placement?.host;
  switch (kind) {
    case 'Switch':
      return `switches/${fileNameOf(name)}.yaml`;
    case 'NlbCluster':
      return 'nlb.yaml';
    case 'DomainController':
      return 'domain.yaml';
    case 'BackupJob':
      return 'backup.yaml';
    case 'VirtualMachine':
      return layout === 'by-kind'
        ? `vms/${fileNameOf(group ?? 'unplaced')}.yaml`
        : `${fileNameOf(group ?? 'unplaced')}/vms.yaml`;
    case 'HyperVCluster':
      return layout === 'by-kind' ? 'hosts.yaml' : `${fileNameOf(name)}/cluster.yaml`;
    case 'HyperVHost':
      return layout === 'by-kind'
        ? 'hosts.yaml'
        : placement?.cluster
          ? `${fileNameOf(placement.cluster)}/cluster.yaml`
          : `${fileNameOf(name)}/host.yaml`;
    default:
      return 'other.yaml';
  }
}

const KIND_ORDER = ['HyperVCluster', 'HyperVHost', 'VirtualMachine', 'NlbCluster', 'Switch'];

export function importInventory(inventory: Inventory, layout: Layout = 'by-kind'): ImportResult {
  const built = buildObservedEstate(new Estate([]), inventory);
  const documents: ImportedDocument[] = [];
  const dirOf = (path: string): string => path.replace(/\/[^/]*$/, '');
  const collectedOf = (hostName: string): string | undefined =>
    inventory.hosts.find((h) => nameKey(h.name) === nameKey(hostName))?.collectedAt;

  const add = (
    kind: string,
    name: string,
    spec: unknown,
    placement: { cluster?: string; host?: string } | undefined,
    origins: string[],
    collectedAt: string | undefined,
    todos: Array<[string, string]>,
  ): void => {
    const value = { apiVersion: API_VERSION, kind, metadata: { name }, spec } as { [key: string]: Value };
    const comments: Comments = new Map();
    for (const [path, text] of todos) comments.set(path, [...(comments.get(path) ?? []), `TODO: ${text}`]);
    const doc: ImportedDocument = {
      kind,
      name,
      value,
      comments,
      file: fileFor(layout, kind, name, placement),
      origins: [...new Set(origins)].sort(),
      todos: todos.map(([, text]) => text),
    };
    if (collectedAt) doc.collectedAt = collectedAt;
    documents.push(doc);
  };

  // --- VMs: drift's observed documents -------------------------------------------------------------
  const clusterVolumes = new Map<string, Map<string, SharedVolume>>();
  for (const pair of built.vms) {
    if (!pair.doc || !pair.observed) continue;
    const spec = pair.doc.spec as VirtualMachineSpec;
    const todos: Array<[string, string]> = [
      [
        'metadata',
        'labels: what the estate means to you (role, backup: required...): backup jobs select VMs by label, and the inventory cannot know them',
      ],
      [
        'spec.generation',
        'guest: { os: windows | linux | freebsd | other }: the guest OS decides what a backup can achieve; the inventory does not read inside the VM',
      ],
    ];
    if (spec.generation === undefined) todos.push(['spec', 'generation: 1 or 2; Get-VM gave none']);
    if (spec.cluster) {
      const volumes = clusterVolumes.get(nameKey(spec.cluster)) ?? new Map<string, SharedVolume>();
      clusterVolumes.set(nameKey(spec.cluster), volumes);
      for (const controller of spec.controllers ?? [])
        for (const drive of controller.drives ?? []) {
          const csv = /^([a-z]:\\ClusterStorage\\([^\\]+))\\/i.exec(drive.path ?? '');
          if (csv && !volumes.has(csv[2]!.toLowerCase()))
            volumes.set(csv[2]!.toLowerCase(), { name: csv[2]!, path: csv[1]! });
        }
    }
    const host = pair.observed.host;
    add(
      'VirtualMachine',
      pair.doc.name,
      spec,
      spec.cluster ? { cluster: spec.cluster } : { host: spec.host ?? host },
      [dirOf(pair.observed.at.source.path)],
      collectedOf(host),
      todos,
    );
  }

  // --- NLB clusters ------------------------------------------------------------------------------
  for (const pair of built.nlbClusters) {
    if (!pair.doc || !pair.observed) continue;
    const spec = pair.doc.spec as { vlan?: number; nodes?: Array<{ adapter: string }> };
    const todos: Array<[string, string]> = [];
    if (spec.vlan === undefined)
      todos.push([
        'spec',
        "vlan: the VLAN of the cluster's traffic; no node adapter has an access VLAN in the inventory",
      ]);
    (spec.nodes ?? []).forEach((node, i) => {
      if (node.adapter === 'unknown')
        todos.push([
          `spec.nodes.${i}`,
          'adapter: the node did not name its interface (Get-NlbClusterNode InterfaceName)',
        ]);
    });
    const reporters = pair.observed.reports.map((r) => r.host);
    add(
      'NlbCluster',
      pair.doc.name,
      spec,
      undefined,
      [dirOf(pair.observed.at.source.path)],
      reporters
        .map(collectedOf)
        .filter((t): t is string => t !== undefined)
        .sort()
        .pop(),
      todos,
    );
  }

  // --- Switches ----------------------------------------------------------------------------------
  for (const pair of built.switches) {
    add('Switch', pair.doc.name, pair.doc.spec, undefined, [pair.observed.source.path], undefined, [
      [
        'spec.model',
        'model: the running configuration does not name the switch model (for example dell-powerconnect-5424); known models decide the MAC notation the switch rules expect',
      ],
    ]);
  }

  // --- Hosts and clusters, from the host directories -----------------------------------------------
  const hypervHosts = inventory.hosts.filter((h) => h.read.has('Get-VM.json') || h.resourcesAt !== undefined);
  const hostsByName = new Map<string, InventoryHost>();
  for (const host of hypervHosts) if (!hostsByName.has(nameKey(host.name))) hostsByName.set(nameKey(host.name), host);
  const clusterNodes = new Map<string, { name: string; nodes: Map<string, string> }>();
  const clusterOf = (name: string) => {
    let entry = clusterNodes.get(nameKey(name));
    if (!entry) clusterNodes.set(nameKey(name), (entry = { name, nodes: new Map() }));
    return entry;
  };
  for (const host of hypervHosts) {
    if (!host.cluster) continue;
    const entry = clusterOf(host.cluster);
    entry.nodes.set(nameKey(host.name), host.name);
    for (const node of host.nodes) entry.nodes.set(nameKey(node), node);
  }
  const hostNames = new Map<string, { name: string; cluster?: string }>();
  for (const host of hypervHosts)
    hostNames.set(nameKey(host.name), host.cluster ? { name: host.name, cluster: host.cluster } : { name: host.name });
  for (const cluster of clusterNodes.values())
    for (const node of cluster.nodes.values())
      if (!hostNames.has(nameKey(node))) hostNames.set(nameKey(node), { name: node, cluster: cluster.name });

  for (const { name, cluster } of hostNames.values()) {
    const host = hostsByName.get(nameKey(name));
    const spec = {} as HyperVHostSpec;
    const todos: Array<[string, string]> = [];
    const os = osRelease(host?.windowsVersion);
    if (os) spec.os = os;
    else
      todos.push([
        'spec',
        `os: the Windows Server release of ${name}; ${host?.windowsVersion ? `WindowsVersion ${host.windowsVersion} is not a release hvlint knows` : 'the inventory has no WindowsVersion for it'}`,
      ]);
    if (host?.domain) spec.domain = host.domain;
    else
      todos.push(['spec', `domain: the Active Directory domain ${name} is joined to; its header.json has no Domain`]);
    if (cluster) spec.cluster = cluster;
    if (host?.memoryMB !== undefined) spec.memoryMB = host.memoryMB;
    if (host?.logicalProcessors !== undefined) spec.logicalProcessors = host.logicalProcessors;
    if (host?.memoryMB === undefined)
      todos.push([
        'spec',
        'memoryMB, logicalProcessors: export Get-VMHost.json (the collector does) for capacity checks',
      ]);
    if (host?.nics && host.nics.length > 0) {
      const teams = nicTeamsOf(name, host.nics, inventory.switches);
      spec.nicTeams = teams.teams;
      todos.push(...teams.todos);
    } else
      todos.push([
        'spec',
        'nicTeams: the NIC teams of the host and where each lands on the switches (uplink: switch and LAG or port); export Get-NetLbfoTeam, Get-VMSwitch and Get-NetAdapter (the collector does). The NLB and switch rules need them to find the LAGs of the hosts',
      ]);
    add('HyperVHost', name, spec, cluster ? { cluster } : undefined, host ? [host.dir] : [], host?.collectedAt, todos);
  }

  for (const cluster of clusterNodes.values()) {
    const nodes = [...cluster.nodes.values()].sort((a, b) =>
      nameKey(a) < nameKey(b) ? -1 : nameKey(a) > nameKey(b) ? 1 : 0,
    );
    const domains = [...new Set(nodes.map((n) => hostsByName.get(nameKey(n))?.domain).filter((d): d is string => !!d))];
    const spec = {} as HyperVClusterSpec;
    const todos: Array<[string, string]> = [];
    if (domains.length === 1) spec.domain = domains[0]!;
    else
      todos.push([
        'spec',
        domains.length === 0
          ? `domain: the Active Directory domain of cluster ${cluster.name}; no node's header.json has a Domain`
          : `domain: the nodes of ${cluster.name} report different domains (${domains.join(', ')})`,
      ]);
    spec.nodes = nodes;
    const volumes = [...(clusterVolumes.get(nameKey(cluster.name))?.values() ?? [])].sort((a, b) =>
      a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1,
    );
    if (volumes.length > 0) {
      spec.sharedVolumes = volumes;
      todos.push([
        'spec.sharedVolumes',
        'lun: the storage behind each volume (sas, iscsi, fc, smb, s2d), read from the VM disk paths only; the backup rules need it',
      ]);
    }
    const dirs = nodes.map((n) => hostsByName.get(nameKey(n))?.dir).filter((d): d is string => !!d);
    add(
      'HyperVCluster',
      cluster.name,
      spec,
      { cluster: cluster.name },
      dirs,
      nodes
        .map(collectedOf)
        .filter((t): t is string => t !== undefined)
        .sort()
        .pop(),
      todos,
    );
  }

  documents.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      (nameKey(a.name) < nameKey(b.name) ? -1 : nameKey(a.name) > nameKey(b.name) ? 1 : 0),
  );
  return {
    documents,
    files: renderFiles(documents, inventory.root),
    problems: [...inventory.problems, ...built.problems],
  };
}

/**
 * A host's teams and unteamed NICs with their uplinks. Where a NIC is cabled is read from the
 * switches' port descriptions: a port described "<host> <NIC>" (as in "HV01 Ethernet 3 (TEAM-VM)")
 * carries that NIC, and a port in a LAG stands for the LAG. A team whose members are not all found
 * gets no uplink and a TODO (its manifest then fails its schema until the uplink is written).
 */
export function nicTeamsOf(
  hostName: string,
  nics: ObservedNic[],
  switches: Inventory['switches'],
): { teams: NicTeam[]; todos: Array<[string, string]> } {
  const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const landing = (member: string): Uplink | undefined => {
    const described = new RegExp(`^${escape(hostName)}\\s+${escape(member)}(?:\\s*\\(|\\s*$)`, 'i');
    for (const sw of switches) {
      for (const port of sw.spec.ports ?? []) {
        if (!port.description || !described.test(port.description.trim())) continue;
        const lag =
          port.lag ??
          (sw.spec.lags ?? []).find((l) => (l.members ?? []).some((m) => m.toLowerCase() === port.name.toLowerCase()))
            ?.id;
        return lag !== undefined ? { switch: sw.name, lag } : { switch: sw.name, port: port.name };
      }
    }
    return undefined;
  };
  const teams: NicTeam[] = [];
  const todos: Array<[string, string]> = [];
  nics.forEach((nic, i) => {
    const team: NicTeam = { name: nic.name, mode: nic.mode };
    if (nic.loadBalancing) team.loadBalancing = nic.loadBalancing;
    if (nic.members.length > 0) team.members = [...nic.members];
    if (nic.virtualSwitch) team.virtualSwitch = nic.virtualSwitch;
    const found = nic.members.map((member) => ({ member, at: landing(member) }));
    const missing = found.filter((f) => !f.at).map((f) => f.member);
    if (nic.members.length === 0 || missing.length > 0) {
      todos.push([
        `spec.nicTeams.${i}`,
        `uplink: where ${nic.name} lands (switch and LAG or port); no switch port description names ${hostName} and ${missing.length > 0 ? missing.join(', ') : 'its members'} (for example "${hostName} ${missing[0] ?? 'Ethernet 1'}")`,
      ]);
    } else {
      const points = new Map<string, Uplink & { members: string[] }>();
      for (const { member, at } of found) {
        const key = `${at!.switch.toLowerCase()}|${at!.lag ?? `port:${at!.port!.toLowerCase()}`}`;
        const point = points.get(key);
        if (point) point.members.push(member);
        else points.set(key, { ...at!, members: [member] });
      }
      const list = [...points.values()];
      if (list.length === 1) {
        const { members: _members, ...uplink } = list[0]!;
        team.uplink = uplink;
      } else team.uplinks = list;
    }
    teams.push(team);
  });
  return { teams, todos };
}

/** The header comment of a file: where its documents came from, and when they were collected. */
function header(documents: ImportedDocument[]): string {
  const origins = [...new Set(documents.flatMap((d) => d.origins))].sort();
  const collected = documents
    .map((d) => d.collectedAt)
    .filter((t): t is string => t !== undefined)
    .sort()
    .pop();
  const lines = [
    `Imported by hvlint import from ${origins.length > 0 ? origins.join(', ') : 'the inventory'}${collected ? `, collected ${collected}` : ''}.`,
    'Edit freely: `hvlint import --update` keeps comments and order and changes only what the estate changed.',
  ];
  if (documents.some((d) => d.todos.length > 0))
    lines.push('Each TODO says what the inventory cannot know: decide it, then delete the TODO.');
  return lines.map((l) => `# ${l}\n`).join('');
}

export function renderDocument(doc: ImportedDocument): string {
  return emitDocument(doc.value, doc.comments);
}

function renderFiles(documents: ImportedDocument[], _root: string): Array<{ path: string; text: string }> {
  const byFile = new Map<string, ImportedDocument[]>();
  for (const doc of documents) {
    const list = byFile.get(doc.file) ?? [];
    list.push(doc);
    byFile.set(doc.file, list);
  }
  return [...byFile.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, docs]) => ({ path, text: header(docs) + docs.map(renderDocument).join('---\n') }));
}

/** Whether an imported document is schema-valid (false when a TODO left a required field out). */
export function importedIsValid(doc: ImportedDocument): boolean {
  return checkSchema(doc.value).valid;
}
