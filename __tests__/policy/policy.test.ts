/**
 * Custom policies end to end: findings beside the built-ins, mistakes at their line and column
 * in the policy file, severities and suppressions, the cost limit, and hvlint test with its diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';
import { lint } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load.js';
import { cidrContains, globMatch } from '../../src/policy/bindings.js';
import { valueOffset } from '../../src/policy/compile.js';

const ROOT = path.resolve('.');
const NOW = new Date('2026-06-01T00:00:00Z');

const VM = (name: string, extra = ''): string => `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: ${name}
spec:
  generation: 2
  host: HV01
${extra}`;

const HOST = `apiVersion: hvlint/v1
kind: HyperVHost
metadata:
  name: HV01
spec:
  os: windows-server-2019
  domain: corp.example.com
`;

function policy(name: string, body: string): string {
  return `apiVersion: hvlint/v1
kind: Policy
metadata:
  name: ${name}
spec:
  severity: error
  description: Check something.
  match:
    kinds: [VirtualMachine]
${body}`;
}

async function lintDir(files: Record<string, string>) {
  const estate = tempEstate(files);
  try {
    const loaded = loadConfig(estate.dir);
    const result = await lint({ cwd: estate.dir, config: loaded.config, now: NOW, threads: 0 });
    return { configFindings: loaded.findings, findings: result.findings };
  } finally {
    estate.cleanup();
  }
}

const at = (f: { file: string; line: number; column: number; ruleId: string }) =>
  `${f.file}:${f.line}:${f.column} ${f.ruleId}`;

describe('the example estate', () => {
  test('reports the example policies beside the built-ins they restate, at the same places', async () => {
    const run = await runCli(['examples/', '--format', 'json'], ROOT, { now: NOW });
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout).findings as Array<{
      ruleId: string;
      file: string;
      line: number;
      column: number;
    }>;
    const pairs: Array<[string, string]> = [
      ['acme/backup-needs-scsi', 'backup-needs-scsi-controller'],
      ['acme/nlb-node-mac-spoofing', 'nlb-node-mac-spoofing'],
      ['acme/no-dynamic-vhd', 'vm-dynamic-vhd'],
    ];
    for (const [policyId, builtin] of pairs) {
      const mine = findings.filter((f) => f.ruleId === policyId).map((f) => `${f.file}:${f.line}:${f.column}`);
      const theirs = findings.filter((f) => f.ruleId === builtin).map((f) => `${f.file}:${f.line}:${f.column}`);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine).toEqual(theirs);
    }
  });

  test('hvlint test examples/policies passes', async () => {
    const run = await runCli(['test', 'examples/policies'], ROOT);
    expect(run.stdout).toMatch(/✔ 8 tests, 0 failed/);
    expect(run.code).toBe(0);
  });

  test('hvlint rules and explain know the policies', async () => {
    const rules = await runCli(['rules', '--format', 'json'], ROOT);
    const ids = (JSON.parse(rules.stdout).rules as Array<{ id: string; area: string }>).filter(
      (r) => r.area === 'policy',
    );
    expect(ids.map((r) => r.id)).toContain('acme/no-dynamic-vhd');
    const explain = await runCli(['explain', 'acme/backup-needs-scsi'], ROOT);
    expect(explain.code).toBe(0);
    expect(explain.stdout).toContain('examples/policies/backup.yaml:7');
    expect(explain.stdout).toContain('estate.backupTargetsOf(self)');
  });
});

describe('hvlint test', () => {
  test('a broken test fails with exit 1 and a diff of expected and reported findings', async () => {
    const text = fs
      .readFileSync('examples/policies/vm.yaml', 'utf8')
      .replace("at: 'spec.controllers[0].drives[1].format'", "at: 'spec.controllers[0].drives[0].format'");
    const estate = tempEstate({ 'policies/vm.yaml': text });
    try {
      const run = await runCli(['test', 'policies'], estate.dir);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain(
        'FAIL  acme/no-dynamic-vhd › a dynamic VHD is reported on its format  (policies/vm.yaml:21)',
      );
      expect(run.stdout).toContain(
        '- expected VirtualMachine/MON01 at spec.controllers[0].drives[0].format (message containing "MON01-data.vhd")',
      );
      expect(run.stdout).toMatch(
        /\+ got {6}VirtualMachine\/MON01 at spec\.controllers\[0\]\.drives\[1\]\.format: disk /,
      );
      expect(run.stdout).toContain('2 tests, 1 failed');
    } finally {
      estate.cleanup();
    }
  });

  test('no tests at all is exit 2, never a pass', async () => {
    const estate = tempEstate({ 'p.yaml': policy('acme/x', '  assert: "true"\n  message: x\n') });
    try {
      const run = await runCli(['test', 'p.yaml'], estate.dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('no test cases');
    } finally {
      estate.cleanup();
    }
  });
});

describe('mistakes in a policy are findings in the policy file', () => {
  test('a CEL syntax error inside a folded block scalar is reported at its line and column', async () => {
    const { findings } = await lintDir({
      '.hvlint.yml': 'policies: [p.yaml]\n',
      'vm.yaml': VM('WEB01') + '---\n' + HOST,
      'p.yaml': policy(
        'acme/broken',
        "  assert: >-\n    has(self.spec.host) &&\n      self.spec.host === 'HV01'\n  message: x\n",
      ),
    });
    const mistake = findings.find((f) => f.ruleId === 'policy')!;
    expect(mistake.message).toMatch(/^CEL syntax error: /);
    // line 12 is "      self.spec.host === 'HV01'"; the parser stops at the third "=".
    expect(`${mistake.file}:${mistake.line}:${mistake.column}`).toBe('p.yaml:12:24');
  });

  test('an unknown field gets a did-you-mean from the schema; the other rules still run', async () => {
    const { findings } = await lintDir({
      '.hvlint.yml': 'policies: [p.yaml]\n',
      'vm.yaml': VM('WEB01', '  networkAdapters:\n    - { name: LAN, switch: vSwitch, vlan: 0 }\n') + '---\n' + HOST,
      'p.yaml': policy('acme/typo', '  assert: "self.spec.genration == 2"\n  message: x\n'),
    });
    const mistake = findings.find((f) => f.ruleId === 'policy')!;
    expect(mistake.message).toContain('no schema has a field "genration" here (did you mean "generation"?)');
    expect(at(mistake)).toBe('p.yaml:10:12 policy');
    expect(findings.some((f) => f.ruleId === 'schema' && f.file === 'vm.yaml')).toBe(true);
  });

  test('a runtime error is reported once per policy with one example document', async () => {
    const { findings } = await lintDir({
      '.hvlint.yml': 'policies: [p.yaml]\n',
      'vm.yaml': [VM('WEB01'), VM('WEB02'), VM('WEB03'), HOST].join('---\n'),
      'p.yaml': policy('acme/unguarded', '  assert: "self.spec.cluster == \'HVC1\'"\n  message: x\n'),
    });
    const mistakes = findings.filter((f) => f.ruleId === 'policy');
    expect(mistakes).toHaveLength(1);
    expect(mistakes[0]!.message).toBe(
      'policy acme/unguarded failed on VirtualMachine/WEB01 (vm.yaml:1) (and 2 more evaluations): No such key: cluster: guard the expression, for example with has(...)',
    );
    expect(findings.filter((f) => f.ruleId === 'acme/unguarded')).toHaveLength(0);
  });

  test('a quadratic policy over a large estate is stopped by the cost limit with a finding', async () => {
    const vms = Array.from({ length: 400 }, (_, i) => VM(`VM${i}`)).join('---\n');
    const { findings } = await lintDir({
      '.hvlint.yml': 'policies: [p.yaml]\n',
      'vms.yaml': vms + '---\n' + HOST,
      'p.yaml': policy(
        'acme/quadratic',
        '  assert: "estate.vms.all(a, estate.vms.exists(b, b.metadata.name == a.metadata.name))"\n  message: x\n',
      ),
    });
    const mistake = findings.find((f) => f.ruleId === 'policy')!;
    expect(mistake.message).toMatch(
      /^policy acme\/quadratic stopped: its estimated cost over this estate \(\d+ million steps for 400 matched documents\) is over the limit/,
    );
    expect(at(mistake)).toBe('p.yaml:10:12 policy');
  });

  test('a policy glob that matches nothing is a config finding', async () => {
    const { configFindings } = await lintDir({ '.hvlint.yml': 'policies: [none/*.yaml]\n', 'vm.yaml': HOST });
    expect(configFindings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([
      '1:12 no file matches "none/*.yaml" (relative to the config\'s directory): check the glob',
    ]);
  });

  test('a Policy in the estate that no policies: entry lists is a notice, not a silent skip', async () => {
    const { findings } = await lintDir({
      'vm.yaml': HOST,
      'p.yaml': policy('acme/unlisted', '  assert: "true"\n  message: x\n'),
    });
    expect(findings.map((f) => `${f.severity} ${f.file} ${f.message}`)).toContain(
      'notice p.yaml Policy "acme/unlisted" is not run: list p.yaml under policies: in .hvlint.yml (there is no config with policies)',
    );
  });
});

describe('policy findings are first-class findings', () => {
  const files = {
    'vm.yaml': [VM('WEB01'), VM('APP01'), HOST].join('---\n'),
    'p.yaml': policy(
      'acme/gen1',
      '    names: ["WEB*"]\n  assert: self.spec.generation == 1\n  message: "VM {{ self.metadata.name }} is generation {{ self.spec.generation }}: use generation 1"\n  at: spec.generation\n',
    ),
  };

  test('match names, message templates and at paths', async () => {
    const { findings } = await lintDir({ ...files, '.hvlint.yml': 'policies: [p.yaml]\n' });
    const mine = findings.filter((f) => f.ruleId === 'acme/gen1');
    expect(mine.map((f) => `${at(f)} ${f.severity} ${f.message}`)).toEqual([
      'vm.yaml:6:15 acme/gen1 error VM WEB01 is generation 2: use generation 1',
    ]);
  });

  test('configured severities and off', async () => {
    const warn = await lintDir({ ...files, '.hvlint.yml': 'policies: [p.yaml]\nrules:\n  acme/gen1: warning\n' });
    expect(warn.findings.find((f) => f.ruleId === 'acme/gen1')!.severity).toBe('warning');
    expect(warn.configFindings).toEqual([]);
    const off = await lintDir({ ...files, '.hvlint.yml': 'policies: [p.yaml]\nrules:\n  acme/gen1: off\n' });
    expect(off.findings.filter((f) => f.ruleId === 'acme/gen1')).toEqual([]);
  });

  test('suppression comments name policy ids', async () => {
    const suppressed = {
      ...files,
      'vm.yaml': files['vm.yaml'].replace(
        '  generation: 2',
        '  # hvlint-disable-next-line acme/gen1 -- lab VM\n  generation: 2',
      ),
      '.hvlint.yml': 'policies: [p.yaml]\n',
    };
    const { findings } = await lintDir(suppressed);
    const mine = findings.filter((f) => f.ruleId === 'acme/gen1');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.suppressed?.reason).toBe('lab VM');
    expect(findings.filter((f) => f.ruleId === 'invalid-suppression')).toEqual([]);
  });

  test('a policy id that is a built-in rule id is refused', async () => {
    const { findings } = await lintDir({
      '.hvlint.yml': 'policies: [p.yaml]\n',
      'vm.yaml': HOST,
      'p.yaml': policy('acme/x', '  assert: "true"\n  message: x\n').replace('acme/x', 'vm-dynamic-vhd'),
    });
    expect(findings.some((f) => f.ruleId === 'schema' && f.file === 'p.yaml')).toBe(true);
  });
});

describe('helpers', () => {
  test('cidrContains', () => {
    expect(cidrContains('10.0.0.0/8', '10.20.30.40')).toBe(true);
    expect(cidrContains('10.0.0.0/8', '11.0.0.1')).toBe(false);
    expect(cidrContains('172.16.4.0/22', '172.16.7.255')).toBe(true);
    expect(cidrContains('172.16.4.0/22', '172.16.8.0')).toBe(false);
    expect(cidrContains('0.0.0.0/0', '1.2.3.4')).toBe(true);
    expect(cidrContains('10.0.0.0/33', '10.0.0.1')).toBe(false);
  });

  test('globMatch compares names case-insensitively', () => {
    expect(globMatch('WEB*', 'web01')).toBe(true);
    expect(globMatch('APP0?', 'APP10')).toBe(false);
  });

  test('valueOffset maps into quoted and block scalars', () => {
    const text = 'a: "x == \\"y\\" && z"\n';
    const start = text.indexOf('"');
    const value = 'x == "y" && z';
    expect(text[valueOffset(text, start, text.length - 1, value, value.indexOf('z'))]).toBe('z');
    const block = 'a: |\n  one\n  two three\n';
    const bstart = block.indexOf('|');
    expect(
      block[valueOffset(block, bstart, block.length, 'one\ntwo three\n', 'one\ntwo three\n'.indexOf('three'))],
    ).toBe('t');
    expect(valueOffset(block, bstart, block.length, 'one\ntwo three\n', 4)).toBe(block.indexOf('two'));
  });
});
