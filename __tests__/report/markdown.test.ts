import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown.js';
import { mermaidText, nlbTopology } from '../../src/model/topology-diagram.js';
import { lintTexts } from '../../src/lint.js';
import type { Finding, Severity } from '../../src/types.js';
import { DEFAULT_NOW } from '../helpers/rule-tester.js';
import { runCli } from '../helpers/cli.js';

function finding(i: number, extra: Partial<Finding> = {}): Finding {
  const severity: Severity = (['error', 'warning', 'notice'] as const)[i % 3]!;
  return {
    ruleId: `rule-${i % 7}`,
    severity,
    message: `problem number ${i} in a manifest, described at some length to take room`,
    file: `estate/file-${i % 50}.yaml`,
    line: i + 1,
    column: 1,
    endLine: i + 1,
    endColumn: 5,
    startOffset: 0,
    endOffset: 0,
    related: [],
    ...extra,
  };
}

const input = (findings: Finding[], extra: Record<string, unknown> = {}) => ({
  findings,
  files: 50,
  documents: 500,
  sources: new Map(),
  version: '0.0.0',
  ...extra,
});

describe('escaping manifest text', () => {
  test('tables, HTML, emphasis, links and mentions are made inert', () => {
    expect(escapeMarkdown('a|b <script>alert(1)</script> *x* _y_ [l](http://e) `c` @team ~s~ \\ &amp;\nnext')).toBe(
      'a&#124;b &lt;script&gt;alert(1)&lt;/script&gt; \\*x\\* \\_y\\_ \\[l\\](http://e) \\`c\\` &#64;team \\~s\\~ \\\\ &amp;amp; next',
    );
  });

  test('a hostile name cannot break the findings table', () => {
    const text = formatMarkdown(
      input([finding(0, { message: 'VM "x|y</details><img src=x onerror=alert(1)>" is bad', file: 'a|b.yaml' })]),
    );
    const row = text.split('\n').find((l) => l.includes('is bad'))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(6); // 4 cells between 5 pipes
    expect(text).not.toContain('<img');
    expect(text.match(/<\/details>/g)).toHaveLength(1);
  });

  test('Mermaid labels: entity codes for anything but plain characters', () => {
    expect(mermaidText('SW"1"]; click n0 call x()')).toBe('SW#34;1#34;#93;#59; click n0 call x#40;#41;');
  });
});

describe('formatMarkdown', () => {
  test('totals, findings by rule with doc links, top files, and every finding listed', () => {
    const findings = Array.from({ length: 30 }, (_, i) => finding(i));
    const text = formatMarkdown(input(findings), {
      notes: ['A note.'],
      notAnnotated: { findings: findings.slice(0, 4), reason: 'outside the change' },
    });
    expect(text).toMatch(
      /^## hvlint\n\n❌ \*\*30 problems\*\*: 10 errors, 10 warnings, 10 notices in 500 documents \(50 files\)\.\n\n- A note\.\n/,
    );
    expect(text).toContain(
      '| [rule-0](https://github.com/hvlint/hvlint/blob/main/docs/rules/rule-0.md) | 🔴 error | 5 | 5 |',
    );
    expect(text).toContain('### Files with the most findings');
    expect(text).toContain('…and 20 more files with findings.');
    expect(text).toContain(
      '- 4 findings (2 errors, 1 warning, 1 notice) outside the change: counted above, listed below, not annotated.',
    );
    expect(text).toContain('<details><summary>All findings (30)</summary>');
    expect(text.match(/^\| (🔴|🟡|🔵) /gm)).toHaveLength(30);
    expect(text).not.toContain('This summary was cut');
  });

  test('no findings', () => {
    expect(formatMarkdown(input([]))).toBe('## hvlint\n\n✅ No problems in 500 documents (50 files).\n\n');
  });

  test('suppressed findings are counted apart', () => {
    const text = formatMarkdown(
      input([
        finding(0),
        finding(1, { suppressed: { kind: 'baseline', reason: 'r' } }),
        finding(2, { suppressed: { kind: 'inline', reason: 'r' } }),
      ]),
    );
    expect(text).toContain('**1 problem**');
    expect(text).toContain('- 2 suppressed findings (1 baseline, 1 inline): not counted and not annotated.');
  });

  test.each([
    ['the job summary (1 MiB): the list stops at 5,000 rows', undefined, 1024 * 1024, false],
    ['a check run (65,535): the budget stops it', 65_535, 65_535, true],
  ])('20,000 findings stay under %s', (_name, maxBytes, limit, cut) => {
    const findings = Array.from({ length: 20_000 }, (_, i) =>
      finding(i, { message: `problem ${i} ${'with a long description '.repeat(3)}` }),
    );
    const text = formatMarkdown(input(findings), maxBytes ? { maxBytes } : {});
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThan(limit);
    expect(text).toContain('**20,000 problems**');
    expect(text.includes('This summary was cut')).toBe(cut);
    expect(text).toMatch(/…and [\d,]+ more findings not listed here\.\n\n<\/details>\n/);
  });

  test('a budget too small for the list still closes what it opened', () => {
    const findings = Array.from({ length: 500 }, (_, i) => finding(i));
    const text = formatMarkdown(input(findings), { maxBytes: 3000 });
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThan(3000);
    expect(text.match(/<details>/g)?.length ?? 0).toBe(text.match(/<\/details>/g)?.length ?? 0);
    expect(text).toContain('This summary was cut');
  });

  test('file links when the caller gives them', () => {
    const text = formatMarkdown(input([finding(0, { file: 'dir/a b.yaml', line: 3, endLine: 5 })]), {
      fileUrl: (file, line, endLine) => `https://example.com/${file}#L${line}-L${endLine}`,
    });
    expect(text).toContain('[dir/a b.yaml:3:1](https://example.com/dir/a%20b.yaml#L3-L5)');
  });
});

describe('NLB topology diagram', () => {
  const examples = Object.fromEntries(
    fs
      .readdirSync('examples')
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f, fs.readFileSync(path.join('examples', f), 'utf8')]),
  );

  test('clusters, VLAN, groups, LAGs and hosts; a group missing a host LAG and a switch without a group are failing links', () => {
    const result = lintTexts(examples, { now: DEFAULT_NOW });
    const diagram = nlbTopology(result.estate, result.findings);
    expect(diagram.clusters).toBe(2);
    expect(diagram.failingLinks).toBe(2);
    const lines = diagram.mermaid.split('\n');
    expect(lines[0]).toBe('flowchart LR');
    const id = (label: string): string =>
      lines
        .find((l) => l.includes(`["${label}`))!
        .trim()
        .split('[')[0]!;
    const group = id('SW-CORE01<br/>group 239.255.3.232');
    expect(lines).toContain(`  ${id('NLB-WEB')} --> ${id('VLAN 20')}`);
    expect(lines).toContain(`  ${group} --> ${id('SW-CORE01 LAG 1')}`);
    expect(lines).toContain(`  ${group} -. missing .-> ${id('SW-CORE01 LAG 2')}`);
    expect(lines).toContain(`  ${id('SW-CORE01 LAG 2')} --> ${id('HV02')}`);
    expect(lines).toContain(`  ${id('VLAN 20')} -. missing .-> ${id('SW-CORE01: no group for 239.255.4.10')}`);
    expect(diagram.mermaid).toMatch(/linkStyle \d+,\d+ stroke:#d1242f/);
  });

  test('bounded: at most 25 clusters and 200 nodes however large the estate', () => {
    const clusters: string[] = [];
    for (let i = 0; i < 400; i++) {
      clusters.push(
        `apiVersion: hvlint/v1\nkind: NlbCluster\nmetadata:\n  name: NLB-${i}\nspec:\n  vip: 10.${Math.floor(i / 200)}.${i % 200}.10\n  mode: unicast\n  vlan: ${100 + i}\n  nodes:\n    - { vm: VM-${i}, adapter: NLB }\n`,
      );
    }
    const result = lintTexts({ 'nlb.yaml': clusters.join('---\n') }, { now: DEFAULT_NOW });
    const diagram = nlbTopology(result.estate, result.findings);
    expect(diagram.clusters).toBe(25);
    expect(diagram.omittedClusters).toBe(375);
    expect(diagram.mermaid.split('\n').filter((l) => /^\s+n\d+\["/.test(l)).length).toBeLessThanOrEqual(200);
  });

  test('hvlint --format markdown includes it', async () => {
    const run = await runCli(['--format', 'markdown', 'examples'], process.cwd());
    expect(run.stdout).toContain('### NLB topology\n\n```mermaid\nflowchart LR\n');
    expect(run.stdout).toContain('Dashed red links are missing: 2 links that hosts able to run a node need.');
  });
});
