import { DependencyGraph, startupDependencies, estateNodeId } from '../../src/model/dependencies.js';
import { lintTexts } from '../../src/lint.js';
import { cluster, dc, docs, host, vm } from '../helpers/estate-docs.js';

/** The estate of schema-valid fixtures (a fixture typo fails here, not silently later). */
function estateOf(files: Record<string, string>) {
  const result = lintTexts(files, { rules: [] });
  expect(result.findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  return result.estate;
}

/** Build a graph from `node:gate` names and `a>b` edges. */
function graph(nodes: string, edges: string): DependencyGraph<string> {
  const g = new DependencyGraph<string>();
  for (const n of nodes.split(' ')) {
    const [id, gate] = n.split(':') as [string, 'all' | 'any'];
    g.add(id, gate, id);
  }
  for (const e of edges.split(' ').filter(Boolean)) {
    const [from, to] = e.split('>') as [string, string];
    g.dependsOn(from, to);
  }
  return g;
}

describe('DependencyGraph.startable (least fixed point of all/any)', () => {
  test('an "all" node with no dependency starts; "all" needs every dependency', () => {
    const g = graph('a:all b:all c:all d:all', 'c>a c>b d>c');
    expect([...g.startable()].sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  test('"all" waits for a blocked dependency; "any" needs just one', () => {
    const g = graph(
      'leaf:all loop1:all loop2:all and:all or:any',
      'loop1>loop2 loop2>loop1 and>leaf and>loop1 or>loop1 or>leaf',
    );
    expect([...g.startable()].sort()).toEqual(['leaf', 'or']);
  });

  test('an "any" node with no dependency cannot start', () => {
    expect([...graph('or:any x:all', 'x>or').startable()]).toEqual([]);
  });

  test('a cycle through an "any" node is broken by one grounded alternative', () => {
    // cluster → domain (any) → {dc1 → cluster, dc2 (physical)}
    const g = graph('cluster:all domain:any dc1:all dc2:all', 'cluster>domain domain>dc1 domain>dc2 dc1>cluster');
    expect([...g.startable()].sort()).toEqual(['cluster', 'dc1', 'dc2', 'domain']);
  });

  test('duplicate edges are counted once', () => {
    const g = graph('a:all b:all', 'a>b a>b');
    expect(g.dependenciesOf('a')).toEqual(['b']);
    expect([...g.startable()].sort()).toEqual(['a', 'b']);
  });

  test('an edge to an unknown node is a programming error', () => {
    expect(() => graph('a:all', 'a>b')).toThrow(/unknown nodes a → b/);
  });
});

describe('DependencyGraph.cycles (Tarjan)', () => {
  test('finds each strongly connected component with a cycle, including self-loops', () => {
    const g = graph('a:all b:all c:all d:all e:all f:all', 'a>b b>c c>a c>d d>e e>e f>a');
    expect(g.cycles().map((c) => c.sort())).toEqual(expect.arrayContaining([['a', 'b', 'c'], ['e']]));
    expect(g.cycles()).toHaveLength(2);
  });

  test('restricted to the nodes a filter accepts', () => {
    const g = graph('a:all b:all c:all', 'a>b b>c c>a');
    expect(g.cycles((id) => id !== 'b')).toEqual([]);
  });

  test('is iterative: a chain of 100 000 nodes closing into one cycle does not overflow the stack', () => {
    const g = new DependencyGraph<number>();
    const n = 100_000;
    for (let i = 0; i < n; i++) g.add(`n${i}`, 'all', i);
    for (let i = 0; i < n; i++) g.dependsOn(`n${i}`, `n${(i + 1) % n}`);
    const cycles = g.cycles();
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(g.startable().size).toBe(0);
  });
});

describe('DependencyGraph.shortestCycle', () => {
  test('returns the shortest way back, from the node to itself', () => {
    const g = graph('a:all b:all c:all d:all', 'a>b b>c c>a a>d d>a');
    expect(g.shortestCycle('a')).toEqual(['a', 'd', 'a']);
    expect(g.shortestCycle('b')).toEqual(['b', 'c', 'a', 'b']);
  });

  test('a self-loop, no cycle, and a filter', () => {
    expect(graph('a:all', 'a>a').shortestCycle('a')).toEqual(['a', 'a']);
    expect(graph('a:all b:all', 'a>b').shortestCycle('a')).toBeUndefined();
    expect(graph('a:all b:all c:all d:all', 'a>b b>a a>c c>d d>a').shortestCycle('a', (id) => id !== 'b')).toEqual([
      'a',
      'c',
      'd',
      'a',
    ]);
  });
});

describe('startupDependencies (the estate model)', () => {
  test('models clusters, domains, DCs, VMs and hosts with the documented edges', () => {
    const estate = estateOf({
      'e.yaml': docs(
        cluster('HVC1', { nodes: ['HV01', 'HV02'] }),
        host('HV01', { cluster: 'HVC1' }),
        host('HV02'),
        host('HV09'),
        dc('DC01', 'corp.example.com', { vm: 'DC01' }),
        dc('DC02', 'corp.example.com', { physicalServer: 'DC02' }),
        vm('DC01', 'generation: 2\nhost: HV02'),
        vm('APP01', 'generation: 2\ncluster: HVC1'),
        vm('LAB01', 'generation: 2\nhost: HV09'),
      ),
    });
    const { graph: g, startable, deadlocked } = startupDependencies(estate);
    expect(g.dependenciesOf(estateNodeId('cluster', 'HVC1'))).toEqual(['domain:corp.example.com']);
    expect(g.gate('domain:corp.example.com')).toBe('any');
    expect(g.dependenciesOf('domain:corp.example.com')).toEqual(['dc:dc01', 'dc:dc02']);
    expect(g.dependenciesOf('dc:dc01')).toEqual(['vm:dc01']);
    expect(g.dependenciesOf('dc:dc02')).toEqual([]);
    expect(g.dependenciesOf('vm:dc01')).toEqual(['host:hv02']);
    expect(g.dependenciesOf('vm:app01')).toEqual(['cluster:hvc1']);
    // HV02 does not name the cluster, but the cluster lists it.
    expect(g.dependenciesOf('host:hv02')).toEqual(['cluster:hvc1']);
    expect(g.dependenciesOf('host:hv09')).toEqual([]);
    // Hosts do not depend on their domain.
    expect(g.dependenciesOf('host:hv01')).toEqual(['cluster:hvc1']);
    expect(startable.size).toBe(g.ids().length);
    expect(deadlocked.size).toBe(0);
  });

  test('a domain without DC documents counts as available', () => {
    const estate = estateOf({ 'e.yaml': docs(cluster('HVC1'), vm('APP01', 'generation: 2\ncluster: HVC1')) });
    const deps = startupDependencies(estate);
    expect(deps.graph.gate('domain:corp.example.com')).toBe('all');
    expect(deps.startable.has('cluster:hvc1')).toBe(true);
  });

  test('a cycle makes its members deadlocked, and what hangs off it merely blocked', () => {
    const estate = estateOf({
      'e.yaml': docs(
        cluster('HVC1'),
        cluster('HVC3', { nodes: ['HV05'] }),
        dc('DC01', 'corp.example.com', { vm: 'DC01' }),
        vm('DC01', 'generation: 2\ncluster: HVC1'),
        vm('APP03', 'generation: 2\ncluster: HVC3'),
      ),
    });
    const deps = startupDependencies(estate);
    expect([...deps.deadlocked].sort()).toEqual(['cluster:hvc1', 'dc:dc01', 'domain:corp.example.com', 'vm:dc01']);
    expect(deps.startable.has('cluster:hvc3')).toBe(false);
    expect(deps.deadlocked.has('cluster:hvc3')).toBe(false);
    expect(deps.cycleThrough('cluster:hvc1')!.map((n) => `${n.kind}:${n.name}`)).toEqual([
      'cluster:HVC1',
      'domain:corp.example.com',
      'dc:DC01',
      'vm:DC01',
      'cluster:HVC1',
    ]);
    expect(deps.cycleThrough('cluster:hvc3')).toBeUndefined();
  });

  test('is built once per estate', () => {
    const estate = estateOf({ 'e.yaml': cluster('HVC1') });
    expect(startupDependencies(estate)).toBe(startupDependencies(estate));
  });
});
