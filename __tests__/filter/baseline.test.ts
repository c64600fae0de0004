import * as fs from 'node:fs';
import * as path from 'node:path';
import { lintTexts } from '../../src/lint.js';
import {
  applyBaseline,
  BaselineError,
  createBaseline,
  formatBaseline,
  parseBaseline,
} from '../../src/filter/baseline.js';
import { fingerprint } from '../../src/fingerprint.js';
import type { Finding } from '../../src/types.js';
import { badName, vm } from '../helpers/test-rules.js';
import { runCli, tempEstate } from '../helpers/cli.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const lintWith = (files: Record<string, string>, baseline?: ReturnType<typeof createBaseline>) =>
  lintTexts(files, { rules: [badName], now: NOW, ...(baseline ? { baseline } : {}) });
const open = (findings: Finding[]): string[] =>
  findings.filter((f) => !f.suppressed).map((f) => `${f.file}:${f.line} ${f.message}`);

const estate = {
  'vms.yaml': `${vm('BAD01')}---\n${vm('GOOD01')}---\n${vm('BAD02')}`,
  'more.yaml': vm('BAD03'),
};

describe('fingerprints', () => {
  const base = lintWith(estate).findings;

  test('ignore lines, document order and indentation', () => {
    const moved = lintWith({
      // 20 lines inserted above, the documents reordered, and everything indented differently
      'vms.yaml': `${'# padding\n'.repeat(20)}${vm('BAD02')}---\n${vm('GOOD01')}---\n${vm('BAD01').replace(/^  /gm, '    ')}`,
      'more.yaml': vm('BAD03'),
    }).findings;
    expect(moved.map((f) => f.line)).not.toEqual(base.map((f) => f.line));
    expect(new Set(moved.map(fingerprint))).toEqual(new Set(base.map(fingerprint)));
  });

  test('depend on the rule, file, document and path', () => {
    const [a] = base;
    const moved: Finding = { ...a!, line: 99, column: 7, startOffset: 1234 };
    expect(fingerprint(moved)).toBe(fingerprint(a!));
    expect(fingerprint({ ...a!, file: 'other.yaml' })).not.toBe(fingerprint(a!));
    expect(fingerprint({ ...a!, ruleId: 'schema' })).not.toBe(fingerprint(a!));
    expect(fingerprint({ ...a!, document: { kind: 'VirtualMachine', name: 'X' } })).not.toBe(fingerprint(a!));
    expect(fingerprint({ ...a!, path: ['spec'] })).not.toBe(fingerprint(a!));
    // a message change (a new "did you mean" once another manifest exists) keeps the identity
    expect(fingerprint({ ...a!, message: 'something else' })).toBe(fingerprint(a!));
    // without a document, the message is the identity
    const fileLevel = { ruleId: 'yaml-syntax', file: 'x.yaml', message: 'bad indentation' };
    expect(fingerprint({ ...fileLevel })).toBe(fingerprint({ ...fileLevel }));
    expect(fingerprint({ ...fileLevel, message: 'other' })).not.toBe(fingerprint(fileLevel));
    expect(fingerprint(a!)).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('applyBaseline', () => {
  const baseline = createBaseline(lintWith(estate).findings);

  test('a finding moved 20 lines down is still baselined; a new one is reported; fixed ones are counted', () => {
    const later = lintWith(
      {
        // BAD01 moved 20 lines down; BAD02 fixed (renamed); BAD04 new
        'vms.yaml': `${'# a comment\n'.repeat(20)}${vm('BAD01')}---\n${vm('GOOD01')}---\n${vm('GOOD02')}---\n${vm('BAD04')}`,
        'more.yaml': vm('BAD03'),
      },
      baseline,
    );
    expect(open(later.findings)).toEqual(['vms.yaml:48 virtual machine "BAD04" is named BAD: rename it']);
    const moved = later.findings.find((f) => f.message.includes('BAD01'))!;
    expect(moved.line).toBe(24);
    expect(moved.suppressed).toEqual({ kind: 'baseline', reason: 'accepted in the baseline' });
    expect(later.baseline).toMatchObject({ matched: 2, fixed: 1 });
    expect(later.baseline!.fixedEntries.map((e) => e.document)).toEqual(['VirtualMachine/BAD02']);
  });

  test('each entry matches one finding: a second identical finding is new', () => {
    const single = createBaseline(lintWith({ 'a.yaml': vm('BAD01') }).findings);
    expect(single.findings).toHaveLength(1);
    const twice = lintWith({ 'a.yaml': vm('BAD01'), 'b.yaml': vm('BAD01') }, single);
    // b.yaml is another file: a new finding (duplicate-name does not run here)
    expect(open(twice.findings)).toEqual(['b.yaml:4 virtual machine "BAD01" is named BAD: rename it']);
    const doubled = applyBaseline(
      [...lintWith({ 'a.yaml': vm('BAD01') }).findings, ...lintWith({ 'a.yaml': vm('BAD01') }).findings],
      single,
    );
    expect(doubled.outcome).toMatchObject({ matched: 1, fixed: 0 });
    expect(doubled.findings.filter((f) => !f.suppressed)).toHaveLength(1);
  });

  test('suppressed findings are neither recorded nor matched', () => {
    const withComment = {
      'a.yaml': vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-next-line test-bad-name -- ok\n  name: BAD01'),
    };
    expect(createBaseline(lintWith(withComment).findings).findings).toEqual([]);
  });
});

describe('the baseline file', () => {
  test('is stable, sorted JSON that reads back', () => {
    const findings = lintWith(estate).findings;
    const text = formatBaseline(createBaseline(findings));
    expect(formatBaseline(createBaseline([...findings].reverse()))).toBe(text);
    const parsed = parseBaseline(text);
    expect(parsed.version).toBe(1);
    expect(parsed.findings.map((e) => `${e.file} ${e.ruleId} ${e.document} ${e.path}`)).toEqual([
      'more.yaml test-bad-name VirtualMachine/BAD03 ["metadata","name"]',
      'vms.yaml test-bad-name VirtualMachine/BAD01 ["metadata","name"]',
      'vms.yaml test-bad-name VirtualMachine/BAD02 ["metadata","name"]',
    ]);
    expect(text).not.toMatch(/"line"/);
  });

  test('bad files say what is wrong', () => {
    expect(() => parseBaseline('{')).toThrow(BaselineError);
    expect(() => parseBaseline('{"version":2,"findings":[]}')).toThrow(/not an hvlint baseline/);
    expect(() => parseBaseline('{"version":1,"findings":[{"ruleId":"x"}]}')).toThrow(/entry 0 has no fingerprint/);
  });
});

describe('hvlint --write-baseline / --baseline', () => {
  const host = (name: string, cluster = ''): string =>
    `apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata:\n  name: ${name}\nspec:\n  os: windows-server-2019\n  domain: corp.example.com\n${cluster ? `  cluster: ${cluster}\n` : ''}`;

  test('records today, reports only what is new, counts what was fixed', async () => {
    const { dir, cleanup } = tempEstate({ 'hosts.yaml': `${host('HV01', 'CL1')}---\n${host('HV02', 'CL2')}` });
    try {
      const written = await runCli(['--write-baseline', 'hvlint-baseline.json'], dir);
      expect(written.code).toBe(0);
      expect(written.stderr).toBe('hvlint: wrote 2 findings to hvlint-baseline.json\n');
      const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'hvlint-baseline.json'), 'utf8'));
      expect(baseline.findings.map((e: { ruleId: string; document: string }) => `${e.ruleId} ${e.document}`)).toEqual([
        'unresolved-reference HyperVHost/HV01',
        'unresolved-reference HyperVHost/HV02',
      ]);

      const clean = await runCli(['--baseline', 'hvlint-baseline.json'], dir);
      expect(clean.code).toBe(0);
      expect(clean.stdout).toMatch(/no problems .*, 2 suppressed\n$/);

      // HV02 fixed, HV01 pushed 20 lines down, HV03 new
      fs.writeFileSync(
        path.join(dir, 'hosts.yaml'),
        `${'# note\n'.repeat(20)}${host('HV01', 'CL1')}---\n${host('HV02')}---\n${host('HV03', 'CL3')}`,
      );
      const later = await runCli(['--baseline', 'hvlint-baseline.json', '--format', 'json'], dir);
      expect(later.code).toBe(1);
      const report = JSON.parse(later.stdout);
      expect(
        report.findings
          .filter((f: { suppressed?: unknown }) => !f.suppressed)
          .map((f: { line: number; message: string }) => `${f.line} ${f.message}`),
      ).toEqual(['45 HyperVCluster "CL3" is not declared: add its manifest or fix the name']);
      expect(
        report.findings
          .filter((f: { suppressed?: { kind: string } }) => f.suppressed?.kind === 'baseline')
          .map((f: { line: number }) => f.line),
      ).toEqual([28]);
      expect(later.stderr).toBe(
        'hvlint: 1 baseline finding fixed — refresh the baseline with hvlint --write-baseline hvlint-baseline.json\n',
      );

      const missing = await runCli(['--baseline', 'nope.json'], dir);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(
        /^hvlint: baseline file ".*nope\.json" not found: write one with --write-baseline\n$/,
      );
    } finally {
      cleanup();
    }
  });

  test('lint() takes a baseline file path too', async () => {
    const { lint } = await import('../../src/lint.js');
    const { dir, cleanup } = tempEstate({ 'hosts.yaml': host('HV01', 'CL1') });
    try {
      await runCli(['--write-baseline', 'b.json'], dir);
      const result = await lint({ cwd: dir, baseline: 'b.json', now: NOW });
      expect(result.findings.every((f) => f.suppressed?.kind === 'baseline')).toBe(true);
      expect(result.baseline).toEqual({ matched: 1, fixed: 0, fixedEntries: [] });
      await expect(lint({ cwd: dir, baseline: 'missing.json' })).rejects.toThrow(BaselineError);
    } finally {
      cleanup();
    }
  });
});
