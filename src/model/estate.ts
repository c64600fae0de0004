/**
 * model: the whole estate, indexed once. Rules join through these indexes (by kind and name,
 * by cluster, by host) instead of scanning every document, so each rule stays linear.
 */
import { type ManifestDocument } from './document.js';
import { KINDS, type Kind, type SpecOf, type VirtualMachineSpec } from './kinds.js';

export interface Manifest<K extends Kind = Kind> extends ManifestDocument {
  readonly spec: SpecOf[K];
}

/** Names of hosts, VMs and clusters are Windows / AD names: compared case-insensitively. */
export const nameKey = (name: string): string => name.toLowerCase();

export class Estate {
  /** Every hvlint document, valid or not, in file order. */
  readonly documents: ManifestDocument[];
  private readonly valid = new Map<Kind, Manifest[]>();
  private readonly byName = new Map<Kind, Map<string, Manifest>>();
  private readonly declaredNames = new Map<string, Map<string, ManifestDocument[]>>();
  private readonly memo = new Map<string, unknown>();

  constructor(documents: ManifestDocument[]) {
    this.documents = documents;
    for (const kind of KINDS) {
      this.valid.set(kind, []);
      this.byName.set(kind, new Map());
    }
    for (const doc of documents) {
      const kind = doc.kind;
      let names = this.declaredNames.get(kind);
      if (!names) this.declaredNames.set(kind, (names = new Map()));
      const key = nameKey(doc.name);
      const list = names.get(key);
      if (list) list.push(doc);
      else names.set(key, [doc]);
      if (!doc.valid) continue;
      const valid = this.valid.get(kind as Kind);
      if (!valid) continue;
      valid.push(doc as Manifest);
      const byName = this.byName.get(kind as Kind)!;
      if (!byName.has(key)) byName.set(key, doc as Manifest);
    }
  }

  /** Schema-valid documents of a kind, in file order. */
  of<K extends Kind>(kind: K): Manifest<K>[] {
    return this.valid.get(kind) as Manifest<K>[];
  }

  /** The schema-valid document of a kind with a name (the first, if the name is duplicated). */
  get<K extends Kind>(kind: K, name: string | undefined): Manifest<K> | undefined {
    if (name === undefined) return undefined;
    return this.byName.get(kind)!.get(nameKey(name)) as Manifest<K> | undefined;
  }

  /** Every document of a kind that uses a name, valid or not (for reference and duplicate checks). */
  declared(kind: string, name: string): ManifestDocument[] {
    return this.declaredNames.get(kind)?.get(nameKey(name)) ?? [];
  }

  /** Documents grouped by kind and name, valid or not. */
  namesOf(kind: string): Map<string, ManifestDocument[]> {
    return this.declaredNames.get(kind) ?? new Map();
  }

  /** Build an index once per estate and share it between rules. */
  index<T>(key: string, build: () => T): T {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = build();
    this.memo.set(key, value);
    return value;
  }

  /** Hosts that are nodes of a cluster: listed in the cluster's `nodes` or naming the cluster themselves. */
  hostsOfCluster(cluster: string): Manifest<'HyperVHost'>[] {
    const index = this.index('hostsOfCluster', () => {
      const map = new Map<string, Map<string, Manifest<'HyperVHost'>>>();
      const add = (clusterName: string, host: Manifest<'HyperVHost'>): void => {
        const key = nameKey(clusterName);
        let hosts = map.get(key);
        if (!hosts) map.set(key, (hosts = new Map()));
        hosts.set(nameKey(host.name), host);
      };
      for (const cluster of this.of('HyperVCluster')) {
        for (const node of cluster.spec.nodes) {
          const host = this.get('HyperVHost', node);
          if (host) add(cluster.name, host);
        }
      }
      for (const host of this.of('HyperVHost')) {
        if (host.spec.cluster) add(host.spec.cluster, host);
      }
      return map;
    });
    return [...(index.get(nameKey(cluster))?.values() ?? [])];
  }

  /** Hosts a VM can run on: its host, or every node of its cluster (live migration). */
  hostsAbleToRun(vm: Manifest<'VirtualMachine'>): Manifest<'HyperVHost'>[] {
    const spec: VirtualMachineSpec = vm.spec;
    if (spec.cluster) return this.hostsOfCluster(spec.cluster);
    const host = this.get('HyperVHost', spec.host);
    return host ? [host] : [];
  }

  /** VMs placed on a cluster (highly available) or a host. */
  vmsOn(kind: 'cluster' | 'host', name: string): Manifest<'VirtualMachine'>[] {
    const index = this.index('vmsOn', () => {
      const map = new Map<string, Manifest<'VirtualMachine'>[]>();
      for (const vm of this.of('VirtualMachine')) {
        const key = vm.spec.cluster
          ? `cluster:${nameKey(vm.spec.cluster)}`
          : vm.spec.host
            ? `host:${nameKey(vm.spec.host)}`
            : '';
        if (!key) continue;
        const list = map.get(key);
        if (list) list.push(vm);
        else map.set(key, [vm]);
      }
      return map;
    });
    return index.get(`${kind}:${nameKey(name)}`) ?? [];
  }
}
