/**
 * Every rule has a doc page docs/rules/<id>.md whose first paragraph is the rule's description,
 * with Why / Bad / Good / Fix / Source sections. The yaml examples are run: Bad must produce
 * findings of that rule and nothing else, Good none at all. docs/rules/README.md is the rule
 * list and must match the code (regenerate with UPDATE_DOCS=1 npm test -- __tests__/docs).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRuleMeta } from '../../src/rules/index.js';
import { MODEL_RULES } from '../../src/rules/index.js';
import { lintTexts } from '../../src/lint.js';
import type { RuleMeta } from '../../src/rules/types.js';
import { DEFAULT_NOW, describeFinding } from '../helpers/rule-tester.js';

const DOCS = path.resolve('docs/rules');
/** Core rules about files rather than YAML text: their examples cannot be run from a code block. */
const NOT_RUNNABLE = new Set(['file-unreadable', 'file-encoding', 'internal-error', 'config', 'policy']);
const SECTIONS = ['Why', 'Bad', 'Good', 'Fix', 'Source'];

interface DocPage {
  title: string;
  description: string;
  sections: Map<string, string>;
}

function readPage(id: string): DocPage | undefined {
  const file = path.join(DOCS, `${id}.md`);
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  const title = /^# (.+)$/m.exec(text)?.[1]?.trim() ?? '';
  const afterTitle = text.slice(text.indexOf('\n') + 1).trimStart();
  const description = afterTitle.split('\n\n')[0]!.replace(/\n/g, ' ').trim();
  const sections = new Map<string, string>();
  const parts = text.split(/^## /m).slice(1);
  for (const part of parts) {
    const nl = part.indexOf('\n');
    sections.set(part.slice(0, nl).trim(), part.slice(nl + 1));
  }
  return { title, description, sections };
}

function yamlBlocks(section: string): Record<string, string> {
  const files: Record<string, string> = {};
  const re = /```ya?ml\n([\s\S]*?)```/g;
  let i = 0;
  for (let m = re.exec(section); m; m = re.exec(section)) {
    const body = m[1]!;
    const named = /^# file: (\S+)/.exec(body);
    files[named ? named[1]! : `example-${++i}.yaml`] = body;
  }
  return files;
}

function runExample(meta: RuleMeta, files: Record<string, string>) {
  const rule = MODEL_RULES.find((r) => r.meta.id === meta.id);
  // The suppression rules' examples suppress real findings: run the rules their comments name.
  const named = new Set(
    Object.values(files).flatMap((text) =>
      [...text.matchAll(/# hvlint-disable(?:-next-line)? ([a-z0-9, -]+?)(?: until=\S+)? -- /g)].flatMap((m) =>
        m[1]!.split(/[\s,]+/),
      ),
    ),
  );
  const rules = rule ? [rule] : MODEL_RULES.filter((r) => named.has(r.meta.id));
  // Suppressed findings stay in results (marked) for reports; an example shows what is reported.
  return lintTexts(files, { now: DEFAULT_NOW, rules }).findings.filter((f) => !f.suppressed);
}

const metas = allRuleMeta();

describe.each(metas.map((m) => [m.id, m] as const))('docs/rules/%s.md', (id, meta) => {
  const page = readPage(id);

  test('exists, with the rule id as title and the description as first paragraph', () => {
    expect(page).toBeDefined();
    expect(page!.title).toBe(id);
    expect(page!.description).toBe(meta.description);
  });

  test('has Why, Bad, Good, Fix and Source sections', () => {
    expect([...page!.sections.keys()].filter((s) => SECTIONS.includes(s))).toEqual(SECTIONS);
  });

  // Drift findings need an inventory as well as manifests: __tests__/drift/rule-docs.test.ts runs their examples.
  if (NOT_RUNNABLE.has(id) || meta.area === 'drift') return;

  test("the Bad example produces this rule's findings and nothing else", () => {
    const files = yamlBlocks(page!.sections.get('Bad') ?? '');
    expect(Object.keys(files).length).toBeGreaterThan(0);
    const findings = runExample(meta, files);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId !== id).map(describeFinding)).toEqual([]);
  });

  test('the Good example produces no finding', () => {
    const files = yamlBlocks(page!.sections.get('Good') ?? '');
    expect(Object.keys(files).length).toBeGreaterThan(0);
    expect(runExample(meta, files).map(describeFinding)).toEqual([]);
  });
});

test('docs/rules/README.md lists every rule, as the code defines them', () => {
  const rows = metas.map(
    (m) => `| [${m.id}](${m.id}.md) | ${m.area} | ${m.severity} | ${m.fixable ? 'yes' : ''} | ${m.description} |`,
  );
  const expected = [
    '# Rules',
    '',
    'Every rule hvlint applies. Severity is the default; change it per rule or per path in `.hvlint.yml`.',
    'This list is generated from the rules themselves (`UPDATE_DOCS=1 npm test -- __tests__/docs`) and a test keeps it in step.',
    '',
    '| Rule | Area | Severity | Fixable | What it checks |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  const file = path.join(DOCS, 'README.md');
  if (process.env['UPDATE_DOCS']) fs.writeFileSync(file, expected);
  expect(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '').toBe(expected);
});

test('every doc page belongs to a rule', () => {
  const ids = new Set(metas.map((m) => m.id));
  const pages = fs
    .readdirSync(DOCS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => f.slice(0, -3));
  expect(pages.filter((p) => !ids.has(p))).toEqual([]);
});
