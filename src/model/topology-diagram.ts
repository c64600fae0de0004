/**
 * A Mermaid diagram of where NLB traffic goes: NLB cluster → VLAN → switch group (bridge
 * multicast group, static MAC entry, or the flooded VLAN in unicast mode) → LAG or port →
 * Hyper-V host. The hosts are those able to run a node (§2.2), landing where their NIC teams
 * do; a point they land on that the group does not cover is a failing link, drawn dashed and
 * red, as is a switch with no group at all. Clusters with findings are marked too.
 * Bounded: at most `maxClusters` clusters and `maxNodes` nodes, whatever the estate's size.
 */
import type { Finding } from '../types.js';
import type { Estate, Manifest } from './estate.js';
import { nameKey } from './estate.js';
import { mermaidText } from '../util/mermaid.js';

export { mermaidText };
import { clusterMacFor, igmpGroupFor } from './nlb.js';
import {
  bridgeGroupsFor,
  bridgeGroupLabel,
  describeAttachment,
  membersCover,
  nlbReach,
  staticMacEntries,
  type NodeAttachment,
} from './topology.js';

export interface TopologyOptions {
  maxClusters?: number;
  maxNodes?: number;
}

export interface TopologyDiagram {
  /** The diagram source (without the ```mermaid fence), or '' when the estate has no NLB cluster. */
  mermaid: string;
  clusters: number;
  /** NLB clusters left out to keep the diagram bounded. */
  omittedClusters: number;
  /** Links expected but missing (group members not covering a host's LAG, switches without a group). */
  failingLinks: number;
}

interface Group {
  key: string;
  label: string;
  members?: { ports?: string[]; lags?: number[] };
  /** Every point is a member (unicast floods the VLAN). */
  floods?: boolean;
  failing?: boolean;
}

class MermaidGraph {
  private readonly ids = new Map<string, string>();
  readonly lines: string[] = [];
  private readonly failingNodes = new Set<string>();
  private readonly failingEdges: number[] = [];
  private edges = 0;
  private readonly edgeKeys = new Set<string>();

  get size(): number {
    return this.ids.size;
  }

  node(key: string, label: string, failing = false): string {
    let id = this.ids.get(key);
    if (!id) {
      id = `n${this.ids.size}`;
      this.ids.set(key, id);
      this.lines.push(`  ${id}["${label}"]`);
    }
    if (failing) this.failingNodes.add(id);
    return id;
  }

  edge(from: string, to: string, failing = false, label?: string): void {
    const key = `${from}|${to}|${failing}`;
    if (this.edgeKeys.has(key)) return;
    this.edgeKeys.add(key);
    this.lines.push(failing ? `  ${from} -. ${label ?? 'missing'} .-> ${to}` : `  ${from} --> ${to}`);
    if (failing) this.failingEdges.push(this.edges);
    this.edges++;
  }

  render(): string {
    const out = ['flowchart LR', ...this.lines];
    if (this.failingNodes.size > 0 || this.failingEdges.length > 0)
      out.push('  classDef failing stroke:#d1242f,stroke-width:3px,color:#d1242f');
    if (this.failingNodes.size > 0) out.push(`  class ${[...this.failingNodes].join(',')} failing`);
    if (this.failingEdges.length > 0)
      out.push(`  linkStyle ${this.failingEdges.join(',')} stroke:#d1242f,stroke-width:2px`);
    return out.join('\n');
  }
}

export function nlbTopology(
  estate: Estate,
  findings: readonly Finding[],
  options: TopologyOptions = {},
): TopologyDiagram {
  const maxClusters = options.maxClusters ?? 25;
  const maxNodes = options.maxNodes ?? 200;
  const clusters = estate.of('NlbCluster');
  const flagged = new Set<string>();
  for (const f of findings) {
    if (f.suppressed || f.severity === 'notice' || !f.document) continue;
    flagged.add(`${f.document.kind}|${nameKey(f.document.name)}|${f.path?.slice(0, 3).join('.') ?? ''}`);
    flagged.add(`${f.document.kind}|${nameKey(f.document.name)}`);
  }
  const graph = new MermaidGraph();
  let drawn = 0;
  let failingLinks = 0;
  for (const cluster of clusters) {
    if (drawn >= maxClusters || graph.size >= maxNodes) break;
    drawn++;
    const spec = cluster.spec;
    const clusterId = graph.node(
      `nlb|${nameKey(cluster.name)}`,
      `${mermaidText(cluster.name)}<br/>${mermaidText(`${spec.vip} · ${spec.mode}`)}`,
      flagged.has(`NlbCluster|${nameKey(cluster.name)}`),
    );
    const vlanId = graph.node(`vlan|${spec.vlan}`, `VLAN ${spec.vlan}`);
    graph.edge(clusterId, vlanId);
    for (const reach of nlbReach(estate, cluster).values()) {
      const sw = reach.switch;
      const groups = groupsOn(estate, sw, cluster, flagged);
      if (groups.length === 0) {
        const missing = graph.node(
          `missing|${nameKey(sw.name)}|${nameKey(cluster.name)}`,
          `${mermaidText(sw.name)}: no group for ${mermaidText(expectedGroup(cluster))}`,
          true,
        );
        graph.edge(vlanId, missing, true);
        failingLinks++;
        continue;
      }
      for (const group of groups) {
        const groupId = graph.node(
          `group|${nameKey(sw.name)}|${group.key}`,
          `${mermaidText(sw.name)}<br/>${mermaidText(group.label)}`,
          group.failing,
        );
        graph.edge(vlanId, groupId);
        for (const at of reach.attachments.values()) {
          const pointId = graph.node(
            `point|${nameKey(sw.name)}|${describeAttachment(at)}`,
            `${mermaidText(sw.name)} ${mermaidText(describeAttachment(at))}`,
          );
          const covered = group.floods || membersCover(group.members ?? {}, at);
          graph.edge(groupId, pointId, !covered);
          if (!covered) failingLinks++;
          graph.edge(pointId, hostNode(graph, at, flagged));
        }
      }
    }
  }
  if (drawn === 0) return { mermaid: '', clusters: 0, omittedClusters: 0, failingLinks: 0 };
  return { mermaid: graph.render(), clusters: drawn, omittedClusters: clusters.length - drawn, failingLinks };
}

function hostNode(graph: MermaidGraph, at: NodeAttachment, flagged: Set<string>): string {
  return graph.node(
    `host|${nameKey(at.host.name)}`,
    mermaidText(at.host.name),
    flagged.has(`HyperVHost|${nameKey(at.host.name)}|spec.nicTeams.${at.teamIndex}`),
  );
}

function expectedGroup(cluster: Manifest<'NlbCluster'>): string {
  return cluster.spec.mode === 'igmp-multicast'
    ? igmpGroupFor(cluster.spec.vip)
    : clusterMacFor(cluster.spec.vip, cluster.spec.mode);
}

/** The switch-side objects that carry a cluster's traffic to hosts, by mode (§1.2, §1.5, §2.1). */
function groupsOn(
  estate: Estate,
  sw: Manifest<'Switch'>,
  cluster: Manifest<'NlbCluster'>,
  flagged: Set<string>,
): Group[] {
  const spec = cluster.spec;
  if (spec.mode === 'unicast')
    return [{ key: `flood|${spec.vlan}`, label: `VLAN ${spec.vlan} flooded (unicast)`, floods: true }];
  if (spec.mode === 'igmp-multicast') {
    return bridgeGroupsFor(estate, sw, cluster).map((g) => ({
      key: `bridge|${g.index}`,
      label: `group ${bridgeGroupLabel(g.entry)}`,
      members: g.entry,
      failing: flagged.has(`Switch|${nameKey(sw.name)}|spec.bridgeMulticastGroups.${g.index}`),
    }));
  }
  return staticMacEntries(estate, sw, spec.vlan, clusterMacFor(spec.vip, spec.mode)).map((e) => ({
    key: `mac|${e.index}`,
    label: `static MAC ${e.entry.mac}`,
    members: e.entry,
    failing: flagged.has(`Switch|${nameKey(sw.name)}|spec.staticMac.${e.index}`),
  }));
}
