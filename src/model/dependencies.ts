/**
 * Start-up dependencies of the estate, and a small AND/OR graph utility to reason about them.
 *
 * A node is either an "all" node (it can start once every dependency has started; with none it
 * starts at once) or an "any" node (it can start once one dependency has started). The nodes
 * that can start from a cold estate are the least fixed point of those conditions, computed in
 * linear time by counting satisfied dependencies (as unit propagation does for Horn clauses).
 * What cannot start waits on something that cannot start either; following those waits always
 * ends in a cycle, which Tarjan's algorithm finds. Other cycle checks can reuse the graph.
 *
 * The estate model (docs/domain.md §5.2):
 * - a cluster depends on its domain (the cluster service needs a DC to register VMs);
 * - a domain is an "any" node over its DCs: one reachable DC is enough. A domain with no
 *   DomainController documents is outside what the estate describes and counts as available;
 * - a DC that is a VM depends on that VM; a physical DC depends on nothing;
 * - a VM depends on its cluster (highly available) or its host;
 * - a host depends on its cluster, when it is a node of one;
 * - hosts do not depend on domains: a host boots and starts its local VMs without a DC, which
 *   is what lets a DC VM on a stand-alone host break the cycle.
 * References to undeclared documents add no dependency: unresolved-reference reports them.
 */
import type { ManifestDocument } from './document.js';
import { nameKey, type Estate } from './estate.js';
import { clustersOfHost } from './storage.js';

export type Gate = 'all' | 'any';

interface GraphNode<T> {
  id: string;
  gate: Gate;
  data: T;
  dependencies: number[];
}

/** A directed graph of "needs" edges between AND ("all") and OR ("any") nodes. */
export class DependencyGraph<T> {
  private readonly index = new Map<string, number>();
  private readonly nodes: GraphNode<T>[] = [];

  /** Add a node; adding an existing id again keeps the first. */
  add(id: string, gate: Gate, data: T): void {
    if (this.index.has(id)) return;
    this.index.set(id, this.nodes.length);
    this.nodes.push({ id, gate, data, dependencies: [] });
  }

  has(id: string): boolean {
    return this.index.has(id);
  }

  data(id: string): T | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.nodes[i]!.data;
  }

  gate(id: string): Gate | undefined {
    const i = this.index.get(id);
    return i === undefined ? undefined : this.nodes[i]!.gate;
  }

  /** `from` needs `to`. Both must have been added. */
  dependsOn(from: string, to: string): void {
    const f = this.index.get(from);
    const t = this.index.get(to);
    if (f === undefined || t === undefined) throw new Error(`dependency between unknown nodes ${from} → ${to}`);
    const deps = this.nodes[f]!.dependencies;
    if (!deps.includes(t)) deps.push(t);
  }

  dependenciesOf(id: string): string[] {
    const i = this.index.get(id);
    return i === undefined ? [] : this.nodes[i]!.dependencies.map((d) => this.nodes[d]!.id);
  }

  ids(): string[] {
    return this.nodes.map((n) => n.id);
  }

  /** Nodes that can start from nothing (least fixed point of the all/any conditions). O(V + E). */
  startable(): Set<string> {
    const n = this.nodes.length;
    const dependents: number[][] = Array.from({ length: n }, () => []);
    const missing = new Array<number>(n);
    const queue: number[] = [];
    this.nodes.forEach((node, i) => {
      for (const d of node.dependencies) dependents[d]!.push(i);
      missing[i] = node.gate === 'all' ? node.dependencies.length : Math.min(1, node.dependencies.length);
      // An "any" node with no dependency has no way to start.
      if (node.gate === 'all' && node.dependencies.length === 0) queue.push(i);
    });
    const started = new Array<boolean>(n).fill(false);
    for (const i of queue) started[i] = true;
    for (let head = 0; head < queue.length; head++) {
      for (const dependent of dependents[queue[head]!]!) {
        if (started[dependent]) continue;
        missing[dependent]!--;
        if (missing[dependent]! <= 0) {
          started[dependent] = true;
          queue.push(dependent);
        }
      }
    }
    return new Set(queue.map((i) => this.nodes[i]!.id));
  }

  /**
   * Strongly connected components (Tarjan, iterative) of the subgraph of nodes accepted by
   * `include`, keeping only components that hold a cycle (two or more nodes, or a self-loop).
   */
  cycles(include: (id: string) => boolean = () => true): string[][] {
    const n = this.nodes.length;
    const ok = this.nodes.map((node) => include(node.id));
    const order = new Array<number>(n).fill(-1);
    const low = new Array<number>(n).fill(0);
    const onStack = new Array<boolean>(n).fill(false);
    const stack: number[] = [];
    const components: string[][] = [];
    let counter = 0;
    for (let root = 0; root < n; root++) {
      if (!ok[root] || order[root] !== -1) continue;
      const frames: Array<{ v: number; next: number }> = [{ v: root, next: 0 }];
      order[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = true;
      while (frames.length > 0) {
        const frame = frames[frames.length - 1]!;
        const deps = this.nodes[frame.v]!.dependencies;
        if (frame.next < deps.length) {
          const w = deps[frame.next++]!;
          if (!ok[w]) continue;
          if (order[w] === -1) {
            order[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = true;
            frames.push({ v: w, next: 0 });
          } else if (onStack[w]) {
            low[frame.v] = Math.min(low[frame.v]!, order[w]!);
          }
          continue;
        }
        frames.pop();
        const parent = frames[frames.length - 1];
        if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
        if (low[frame.v] !== order[frame.v]) continue;
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          component.push(w);
        } while (w !== frame.v);
        if (component.length > 1 || this.nodes[frame.v]!.dependencies.includes(frame.v)) {
          components.push(component.sort((a, b) => a - b).map((i) => this.nodes[i]!.id));
        }
      }
    }
    return components;
  }

  /** A shortest cycle from `id` back to itself through nodes accepted by `include` (BFS), as ids from `id` to `id`. */
  shortestCycle(id: string, include: (id: string) => boolean = () => true): string[] | undefined {
    const start = this.index.get(id);
    if (start === undefined) return undefined;
    const parent = new Map<number, number>();
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const w of this.nodes[v]!.dependencies) {
        if (w === start) {
          const path = [start];
          for (let at = v; at !== start; at = parent.get(at)!) path.push(at);
          path.push(start);
          return [path[0]!, ...path.slice(1, -1).reverse(), start].map((i) => this.nodes[i]!.id);
        }
        if (parent.has(w) || !include(this.nodes[w]!.id)) continue;
        parent.set(w, v);
        queue.push(w);
      }
    }
    return undefined;
  }
}

export type EstateNodeKind = 'cluster' | 'host' | 'domain' | 'dc' | 'vm';

export interface EstateNode {
  kind: EstateNodeKind;
  /** As written in the manifests (domains: as first written). */
  name: string;
  /** The document that declares it; domains have none. */
  doc?: ManifestDocument;
}

export const estateNodeId = (kind: EstateNodeKind, name: string): string => `${kind}:${nameKey(name)}`;

export interface StartupDependencies {
  graph: DependencyGraph<EstateNode>;
  /** Ids of nodes that can start from a cold estate. */
  startable: Set<string>;
  /** Ids of nodes that wait on themselves: members of a cycle among nodes that cannot start. */
  deadlocked: Set<string>;
  /** A shortest chain of waits from a deadlocked node back to itself. */
  cycleThrough(id: string): EstateNode[] | undefined;
}

/** The estate's start-up dependency graph and what it implies, built once per estate. */
export function startupDependencies(estate: Estate): StartupDependencies {
  return estate.index('dependencies:startup', () => {
    const graph = new DependencyGraph<EstateNode>();
    const dcsByDomain = new Map<string, string[]>();
    for (const dc of estate.of('DomainController')) {
      const key = nameKey(dc.spec.domain);
      const list = dcsByDomain.get(key);
      if (list) list.push(dc.name);
      else dcsByDomain.set(key, [dc.name]);
    }
    const addDomain = (domain: string): string => {
      const id = estateNodeId('domain', domain);
      graph.add(id, dcsByDomain.has(nameKey(domain)) ? 'any' : 'all', { kind: 'domain', name: domain });
      return id;
    };

    for (const cluster of estate.of('HyperVCluster'))
      graph.add(estateNodeId('cluster', cluster.name), 'all', { kind: 'cluster', name: cluster.name, doc: cluster });
    for (const host of estate.of('HyperVHost'))
      graph.add(estateNodeId('host', host.name), 'all', { kind: 'host', name: host.name, doc: host });
    for (const vm of estate.of('VirtualMachine'))
      graph.add(estateNodeId('vm', vm.name), 'all', { kind: 'vm', name: vm.name, doc: vm });
    for (const dc of estate.of('DomainController'))
      graph.add(estateNodeId('dc', dc.name), 'all', { kind: 'dc', name: dc.name, doc: dc });

    for (const cluster of estate.of('HyperVCluster'))
      graph.dependsOn(estateNodeId('cluster', cluster.name), addDomain(cluster.spec.domain));
    for (const dc of estate.of('DomainController')) {
      const id = estateNodeId('dc', dc.name);
      graph.dependsOn(addDomain(dc.spec.domain), id);
      if (dc.spec.vm && graph.has(estateNodeId('vm', dc.spec.vm))) graph.dependsOn(id, estateNodeId('vm', dc.spec.vm));
    }
    for (const vm of estate.of('VirtualMachine')) {
      const placement = vm.spec.cluster
        ? estateNodeId('cluster', vm.spec.cluster)
        : vm.spec.host
          ? estateNodeId('host', vm.spec.host)
          : undefined;
      if (placement && graph.has(placement)) graph.dependsOn(estateNodeId('vm', vm.name), placement);
    }
    for (const host of estate.of('HyperVHost')) {
      for (const cluster of clustersOfHost(estate, host))
        graph.dependsOn(estateNodeId('host', host.name), estateNodeId('cluster', cluster.name));
    }

    const startable = graph.startable();
    const blocked = (id: string): boolean => !startable.has(id);
    const deadlocked = new Set(graph.cycles(blocked).flat());
    return {
      graph,
      startable,
      deadlocked,
      cycleThrough: (id) =>
        deadlocked.has(id)
          ? graph.shortestCycle(id, (other) => deadlocked.has(other))?.map((n) => graph.data(n)!)
          : undefined,
    };
  });
}
