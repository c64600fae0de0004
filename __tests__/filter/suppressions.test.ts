import { lintTexts } from '../../src/lint.js';
import { formatJson } from '../../src/report/json.js';
import { formatStylish } from '../../src/report/stylish.js';
import { formatSarif } from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import type { Config } from '../../src/config/types.js';
import { badName, vm } from '../helpers/test-rules.js';
import { scanSuppressions } from '../../src/filter/suppressions.js';
import { SourceFile } from '../../src/load/source.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function run(files: Record<string, string>, options: { now?: Date; config?: Config } = {}) {
  return lintTexts(files, { rules: [badName], now: options.now ?? NOW, config: options.config });
}

const brief = (f: Finding): string =>
  `${f.file}:${f.line}:${f.column} ${f.ruleId}${f.suppressed ? ` suppressed(${f.suppressed.kind}: ${f.suppressed.reason})` : ''}`;

describe('hvlint-disable-next-line', () => {
  test('suppresses the finding on the next line and keeps it, marked, with the reason', () => {
    const text = vm('BAD01').replace(
      '  name: BAD01',
      '  # hvlint-disable-next-line test-bad-name -- legacy name, renamed in CHG-1234\n  name: BAD01',
    );
    const result = run({ 'a.yaml': text });
    expect(result.findings.map(brief)).toEqual([
      'a.yaml:5:9 test-bad-name suppressed(inline: legacy name, renamed in CHG-1234)',
    ]);
    expect(result.findings[0]!.suppressed).toEqual({
      kind: 'inline',
      reason: 'legacy name, renamed in CHG-1234',
      file: 'a.yaml',
      line: 4,
    });
  });

  test('skips blank and comment lines to reach the next content line; stacked directives both apply', () => {
    const text = vm('BAD01').replace(
      '  name: BAD01',
      '  # hvlint-disable-next-line schema -- not this one\n  # hvlint-disable-next-line test-bad-name -- known\n\n  # a note\n  name: BAD01',
    );
    const result = run({ 'a.yaml': text });
    expect(result.findings.map(brief)).toEqual([
      'a.yaml:4:30 unused-suppression',
      'a.yaml:8:9 test-bad-name suppressed(inline: known)',
    ]);
  });

  test('names several rules, comma-separated; only the named rules are suppressed', () => {
    const text = vm('BAD01').replace(
      '  name: BAD01',
      '  # hvlint-disable-next-line schema, test-bad-name -- both\n  name: BAD01',
    );
    const result = run({ 'a.yaml': text });
    // schema produced nothing on that line: that half of the suppression is unused
    expect(result.findings.map(brief)).toEqual([
      'a.yaml:4:30 unused-suppression',
      'a.yaml:5:9 test-bad-name suppressed(inline: both)',
    ]);
    const other = run({
      'a.yaml': vm('BAD01').replace(
        '  name: BAD01',
        '  # hvlint-disable-next-line schema -- wrong rule\n  name: BAD01',
      ),
    });
    expect(other.findings.map(brief)).toEqual(['a.yaml:4:30 unused-suppression', 'a.yaml:5:9 test-bad-name']);
  });

  test('works as a trailing comment too, for the line after it', () => {
    const text = `${vm('BAD01').replace('kind: VirtualMachine', 'kind: VirtualMachine # hvlint-disable-next-line test-bad-name -- trailing')}`;
    // line 2 is kind; the next content line is metadata:, not the name: nothing matches
    const result = run({ 'a.yaml': text });
    expect(result.findings.map(brief)).toEqual(['a.yaml:2:49 unused-suppression', 'a.yaml:4:9 test-bad-name']);
  });
});

describe('a reason is required', () => {
  test('a suppression without a reason is a finding and suppresses nothing', () => {
    for (const comment of [
      '# hvlint-disable-next-line test-bad-name',
      '# hvlint-disable-next-line test-bad-name --',
      '# hvlint-disable-next-line test-bad-name --   ',
    ]) {
      const result = run({ 'a.yaml': vm('BAD01').replace('  name: BAD01', `  ${comment}\n  name: BAD01`) });
      expect(result.findings.map(brief)).toEqual(['a.yaml:4:3 suppression-reason', 'a.yaml:5:9 test-bad-name']);
      const reason = result.findings[0]!;
      expect(reason.severity).toBe('error');
      expect(reason.message).toBe(
        'suppression has no reason: add " -- <why>" after the rule ids (without one it suppresses nothing)',
      );
      expect(reason.endColumn).toBe(3 + comment.length);
    }
  });

  test('"--" must stand alone: a rule id with dashes is not a separator', () => {
    const result = run({
      'a.yaml': vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-next-line test-bad-name--why\n  name: BAD01'),
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['invalid-suppression', 'test-bad-name']);
  });
});

describe('until=YYYY-MM-DD', () => {
  const text = (until: string, where: 'head' | 'tail' = 'head'): string =>
    vm('BAD01').replace(
      '  name: BAD01',
      where === 'head'
        ? `  # hvlint-disable-next-line test-bad-name until=${until} -- waiting for CHG-1234\n  name: BAD01`
        : `  # hvlint-disable-next-line test-bad-name -- waiting for CHG-1234 until=${until}\n  name: BAD01`,
    );

  test('before the date the finding is suppressed, and the suppression records the date', () => {
    const result = run({ 'a.yaml': text('2026-07-01') }, { now: new Date('2026-06-30T23:59:59Z') });
    expect(result.findings.map(brief)).toEqual(['a.yaml:5:9 test-bad-name suppressed(inline: waiting for CHG-1234)']);
    expect(result.findings[0]!.suppressed!.until).toBe('2026-07-01');
  });

  test('from the date on, the finding returns with a note and a pointer to the expired comment', () => {
    const result = run({ 'a.yaml': text('2026-07-01') }, { now: new Date('2026-07-01T00:00:00Z') });
    expect(result.findings.map(brief)).toEqual(['a.yaml:5:9 test-bad-name']);
    const finding = result.findings[0]!;
    expect(finding.message).toBe(
      'virtual machine "BAD01" is named BAD: rename it (its suppression expired on 2026-07-01: fix the problem or renew the suppression)',
    );
    expect(finding.related).toMatchObject([{ file: 'a.yaml', line: 4, message: 'suppression expired on 2026-07-01' }]);
    // an expired suppression that matched is not also "unused"
    expect(result.findings.some((f) => f.ruleId === 'unused-suppression')).toBe(false);
  });

  test('the date may also close the reason', () => {
    expect(run({ 'a.yaml': text('2026-07-01', 'tail') }).findings.map(brief)).toEqual([
      'a.yaml:5:9 test-bad-name suppressed(inline: waiting for CHG-1234)',
    ]);
    expect(run({ 'a.yaml': text('2026-05-31', 'tail') }).findings.map(brief)).toEqual(['a.yaml:5:9 test-bad-name']);
  });

  test('a date that is not a real YYYY-MM-DD day is an invalid suppression', () => {
    for (const bad of ['2026-02-30', '2026-7-1', 'tomorrow', '']) {
      const result = run({ 'a.yaml': text(bad) });
      expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
        '4:44 invalid-suppression',
        '5:9 test-bad-name',
      ]);
      expect(result.findings[0]!.message).toBe(`until= must be a date written YYYY-MM-DD; got "${bad}"`);
    }
  });
});

describe('unused suppressions', () => {
  test('a suppression that matches nothing is reported on its rule id', () => {
    const result = run({
      'a.yaml': vm('GOOD01').replace(
        '  name: GOOD01',
        '  # hvlint-disable-next-line test-bad-name -- stale\n  name: GOOD01',
      ),
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'unused-suppression',
      severity: 'warning',
      line: 4,
      column: 30,
      endLine: 4,
      endColumn: 43,
      message: 'suppression of "test-bad-name" matched no finding on the next line: remove it',
    });
  });

  test('a suppression of a rule that is off for the file is unused; unused-suppression itself can be configured', () => {
    const files = {
      'a.yaml': vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-next-line test-bad-name -- x\n  name: BAD01'),
    };
    expect(run(files, { config: { rules: { 'test-bad-name': 'off' } } }).findings.map((f) => f.ruleId)).toEqual([
      'unused-suppression',
    ]);
    expect(run(files, { config: { rules: { 'test-bad-name': 'off', 'unused-suppression': 'off' } } }).findings).toEqual(
      [],
    );
    expect(
      run(files, { config: { rules: { 'test-bad-name': 'off', 'unused-suppression': 'error' } } }).findings.map(
        (f) => f.severity,
      ),
    ).toEqual(['error']);
  });
});

describe('hvlint-disable at the top of a document', () => {
  const two = `# file header
---
# hvlint-disable test-bad-name -- decommissioned in Q3, see CHG-99
${vm('BAD01')}---
${vm('BAD02')}`;

  test('covers its whole document, and only that document', () => {
    const result = run({ 'a.yaml': two });
    expect(result.findings.map(brief)).toEqual([
      'a.yaml:7:9 test-bad-name suppressed(document: decommissioned in Q3, see CHG-99)',
      'a.yaml:15:9 test-bad-name',
    ]);
  });

  test('a disable in the file header covers the first document', () => {
    const text = `# hvlint-disable test-bad-name -- header\n# yaml-language-server: $schema=x\n\n---\n${vm('BAD01')}---\n${vm('BAD02')}`;
    expect(run({ 'a.yaml': text }).findings.map(brief)).toEqual([
      'a.yaml:8:9 test-bad-name suppressed(document: header)',
      'a.yaml:16:9 test-bad-name',
    ]);
  });

  test('below the first line of a document it is an invalid suppression, and suppresses nothing', () => {
    const text = vm('BAD01').replace('metadata:', 'metadata:\n  # hvlint-disable test-bad-name -- too late');
    const result = run({ 'a.yaml': text });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([
      '4:5 invalid-suppression',
      '5:9 test-bad-name',
    ]);
    expect(result.findings[0]!.message).toBe(
      'hvlint-disable must come before the first line of its document: move it to the top, or use hvlint-disable-next-line here',
    );
  });
});

describe('malformed suppressions', () => {
  test('an unknown rule id, with a suggestion', () => {
    const result = run({
      'a.yaml': vm('BAD01').replace(
        '  name: BAD01',
        '  # hvlint-disable-next-line test-bad-nme -- typo\n  name: BAD01',
      ),
    });
    expect(result.findings.map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`)).toEqual([
      '4:30 invalid-suppression unknown rule "test-bad-nme" in suppression (did you mean "test-bad-name"?): run hvlint rules to list the rule ids',
      '5:9 test-bad-name virtual machine "BAD01" is named BAD: rename it',
    ]);
  });

  test('an unknown directive, and a directive without rule ids', () => {
    const a = run({
      'a.yaml': vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-line test-bad-name -- x\n  name: BAD01'),
    });
    // equally far from both directives: no guess
    expect(a.findings[0]).toMatchObject({
      ruleId: 'invalid-suppression',
      line: 4,
      column: 5,
      endColumn: 24,
      message: 'unknown directive "hvlint-disable-line": use hvlint-disable-next-line or hvlint-disable',
    });
    const typo = run({
      'a.yaml': vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-nextline test-bad-name -- x\n  name: BAD01'),
    });
    expect(typo.findings[0]!.message).toBe(
      'unknown directive "hvlint-disable-nextline" (did you mean "hvlint-disable-next-line"?): use hvlint-disable-next-line or hvlint-disable',
    );
    const b = run({
      'a.yaml': vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-next-line -- no ids\n  name: BAD01'),
    });
    expect(b.findings[0]).toMatchObject({
      ruleId: 'invalid-suppression',
      line: 4,
      message:
        'hvlint-disable-next-line names no rule: list the rule ids to suppress, as in "# hvlint-disable-next-line <rule-id> -- <reason>"',
    });
  });

  test('the suppression findings cannot themselves be suppressed by a comment', () => {
    const result = run({
      'a.yaml': vm('GOOD01').replace(
        '  name: GOOD01',
        '  # hvlint-disable-next-line unused-suppression -- hush\n  name: GOOD01',
      ),
    });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['invalid-suppression']);
  });
});

describe('finding comments in the text', () => {
  test('"#" inside quoted strings and block scalars is not a comment', () => {
    const text = vm(
      'BAD01',
      `  notes: "see # hvlint-disable-next-line test-bad-name -- in a string"
  description: |
    # hvlint-disable-next-line test-bad-name -- in a block scalar
    text
  other: 'it''s # hvlint-disable-next-line test-bad-name -- quoted'
`,
    );
    const directives = run({ 'a.yaml': text.replace(/^(  (notes|description|other):)/gm, '  x-$2:') });
    // The YAML is not schema-valid (unknown keys), but no comment is found in it either.
    expect(directives.findings.filter((f) => f.ruleId.includes('suppression'))).toEqual([]);
  });

  test('a "#" glued to a value is not a comment; one after whitespace is', () => {
    const text = vm('BAD01').replace('  host: HV01', '  host: HV01#hvlint-disable-next-line test-bad-name -- glued');
    expect(run({ 'a.yaml': text }).findings.filter((f) => f.ruleId.includes('suppression'))).toEqual([]);
  });

  test('in a file that does not parse, quotes on the line are still respected', () => {
    const text = `key: "a # hvlint-disable-next-line yaml-syntax -- in quotes"\n# hvlint-disable-next-line yaml-syntax -- real\nbroken: [\nx: 1\n`;
    const result = lintTexts({ 'b.yaml': text }, { rules: [badName], now: NOW });
    // line 1's directive is inside a string; line 2's is a comment and suppresses the syntax
    // error (the unclosed "[" on line 3)
    expect(
      result.findings.map(
        (f) => `${f.line}:${f.column} ${f.ruleId}${f.suppressed ? ` suppressed(${f.suppressed.reason})` : ''}`,
      ),
    ).toEqual(['3:9 yaml-syntax suppressed(real)']);
    const scanned = scanSuppressions(new SourceFile('b.yaml', text), {
      now: NOW,
      knownRuleIds: new Set(['yaml-syntax']),
    });
    expect(scanned.directives.map((d) => d.line)).toEqual([2]);
  });

  test('findings without a document (YAML syntax) can be suppressed by line too', () => {
    const text = `${vm('GOOD01')}# hvlint-disable-next-line yaml-duplicate-key -- generated file, fixed upstream\n  host: HV01\n`;
    const result = lintTexts({ 'c.yaml': text }, { rules: [], now: NOW });
    expect(result.findings.map(brief)).toEqual([
      'c.yaml:9:3 yaml-duplicate-key suppressed(inline: generated file, fixed upstream)',
    ]);
  });
});

describe('suppressed findings in reports', () => {
  const result = run({
    'a.yaml': `${vm('BAD01').replace('  name: BAD01', '  # hvlint-disable-next-line test-bad-name -- accepted by ops, CHG-7\n  name: BAD01')}---\n${vm('BAD02')}`,
  });
  const input = { findings: result.findings, files: 1, documents: 2, sources: result.sources, version: '0.0.0-test' };

  test('json: kept, with "suppressed" and its reason; not counted', () => {
    const report = JSON.parse(formatJson(input));
    expect(report.findings.map((f: { line: number; suppressed?: unknown }) => [f.line, f.suppressed])).toEqual([
      [5, { kind: 'inline', reason: 'accepted by ops, CHG-7', file: 'a.yaml', line: 4 }],
      [13, undefined],
    ]);
    expect(report.summary.errors).toBe(1);
  });

  test('stylish: hidden, but counted', () => {
    const text = formatStylish(input, { color: false });
    expect(text).not.toContain('BAD01');
    expect(text).toContain('BAD02');
    expect(text).toMatch(/1 problem .*, 1 suppressed\n$/);
  });

  test('SARIF: "suppressions" with the reason as justification', () => {
    const sarif = JSON.parse(formatSarif(input));
    const results = sarif.runs[0].results as Array<{
      ruleId: string;
      suppressions?: unknown;
      locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
    }>;
    const suppressed = results.find((r) => r.locations[0]!.physicalLocation.region.startLine === 5)!;
    expect(suppressed.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'accepted by ops, CHG-7' },
    ]);
    const open = results.find((r) => r.locations[0]!.physicalLocation.region.startLine === 13)!;
    expect(open.suppressions).toBeUndefined();
  });
});

describe('suppressions in documents the rules could not check', () => {
  test('are not reported unused while the file has a schema error (the finding would return once it is fixed)', () => {
    // generation 3 fails the schema, so the policy rule never sees BAD01 and its suppression is idle
    const broken = vm('BAD01')
      .replace('  name: BAD01', '  # hvlint-disable-next-line test-bad-name -- legacy name\n  name: BAD01')
      .replace('generation: 2', 'generation: 3');
    const result = run({ 'a.yaml': broken });
    expect(result.findings.map(brief)).toEqual(['a.yaml:7:15 schema']);
    // the same idle suppression in a valid file is reported
    const valid = vm('GOOD01').replace(
      '  name: GOOD01',
      '  # hvlint-disable-next-line test-bad-name -- legacy name\n  name: GOOD01',
    );
    expect(run({ 'b.yaml': valid }).findings.map(brief)).toEqual(['b.yaml:4:30 unused-suppression']);
  });
});
