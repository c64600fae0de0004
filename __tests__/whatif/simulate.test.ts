/**
 * The simulation itself, one failure at a time, on estates whose outcome is computed by hand in
 * the comments: where VMs restart, what stays down, which consequences each failure has, and
 * what the simulation says it could not judge.
 */
import { lintTexts } from '../../src/lint.js';
import type { Estate } from '../../src/model/estate.js';
import { simulate, quorumAfter } from '../../src/whatif/simulate.js';
import { allFailures, parseFailure, failureId, type Failure } from '../../src/whatif/failures.js';
import { dc, docs } from '../helpers/estate-docs.js';
import { failoverCluster, failoverHost, failoverVm, THREE_HOSTS } from '../helpers/failover-estate.js';

function estateOf(files: Record<string, string>): Estate {
  const result = lintTexts(files, { rules: [] });
  const broken = result.findings.filter((f) => f.severity === 'error');
  if (broken.length) throw new Error(broken.map((f) => `${f.file}:${f.line} ${f.message}`).join('\n'));
  return result.estate;
}

function fail(estate: Estate, text: string): Failure {
  const failure = parseFailure(estate, text);
  if ('error' in failure) throw new Error(failure.error);
  return failure;
}

const summary = (estate: Estate, text: string) => {
  const outcome = simulate(estate, fail(estate, text));
  return {
    consequences: outcome.consequences.map((c) => `${c.rule}/${c.messageId}`),
    restarts: outcome.restarts.map((r) => `${r.vm.name}: ${r.from?.name ?? '?'} → ${r.to.name}`),
    down: outcome.down.map((vm) => vm.name).sort(),
  };
};

describe('a three-host cluster where losing the largest host overcommits memory', () => {
  const estate = estateOf(THREE_HOSTS);

  test('losing HV01 (253952 MB usable): SQL02 restarts on HV02, SQL01 (131072 MB) finds no node with room', () => {
    expect(summary(estate, 'host:HV01')).toEqual({
      consequences: ['cluster-n1-capacity/noRoom'],
      restarts: ['SQL02: HV01 → HV02'],
      down: ['SQL01'],
    });
    const [noRoom] = simulate(estate, fail(estate, 'host:HV01')).consequences;
    expect(noRoom!.data).toMatchObject({
      neededMB: 131072,
      largestMB: 131072,
      mostFreeMB: 57344,
      mostFreeHost: 'HV03',
    });
  });

  test('losing HV02 or HV03: its APP VM (65536 MB) fits on HV01 (90112 MB free)', () => {
    expect(summary(estate, 'host:HV02')).toEqual({ consequences: [], restarts: ['APP01: HV02 → HV01'], down: [] });
    expect(summary(estate, 'host:hv03')).toEqual({ consequences: [], restarts: ['APP02: HV03 → HV01'], down: [] });
  });

  test('every figure is declared: nothing is left unjudged', () => {
    for (const failure of allFailures(estate)) expect(simulate(estate, failure).notJudged).toEqual([]);
  });
});

describe('NLB nodes pinned to one host', () => {
  const nlb = `apiVersion: hvlint/v1\nkind: NlbCluster\nmetadata:\n  name: NLB-WEB\nspec:\n  vip: 172.31.3.232\n  mode: unicast\n  vlan: 20\n  nodes:\n    - { vm: WEB01, adapter: NLB }\n    - { vm: WEB02, adapter: NLB }\n`;

  test('stand-alone: losing the host takes every node down; losing the other host nothing', () => {
    const estate = estateOf({
      'h.yaml': docs(failoverHost('HV01'), failoverHost('HV02')),
      'n.yaml': nlb,
      'v.yaml': docs(
        failoverVm('WEB01', { host: 'HV01', network: true }),
        failoverVm('WEB02', { host: 'HV01', network: true }),
      ),
    });
    expect(summary(estate, 'host:HV01')).toEqual({
      consequences: ['nlb-single-failure-domain/allNodesDown'],
      restarts: [],
      down: ['WEB01', 'WEB02'],
    });
    expect(summary(estate, 'host:HV02').consequences).toEqual([]);
  });

  test('clustered, possible owners only HV01: neither node can restart', () => {
    const estate = estateOf({
      'h.yaml': docs(
        failoverCluster('CL01', ['HV01', 'HV02', 'HV03'], 'none'),
        failoverHost('HV01', { cluster: 'CL01' }),
        failoverHost('HV02', { cluster: 'CL01' }),
        failoverHost('HV03', { cluster: 'CL01' }),
      ),
      'n.yaml': nlb,
      'v.yaml': docs(
        failoverVm('WEB01', { possible: ['HV01'], network: true }),
        failoverVm('WEB02', { possible: ['HV01'], network: true }),
      ),
    });
    expect(summary(estate, 'host:HV01')).toEqual({
      consequences: [
        'cluster-n1-capacity/noOwner',
        'cluster-n1-capacity/noOwner',
        'nlb-single-failure-domain/allNodesDown',
      ],
      restarts: [],
      down: ['WEB01', 'WEB02'],
    });
  });
});

describe('DCs on one host', () => {
  const dcs = docs(dc('DC01', 'corp.example.com', { vm: 'DC01' }), dc('DC02', 'corp.example.com', { vm: 'DC02' }));

  test('stand-alone DC VMs on HV01: losing HV01 takes the domain down (lint leaves it to dc-redundancy)', () => {
    const estate = estateOf({
      'h.yaml': docs(failoverHost('HV01'), failoverHost('HV02')),
      'd.yaml': dcs,
      'v.yaml': docs(failoverVm('DC01', { host: 'HV01' }), failoverVm('DC02', { host: 'HV01' })),
    });
    const outcome = simulate(estate, fail(estate, 'host:HV01'));
    expect(outcome.consequences.map((c) => [c.rule, c.messageId, c.data['reasons']])).toEqual([
      ['dc-single-failure-domain', 'allDown', '"DC01": it runs on host "HV01"; "DC02": it runs on host "HV01"'],
    ]);
    const lint = lintTexts({
      'h.yaml': docs(failoverHost('HV01'), failoverHost('HV02')),
      'd.yaml': dcs,
      'v.yaml': docs(failoverVm('DC01', { host: 'HV01' }), failoverVm('DC02', { host: 'HV01' })),
    });
    expect(lint.findings.map((f) => f.ruleId).filter((id) => id.startsWith('dc-'))).toEqual(['dc-redundancy']);
  });

  test('a physical DC keeps the domain up through any host failure', () => {
    const estate = estateOf({
      'h.yaml': docs(failoverHost('HV01'), failoverHost('HV02')),
      'd.yaml': docs(
        dc('DC01', 'corp.example.com', { vm: 'DC01' }),
        dc('DC02', 'corp.example.com', { physicalServer: 'DC02' }),
      ),
      'v.yaml': failoverVm('DC01', { host: 'HV01' }),
    });
    expect(summary(estate, 'host:HV01').consequences).toEqual([]);
  });
});

describe('a two-node cluster without a witness', () => {
  const estate = estateOf({
    'c.yaml': docs(
      failoverCluster('CL01', ['HV01', 'HV02'], 'none'),
      failoverHost('HV01', { cluster: 'CL01' }),
      failoverHost('HV02', { cluster: 'CL01' }),
    ),
    'v.yaml': failoverVm('APP01', { preferred: ['HV01', 'HV02'] }),
  });

  test('either node failure leaves 1 of 2 votes: at risk, and APP01 is still restarted on the survivor', () => {
    const outcome = simulate(estate, fail(estate, 'host:HV01'));
    expect(outcome.consequences.map((c) => `${c.messageId} ${c.data['votes']}`)).toEqual(['atRisk 1 of 2 votes']);
    expect(outcome.restarts.map((r) => `${r.vm.name} → ${r.to.name}`)).toEqual(['APP01 → HV02']);
  });

  test('the quorum arithmetic of §7.3', () => {
    const cluster = (witness?: string) =>
      estateOf({ 'c.yaml': failoverCluster('CL', ['A', 'B', 'C', 'D'], witness) }).of('HyperVCluster')[0]!;
    // nodes up of total: majority of votes (nodes + witness)
    expect(quorumAfter(cluster('none'), 3, 4)).toBe('kept');
    expect(quorumAfter(cluster('none'), 2, 4)).toBe('at-risk');
    expect(quorumAfter(cluster('none'), 1, 4)).toBe('lost');
    expect(quorumAfter(cluster('disk'), 2, 4)).toBe('kept'); // 3 of 5
    expect(quorumAfter(cluster('disk'), 1, 4)).toBe('lost'); // 2 of 5
    expect(quorumAfter(cluster(), 3, 4)).toBe('kept'); // a majority with or without a witness
    expect(quorumAfter(cluster(), 2, 4)).toBe('unknown'); // the witness decides
    expect(quorumAfter(cluster(), 1, 4)).toBe('lost'); // lost either way
  });

  test('without spec.witness the simulation says what it could not judge instead of guessing', () => {
    const unknown = estateOf({
      'c.yaml': docs(
        failoverCluster('CL01', ['HV01', 'HV02']),
        failoverHost('HV01', { cluster: 'CL01' }),
        failoverHost('HV02', { cluster: 'CL01' }),
      ),
    });
    const outcome = simulate(unknown, fail(unknown, 'host:HV02'));
    expect(outcome.consequences).toEqual([]);
    expect(outcome.notJudged.map((n) => n.message)).toContainEqual(
      'quorum of cluster "CL01" after losing host "HV02": 1 of 2 nodes stay up, and whether that is a majority depends on the witness, which is not declared: add spec.witness',
    );
  });
});

describe('failures', () => {
  const estate = estateOf({
    'h.yaml': failoverHost('HV01', { uplinks: ['SW1/1'] }),
    's.yaml': `apiVersion: hvlint/v1\nkind: Switch\nmetadata:\n  name: SW1\nspec:\n  model: generic\n  lags:\n    - { id: 1 }\n    - { id: 2 }\n`,
  });

  test('the sweep tries every host, every switch and every LAG', () => {
    expect(allFailures(estate).map(failureId)).toEqual(['host:HV01', 'switch:SW1', 'lag:SW1/1', 'lag:SW1/2']);
  });

  test('--fail values: names compare case-insensitively; mistakes say what would be right', () => {
    expect(failureId(fail(estate, 'host:hv01'))).toBe('host:HV01');
    expect(failureId(fail(estate, 'lag:sw1/2'))).toBe('lag:SW1/2');
    expect(parseFailure(estate, 'host:HV1')).toEqual({
      error: 'HyperVHost "HV1" is not declared (did you mean "HV01"?)',
    });
    expect(parseFailure(estate, 'lag:SW1/9')).toEqual({ error: 'switch "SW1" declares no LAG 9: it has 1, 2' });
    expect(parseFailure(estate, 'lag:SW1')).toEqual({
      error: '--fail "lag:SW1": a LAG is named lag:<switch>/<id>, e.g. lag:SW-CORE01/1',
    });
    expect(parseFailure(estate, 'rack:R1')).toEqual({
      error: '--fail "rack:R1" is not host:<name>, switch:<name> or lag:<switch>/<id>',
    });
  });
});
