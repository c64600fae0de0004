/**
 * `hvlint whatif` on the example estate and on small estates: the deliberate single points of
 * failure of examples/ named at their lines with the failure that causes them, the three output
 * formats, usage errors, and the refusal to report on nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';

const ROOT = path.resolve('.');

/** The 1-based line of the first line of a file containing `needle`. */
function lineOf(file: string, needle: string): number {
  const lines = fs.readFileSync(path.join(ROOT, file), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in ${file}`);
  return i + 1;
}

interface JsonWhatIf {
  version: number;
  failures: Array<{
    failure: string;
    consequences: Array<{ ruleId: string; summary: string; takesDown: string[] }>;
    restarts: Array<{ vm: string; from?: string; to: string }>;
    down: string[];
  }>;
  notJudged: Array<{ file: string; line: number; message: string }>;
  findings: Array<{
    ruleId: string;
    message: string;
    file: string;
    line: number;
    related: Array<{ file: string; line: number }>;
  }>;
  summary: { failures: number; warnings: number };
}

describe('the example estate', () => {
  test('names the deliberate single points of failure at their lines, with the failure that causes each', async () => {
    const run = await runCli(['whatif', 'examples/', '--format', 'json'], ROOT);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // warnings only
    const report = JSON.parse(run.stdout) as JsonWhatIf;
    const at = (f: JsonWhatIf['findings'][number]) => `${f.file}:${f.line} ${f.ruleId}`;

    // The cluster without a witness (marked deliberate in examples/hosts.yaml).
    const witnessLine = lineOf('examples/hosts.yaml', 'witness: { type: none }');
    expect(lineOf('examples/hosts.yaml', '# deliberate: no quorum witness')).toBe(witnessLine - 1);
    const quorum = report.findings.find((f) => at(f) === `examples/hosts.yaml:${witnessLine} cluster-quorum-n1`);
    expect(quorum?.message).toBe(
      'losing host "HV01" or host "HV02" leaves cluster "HVCLUSTER01" 1 of 2 votes, exactly half: it keeps running only if dynamic quorum had taken the vote from the lost node; add a witness (file share, disk or cloud)',
    );
    expect(quorum?.related.slice(0, 2)).toEqual([
      expect.objectContaining({ file: 'examples/hosts.yaml', line: lineOf('examples/hosts.yaml', 'name: HV01') }),
      expect.objectContaining({ file: 'examples/hosts.yaml', line: lineOf('examples/hosts.yaml', 'name: HV02') }),
    ]);

    // The only switch (marked deliberate in examples/network.yaml): it cuts off both hosts.
    expect(fs.readFileSync('examples/network.yaml', 'utf8')).toMatch(/name: SW-CORE01 +# deliberate: the only switch/);
    const cutOff = report.findings.filter((f) => f.ruleId === 'network-single-failure-domain').map((f) => f.message);
    expect(cutOff).toEqual([
      expect.stringMatching(/^losing switch "SW-CORE01" cuts host "HV01" off/),
      expect.stringMatching(/^losing switch "SW-CORE01" cuts host "HV02" off/),
      expect.stringMatching(/^losing switch "SW-CORE01" cuts host "HV03" off/),
    ]);

    // The NLB-WEB group without HV02's LAG: losing HV01 leaves NLB-WEB without traffic.
    const groupLine = lineOf('examples/network.yaml', 'lags: [1]');
    const multicast = report.findings.find(
      (f) => at(f) === `examples/network.yaml:${groupLine} nlb-single-failure-domain`,
    );
    expect(multicast?.message).toMatch(
      /^losing host "HV01" moves nodes "WEB01", "WEB02" of NLB cluster "NLB-WEB" to "HV02"/,
    );
  });

  test('every failure has a row: what restarts where, what stays down', async () => {
    const report = JSON.parse((await runCli(['whatif', 'examples/', '--format', 'json'], ROOT)).stdout) as JsonWhatIf;
    expect(report.failures.map((f) => f.failure)).toEqual([
      'host:HV01',
      'host:HV02',
      'host:HV03',
      'switch:SW-CORE01',
      'lag:SW-CORE01/1',
      'lag:SW-CORE01/2',
    ]);
    const hv01 = report.failures[0]!;
    // No preferredOwners in the example: every VM must end up on HV02, the only node left.
    expect(new Set(hv01.restarts.map((r) => r.to))).toEqual(new Set(['HV02']));
    expect(hv01.down).toEqual([]);
    const sw = report.failures[3]!;
    expect(sw.down).toEqual(expect.arrayContaining(['WEB01', 'WEB02', 'APP01', 'APP02', 'DC01', 'MON01']));
    // LAG 1 only: HV01 keeps its management port, the VMs can run on HV02: nothing breaks.
    expect(report.failures[4]!.consequences).toEqual([]);
    // The capacity of HVCLUSTER01 is not judged: the example declares no memory.
    expect(report.notJudged.map((n) => n.message)).toContainEqual(
      expect.stringMatching(
        /^capacity of cluster "HVCLUSTER01" is judged in the estate's favour: 2 hosts without spec.memoryMB/,
      ),
    );
  });

  test('--fail simulates only the failures given', async () => {
    const run = await runCli(['whatif', 'examples/', '--fail', 'host:HV02', '--format', 'json'], ROOT);
    const report = JSON.parse(run.stdout) as JsonWhatIf;
    expect(report.failures.map((f) => f.failure)).toEqual(['host:HV02']);
    // The NLB nodes share an anti-affinity class: with HV02 gone, HV01 alone breaks it for both.
    expect(report.findings.map((f) => f.ruleId)).toEqual([
      'cluster-quorum-n1',
      'cluster-n1-capacity',
      'cluster-n1-capacity',
    ]);
    expect(report.findings[0]!.message).toMatch(/^losing host "HV02" leaves cluster "HVCLUSTER01" 1 of 2 votes/);
  });

  test('markdown: a table failure → consequences and a Mermaid diagram', async () => {
    const run = await runCli(['whatif', 'examples/', '--format', 'markdown'], ROOT);
    expect(run.stdout).toContain('| Failure | Consequences |');
    expect(run.stdout).toMatch(
      /\| switch "SW-CORE01" \| cluster HVCLUSTER01 loses quorum: its 6 VMs stop \(`cluster-quorum-n1`\)/,
    );
    expect(run.stdout).toContain('```mermaid\nflowchart LR\n');
    expect(run.stdout).toMatch(/n\d+\["#10006; switch SW-CORE01"\]:::failed/);
    expect(run.stdout).toContain('### Not judged');
  });

  test('stylish: findings, then the failures simulated and what was not judged', async () => {
    const run = await runCli(['whatif', 'examples/'], ROOT);
    expect(run.stdout).toContain('6 single failures simulated (every host, switch and LAG); 3 with consequences');
    expect(run.stdout).toContain('not judged (add the field named to let the simulation judge it):');
  });

  test('the same input gives the same bytes', async () => {
    const a = await runCli(['whatif', 'examples/', '--format', 'json'], ROOT);
    const b = await runCli(['whatif', 'examples/', '--format', 'json'], ROOT);
    expect(a.stdout).toBe(b.stdout);
  });

  test('--fail-on warning makes the N-1 warnings fail the run', async () => {
    expect((await runCli(['whatif', 'examples/', '--fail-on', 'warning'], ROOT)).code).toBe(1);
  });
});

describe('usage', () => {
  test('an unknown element is a usage error with a suggestion', async () => {
    const run = await runCli(['whatif', 'examples/', '--fail', 'host:HV2'], ROOT);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('hvlint whatif: HyperVHost "HV2" is not declared (did you mean "HV02"?)\n');
  });

  test('nothing to simulate is exit 2, never "no problems"', async () => {
    const { dir, cleanup } = tempEstate({ 'notes.yaml': 'a: 1\n' });
    try {
      const run = await runCli(['whatif'], dir);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(
        /^hvlint whatif: nothing to simulate: no valid HyperVHost or Switch manifest in 0 documents \(1 file\)/,
      );
    } finally {
      cleanup();
    }
  });

  test('a broken manifest is reported and the rest is still simulated', async () => {
    const { dir, cleanup } = tempEstate({
      'hosts.yaml':
        'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV01\nspec:\n  os: windows-server-2019\n  domain: corp.example.com\n',
      'broken.yaml': 'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: HV02\nspec:\n  os: [\n',
    });
    try {
      const run = await runCli(['whatif', '--format', 'json'], dir);
      const report = JSON.parse(run.stdout) as JsonWhatIf;
      expect(report.failures.map((f) => f.failure)).toEqual(['host:HV01']);
      expect(report.findings.map((f) => `${f.file} ${f.ruleId}`)).toEqual(['broken.yaml yaml-syntax']);
      expect(run.code).toBe(1);
    } finally {
      cleanup();
    }
  });
});
