/**
 * Every policy rule has its table test, with passing and failing cases that pin positions:
 * `__tests__/rules/<area>/<id>.test.ts` runs `ruleTester(<the rule>, { valid, invalid })`.
 * The core model rules (duplicate names, dangling references) are checked end to end by the
 * scenarios and the CLI test instead. And a rule that throws is an internal-error finding
 * that costs no other rule its findings.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MODEL_RULES } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';
import { lintTexts } from '../../src/lint.js';
import { DEFAULT_NOW } from '../helpers/rule-tester.js';

const scenarioText = fs
  .readdirSync('__tests__/scenarios', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => fs.readFileSync(path.join('__tests__/scenarios', f), 'utf8'))
  .join('\n');

describe.each(MODEL_RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  if (rule.meta.area === 'core') {
    test('is expected somewhere in the scenarios', () => {
      expect(scenarioText).toMatch(new RegExp(`# expect:[^\\n]*\\b${id}\\b`));
    });
    return;
  }
  test(`has __tests__/rules/${rule.meta.area}/${id}.test.ts with valid and invalid cases at a line`, () => {
    const file = path.join('__tests__/rules', rule.meta.area, `${id}.test.ts`);
    expect(fs.existsSync(file)).toBe(true);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/ruleTester\(/);
    expect(text).toMatch(/\bvalid: \[\s*\{/);
    expect(text).toMatch(/\binvalid: \[\s*\{/);
    // Failing cases say where: an explicit line, or a position helper that gives line and column.
    expect(text).toMatch(/\bline: |\.\.\.(valuePos|pos)\(/);
  });
});

test('a rule that throws is an internal-error finding, and the other rules still report', () => {
  const broken: Rule = {
    meta: {
      id: 'vm-dynamic-vhd',
      severity: 'warning',
      area: 'vm',
      description: 'test double',
      fixable: false,
      messages: {},
      sources: [],
    },
    check() {
      throw new Error('boom');
    },
  };
  const dangling = MODEL_RULES.find((r) => r.meta.id === 'unresolved-reference')!;
  const text =
    'apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata:\n  name: WEB01\nspec:\n  generation: 2\n  host: HV09\n';
  const result = lintTexts({ 'vms.yaml': text }, { now: DEFAULT_NOW, rules: [broken, dangling] });
  expect(result.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`)).toEqual([
    'vms.yaml:1:1 error internal-error rule vm-dynamic-vhd failed: boom; please report this',
    'vms.yaml:7:9 error unresolved-reference HyperVHost "HV09" is not declared: add its manifest or fix the name',
  ]);
});
