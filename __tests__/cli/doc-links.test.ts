/**
 * hvlint runs in the user's repository, which has no docs/ of hvlint's: every link it prints
 * or writes (init, explain, rules, SARIF rule help) is the documentation's web address.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';
import { allRuleMeta } from '../../src/rules/index.js';
import { lintTexts } from '../../src/lint.js';
import { formatSarif } from '../../src/report/sarif.js';
import { DOCS_ROOT } from '../../src/report/links.js';

const links = (markdown: string): string[] => [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

test('init names the configuration page by its web address, in its output and the file it writes', async () => {
  const { dir, cleanup } = tempEstate({});
  try {
    const run = await runCli(['init'], dir);
    expect(run.stdout).toContain(`${DOCS_ROOT}configuration.md`);
    expect(run.stdout).not.toMatch(/ docs\//);
    const written = fs.readFileSync(path.join(dir, '.hvlint.yml'), 'utf8');
    expect(written).toContain(`${DOCS_ROOT}configuration.md`);
    expect(written).not.toMatch(/ docs\//);
  } finally {
    cleanup();
  }
});

test('explain prints no repository-relative paths for any rule', async () => {
  for (const meta of allRuleMeta()) {
    const run = await runCli(['explain', meta.id], process.cwd());
    expect(run.code).toBe(0);
    // Outside code blocks, a link is "text (address)": the address is absolute.
    const prose = run.stdout.replace(/```[\s\S]*?```/g, '');
    for (const m of prose.matchAll(/ \(((?:\.\.?\/|docs\/)[^)]*)\)/g))
      throw new Error(`${meta.id}: relative link ${m[1]}`);
  }
});

test('SARIF rule help links resolve on an alert page: every target is absolute', () => {
  const ids = allRuleMeta().map((m) => m.id);
  const findings = ids.map((ruleId) => ({
    ruleId,
    severity: 'error' as const,
    message: 'x',
    file: 'a.yaml',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    startOffset: 0,
    endOffset: 1,
    related: [],
  }));
  const base = lintTexts({});
  const sarif = JSON.parse(formatSarif({ ...base, findings, version: '0.0.0' }));
  const rules = sarif.runs[0].tool.driver.rules as Array<{ id: string; help: { markdown: string } }>;
  expect(rules.length).toBe(ids.length);
  let checked = 0;
  for (const rule of rules) {
    for (const href of links(rule.help.markdown)) {
      checked++;
      expect([rule.id, href]).toEqual([rule.id, expect.stringMatching(/^(https?:\/\/|mailto:|#)/)]);
    }
  }
  // The rule pages do link each other and docs/domain.md: the check above saw relative links to rewrite.
  expect(checked).toBeGreaterThan(ids.length);
});
