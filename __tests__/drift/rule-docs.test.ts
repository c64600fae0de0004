/**
 * The examples of the drift rules' doc pages, run through the audit. A drift example is a
 * manifest (```yaml blocks, as for every rule) plus inventory files: blocks whose info string
 * names one, ```json inventory/HV01/Get-VM.json or ```text inventory/switches/SW01.txt.
 * Pages show only the files that matter; the rest of a host directory is filled in as the
 * collector writes it when there is nothing to say (a header, empty lists). Bad must give
 * findings of that rule and nothing else; Good none at all. (__tests__/docs/rule-docs.test.ts
 * checks the pages' structure and skips running drift examples.)
 */
import { driftTexts } from '../../src/drift/audit.js';
import { DRIFT_RULES } from '../../src/rules/drift.js';
import { docExample as example, docPage, docSection as section, NOW, show, type Example } from './helpers.js';

const run = (e: Example) => driftTexts(e.manifests, e.inventory, { now: NOW, rules: [] }).findings;

describe.each(DRIFT_RULES.map((meta) => [meta.id, meta] as const))('docs/rules/%s.md', (id) => {
  const text = docPage(id);

  test("the Bad example gives this rule's findings and nothing else", () => {
    const bad = example(section(text, 'Bad'));
    expect(Object.keys(bad.manifests).length + bad.inventory.files.length).toBeGreaterThan(0);
    const findings = run(bad);
    expect(findings.filter((f) => f.ruleId === id).length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.ruleId !== id).map(show)).toEqual([]);
  });

  test('the Good example gives no finding', () => {
    const good = example(section(text, 'Good'));
    expect(good.inventory.files.length).toBeGreaterThan(0);
    expect(run(good).map(show)).toEqual([]);
  });
});
