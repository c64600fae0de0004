import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { lintAndFix, lintTextsAndFix, MAX_FIX_PASSES } from '../../src/fix/index.js';
import { applyFixes } from '../../src/fix/apply.js';
import { diffLines, unifiedDiff } from '../../src/fix/diff.js';
import { writeFixes, encode } from '../../src/fix/write.js';
import { formatFixSuggestions } from '../../src/fix/suggestions.js';
import { lintTexts } from '../../src/lint.js';
import { MODEL_RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import type { Finding } from '../../src/types.js';
import { macColons, nameSuffix, upperName, vm } from '../helpers/test-rules.js';
import { runCli, tempEstate } from '../helpers/cli.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const FIXTURES = path.resolve('__tests__/fixtures/fix');
const rule = (id: string): Rule => MODEL_RULES.find((r) => r.meta.id === id)!;

/** name → rules whose fixes turn <name>.before.yaml into <name>.after.yaml. */
const GOLDEN: Record<string, () => Rule[]> = {
  'mac-colons': () => [macColons],
  overlap: () => [upperName, nameSuffix],
  'nlb-switch': () => [rule('nlb-cluster-mac'), rule('switch-mac-style')],
};

const commentLines = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => l.includes('#'))
    .map((l) => l.slice(l.indexOf('#')));

describe.each(Object.entries(GOLDEN))('golden %s', (name, rules) => {
  const before = fs.readFileSync(path.join(FIXTURES, `${name}.before.yaml`), 'utf8');
  const afterFile = path.join(FIXTURES, `${name}.after.yaml`);

  test('fixes give the golden file', async () => {
    const outcome = await lintTextsAndFix({ [`${name}.yaml`]: before }, { rules: rules(), now: NOW });
    const after = outcome.changes[0]?.after ?? before;
    if (process.env['UPDATE_GOLDEN']) fs.writeFileSync(afterFile, after);
    expect(after).toBe(fs.readFileSync(afterFile, 'utf8'));
    expect(outcome.changes).toHaveLength(1);
    // nothing fixable is left, and nothing else was reported along the way
    expect(outcome.result.findings.filter((f) => f.fix)).toEqual([]);
  });

  test('comments, and the lines no fix touched, are kept', () => {
    const after = fs.readFileSync(afterFile, 'utf8');
    expect(commentLines(after)).toEqual(commentLines(before));
    const changed = diffLines(before.split('\n'), after.split('\n')).filter((op) => op.kind === '-');
    const fixable = lintTexts({ [`${name}.yaml`]: before }, { rules: rules(), now: NOW }).findings.filter((f) => f.fix);
    // only lines holding a fixed value change
    expect(changed.length).toBeLessThanOrEqual(fixable.length);
    expect(after.split('\n')).toHaveLength(before.split('\n').length);
  });

  test('fixing twice changes nothing the second time', async () => {
    const after = fs.readFileSync(afterFile, 'utf8');
    const again = await lintTextsAndFix({ [`${name}.yaml`]: after }, { rules: rules(), now: NOW });
    expect(again.changes).toEqual([]);
    expect(again.fixed).toBe(0);
  });
});

describe('passes', () => {
  test('overlapping fixes: the first is applied, the other waits for the next pass', async () => {
    const result = lintTexts({ 'a.yaml': vm('web01') }, { rules: [upperName, nameSuffix], now: NOW });
    const texts = new Map([['a.yaml', result.sources.get('a.yaml')!.text]]);
    const pass = applyFixes(texts, result.findings);
    expect(pass.applied.map((f) => f.ruleId)).toEqual(['test-name-suffix']);
    expect(pass.skipped.map((f) => f.ruleId)).toEqual(['test-upper-name']);
    const outcome = await lintTextsAndFix({ 'a.yaml': vm('web01') }, { rules: [upperName, nameSuffix], now: NOW });
    expect(outcome).toMatchObject({ fixed: 2, passes: 2 });
    expect(outcome.changes[0]!.after).toContain('  name: WEB01-VM\n');
  });

  test(`a fix that never settles stops after ${MAX_FIX_PASSES} passes`, async () => {
    const grows: Rule = {
      ...nameSuffix,
      meta: { ...nameSuffix.meta, id: 'test-grows' },
      check({ estate, report }) {
        for (const doc of estate.of('VirtualMachine'))
          report({
            doc,
            path: ['metadata', 'name'],
            messageId: 'suffix',
            data: { name: doc.name },
            fix: { description: 'grow', edits: [{ doc, path: ['metadata', 'name'], text: `${doc.name}X` }] },
          });
      },
    };
    const outcome = await lintTextsAndFix({ 'a.yaml': vm('A') }, { rules: [grows], now: NOW });
    expect(outcome.passes).toBe(MAX_FIX_PASSES);
    expect(outcome.changes[0]!.after).toContain(`  name: A${'X'.repeat(MAX_FIX_PASSES)}\n`);
  });

  test('suppressed findings are not fixed', async () => {
    const text = vm(
      'A',
      '  networkAdapters:\n    # hvlint-disable-next-line test-mac-colons -- the firewall team reads MACs with dashes\n    - { name: LAN, macAddress: 00-15-5D-0A-0B-0C }\n',
    );
    const outcome = await lintTextsAndFix({ 'a.yaml': text }, { rules: [macColons], now: NOW });
    expect(outcome.changes).toEqual([]);
  });

  test('edits keep the line endings of a CRLF file', () => {
    const text = vm('A', '  networkAdapters:\n    - { name: LAN, macAddress: 00-15-5D-0A-0B-0C }\n').replace(
      /\n/g,
      '\r\n',
    );
    const multiline: Finding = {
      ruleId: 'x',
      severity: 'error',
      message: 'x',
      file: 'a.yaml',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 1,
      startOffset: 0,
      endOffset: 0,
      related: [],
      fix: { description: 'insert', edits: [{ file: 'a.yaml', startOffset: 0, endOffset: 0, text: '# one\n# two\n' }] },
    };
    const out = applyFixes(new Map([['a.yaml', text]]), [multiline]).texts.get('a.yaml')!;
    expect(out.startsWith('# one\r\n# two\r\napiVersion')).toBe(true);
    expect(out.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('writing files back', () => {
  const nlb =
    'apiVersion: hvlint/v1\nkind: NlbCluster\nmetadata:\n  name: NLB-WEB\nspec:\n  vip: 172.31.3.232\n  mode: igmp-multicast\n  vlan: 20\n  clusterMac: "03-BF-AC-1F-03-E8" # old runbook\n  nodes:\n    - { vm: WEB01, adapter: NLB }\n';
  const fixedNlb = nlb.replace('"03-BF-AC-1F-03-E8"', '"01-00-5E-7F-03-E8"');
  const cases: Array<[string, (text: string) => Uint8Array]> = [
    ['UTF-8', (t) => encode(t, 'utf-8')],
    ['UTF-8 with BOM and CRLF', (t) => encode(t.replace(/\n/g, '\r\n'), 'utf-8-bom')],
    [
      'UTF-16 LE with BOM and CRLF (Windows PowerShell 5.1 Out-File)',
      (t) => encode(t.replace(/\n/g, '\r\n'), 'utf-16le'),
    ],
    ['UTF-16 BE with BOM', (t) => encode(t, 'utf-16be')],
  ];

  test.each(cases)('%s: same encoding, BOM, line endings and quotes; only the value changes', async (_name, write) => {
    const { dir, cleanup } = tempEstate({ 'nlb.yaml': write(nlb) });
    try {
      const outcome = await lintAndFix({ cwd: dir, now: NOW });
      expect(outcome.fixed).toBe(1);
      expect(writeFixes(dir, outcome.changes)).toEqual({ written: ['nlb.yaml'], failed: [] });
      expect(Buffer.from(fs.readFileSync(path.join(dir, 'nlb.yaml'))).equals(Buffer.from(write(fixedNlb)))).toBe(true);
      // and the result reported is the one of the fixed text
      expect(outcome.result.findings.map((f) => f.ruleId)).not.toContain('nlb-cluster-mac');
    } finally {
      cleanup();
    }
  });

  test('a file changed since it was read is left alone', async () => {
    const { dir, cleanup } = tempEstate({ 'nlb.yaml': nlb });
    try {
      const outcome = await lintAndFix({ cwd: dir, now: NOW });
      fs.writeFileSync(path.join(dir, 'nlb.yaml'), `# edited meanwhile\n${nlb}`);
      expect(writeFixes(dir, outcome.changes)).toEqual({
        written: [],
        failed: [{ file: 'nlb.yaml', reason: 'the file changed since it was read: run hvlint --fix again' }],
      });
      expect(fs.readFileSync(path.join(dir, 'nlb.yaml'), 'utf8')).toBe(`# edited meanwhile\n${nlb}`);
    } finally {
      cleanup();
    }
  });
});

describe('unified diffs', () => {
  // Expected outputs are GNU diff -u's for the same input.
  test('hunks with three lines of context, like diff -u', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'].join('\n') + '\n';
    const after = before.replace('b\n', 'B\n').replace('l\n', 'l\nL2\n');
    expect(unifiedDiff('x.yaml', before, after)).toBe(
      [
        '--- a/x.yaml',
        '+++ b/x.yaml',
        '@@ -1,5 +1,5 @@',
        ' a',
        '-b',
        '+B',
        ' c',
        ' d',
        ' e',
        '@@ -10,4 +10,5 @@',
        ' j',
        ' k',
        ' l',
        '+L2',
        ' m',
        '',
      ].join('\n'),
    );
    expect(unifiedDiff('x.yaml', before, before)).toBe('');
  });

  test('a missing final newline is marked', () => {
    expect(unifiedDiff('x', 'a\nb', 'a\nc')).toBe(
      [
        '--- a/x',
        '+++ b/x',
        '@@ -1,2 +1,2 @@',
        ' a',
        '-b',
        '\\ No newline at end of file',
        '+c',
        '\\ No newline at end of file',
        '',
      ].join('\n'),
    );
  });

  test('the edit script turns one text into the other', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 }),
        (a, b) => {
          const ops = diffLines(a, b);
          expect(ops.filter((o) => o.kind !== '+').map((o) => o.line)).toEqual(a);
          expect(ops.filter((o) => o.kind !== '-').map((o) => o.line)).toEqual(b);
        },
      ),
    );
  });
});

describe('fix suggestions for the job summary', () => {
  const before = fs.readFileSync(path.join(FIXTURES, 'nlb-switch.before.yaml'), 'utf8');
  const result = lintTexts(
    { 'net.yaml': before },
    { rules: [rule('nlb-cluster-mac'), rule('switch-mac-style')], now: NOW },
  );

  test('diff blocks per fix, with where and what', () => {
    const markdown = formatFixSuggestions(result);
    expect(markdown).toContain(
      '### Fixes hvlint can apply\n\n3 findings have a fix: run `hvlint --fix` to apply them, or `hvlint --fix-dry-run` to see the diff.\n',
    );
    expect(markdown).toContain(
      [
        '**net.yaml** line 10: set the cluster MAC to 01-00-5E-7F-03-E8 (`nlb-cluster-mac`)',
        '',
        '```diff',
        '@@ -10,1 +10,1 @@',
        '-  clusterMac: 03-BF-AC-1F-03-E8 # from the old runbook',
        '+  clusterMac: 01-00-5E-7F-03-E8 # from the old runbook',
        '```',
      ].join('\n'),
    );
  });

  test('suggestion blocks for review comments', () => {
    const markdown = formatFixSuggestions(result, { style: 'suggestion' });
    expect(markdown).toContain(
      ['```suggestion', '    - { vlan: 20, mac: "01:00:5E:7F:03:E8", group: 239.255.3.232 }', '```'].join('\n'),
    );
    expect(formatFixSuggestions(lintTexts({ 'a.yaml': vm('A') }, { rules: [macColons] }))).toBe('');
  });
});

describe('hvlint --fix and --fix-dry-run', () => {
  const before = fs.readFileSync(path.join(FIXTURES, 'nlb-switch.before.yaml'), 'utf8');
  const vms = `${vm('WEB01', '  networkAdapters:\n    - { name: NLB, switch: vSwitch-VM, macAddressSpoofing: true }\n')}`;

  test('--fix-dry-run prints the diff and changes nothing; --fix writes and reports what is left', async () => {
    const { dir, cleanup } = tempEstate({
      'net.yaml': before,
      'vms.yaml': vms,
      '.hvlint.yml': 'rules:\n  unresolved-reference: off\n',
    });
    try {
      const dry = await runCli(['--fix-dry-run'], dir);
      expect(dry.stdout).toBe(
        unifiedDiff('net.yaml', before, fs.readFileSync(path.join(FIXTURES, 'nlb-switch.after.yaml'), 'utf8')),
      );
      expect(dry.stderr).toMatch(/^hvlint: --fix-dry-run: 3 fixes in 1 file would be applied; /);
      expect(fs.readFileSync(path.join(dir, 'net.yaml'), 'utf8')).toBe(before);

      const before_ = await runCli(['--format', 'json'], dir);
      const fixable = JSON.parse(before_.stdout).findings.filter((f: { ruleId: string }) =>
        ['nlb-cluster-mac', 'switch-mac-style'].includes(f.ruleId),
      );
      expect(fixable).toHaveLength(3);

      const fix = await runCli(['--fix', '--format', 'json'], dir);
      expect(fix.stderr).toBe('hvlint: applied 3 fixes in 1 file\n');
      expect(fs.readFileSync(path.join(dir, 'net.yaml'), 'utf8')).toBe(
        fs.readFileSync(path.join(FIXTURES, 'nlb-switch.after.yaml'), 'utf8'),
      );
      const left = JSON.parse(fix.stdout).findings.map((f: { ruleId: string }) => f.ruleId);
      expect(left).not.toContain('nlb-cluster-mac');
      expect(left).not.toContain('switch-mac-style');

      const again = await runCli(['--fix'], dir);
      expect(again.stderr).toBe('');
      expect(fs.readFileSync(path.join(dir, 'net.yaml'), 'utf8')).toBe(
        fs.readFileSync(path.join(FIXTURES, 'nlb-switch.after.yaml'), 'utf8'),
      );
    } finally {
      cleanup();
    }
  });

  test('--fix and --fix-dry-run together is a usage error', async () => {
    const run = await runCli(['--fix', '--fix-dry-run'], process.cwd());
    expect(run.code).toBe(2);
  });
});
