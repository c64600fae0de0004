/**
 * The catalogue: one record per finding hvlint can emit, run-time entries (user policies),
 * severities decided in one place, and message ids checked by the compiler.
 */
import { CATALOGUE, MODEL_RULES } from '../../src/rules/index.js';
import { CORE_RULE_IDS, CORE_RULES } from '../../src/rules/core.js';
import { DRIFT_RULES } from '../../src/rules/drift.js';
import { Catalogue } from '../../src/rules/catalogue.js';
import { defineRule, type RuleMeta } from '../../src/rules/types.js';
import { assignSeverities } from '../../src/filter/severity.js';
import { lintTexts } from '../../src/lint.js';
import type { EmittedFinding } from '../../src/types.js';

const policy = (id: string, severity: RuleMeta['severity'] = 'warning'): RuleMeta => ({
  id,
  severity,
  area: 'policy',
  description: 'Report VMs that a PCI backup policy does not cover.',
  fixable: false,
  messages: { uncovered: 'VM "{{vm}}" is not covered' },
  sources: ['acme policy handbook'],
});

const emitted = (ruleId: string, file = 'a.yaml'): EmittedFinding => ({
  ruleId,
  message: 'm',
  file,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
  startOffset: 0,
  endOffset: 1,
  related: [],
});

describe('the built-in catalogue', () => {
  test('holds every core id, every model rule and every drift finding, each once', () => {
    const ids = CATALOGUE.metas().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of CORE_RULE_IDS) expect(CATALOGUE.get(id)?.kind).toBe('core');
    for (const rule of MODEL_RULES) expect(CATALOGUE.get(rule.meta.id)?.meta).toBe(rule.meta);
    for (const meta of DRIFT_RULES) expect(CATALOGUE.get(meta.id)?.kind).toBe('drift');
    expect(ids).toHaveLength(CORE_RULES.length + MODEL_RULES.length + DRIFT_RULES.length);
  });

  test('core ids and core records agree', () => {
    expect(CORE_RULES.map((m) => m.id).sort()).toEqual([...CORE_RULE_IDS].sort());
  });

  test('is sorted by id', () => {
    const ids = CATALOGUE.metas().map((m) => m.id);
    expect(ids).toEqual([...ids].sort());
  });
});

describe('run-time entries', () => {
  test('a user policy with a namespaced id joins a new catalogue; the built-in one is unchanged', () => {
    const withPolicy = CATALOGUE.with([policy('acme/pci-backup')]);
    expect(withPolicy.get('acme/pci-backup')?.kind).toBe('policy');
    expect(withPolicy.severity('acme/pci-backup')).toBe('warning');
    expect(CATALOGUE.has('acme/pci-backup')).toBe(false);
  });

  test('an id already in the catalogue is refused', () => {
    expect(() => CATALOGUE.with([policy('acme/pci-backup'), policy('acme/pci-backup')])).toThrow(/two entries/);
    expect(() => CATALOGUE.with([{ ...policy('x'), id: 'schema' }], 'rule')).toThrow(
      /two entries with the id "schema"/,
    );
  });

  test('a policy id must be namespaced and kebab-case', () => {
    expect(() => CATALOGUE.with([policy('pci-backup')], 'policy')).toThrow(/<namespace>\/<kebab-case-id>/);
    expect(() => CATALOGUE.with([policy('Acme/PCI')])).toThrow(/kebab-case/);
  });

  test('an unknown id is an error, never silence', () => {
    expect(new Catalogue([]).severity('nothing-like-it')).toBe('error');
  });
});

describe('severities are decided in one place', () => {
  test('catalogue default, then the config, then a matching override; off drops the finding', () => {
    const catalogue = CATALOGUE.with([policy('acme/pci-backup', 'notice')]);
    const findings = [emitted('acme/pci-backup', 'prod/a.yaml'), emitted('unused-suppression'), emitted('schema')];
    expect(assignSeverities(findings, catalogue, {}).map((f) => f.severity)).toEqual(['notice', 'warning', 'error']);
    const configured = assignSeverities(findings, catalogue, {
      rules: { schema: 'off', 'acme/pci-backup': 'warning' },
      overrides: [{ files: ['prod/**'], rules: { 'acme/pci-backup': 'error' } }],
    });
    expect(configured.map((f) => [f.ruleId, f.severity])).toEqual([
      ['acme/pci-backup', 'error'],
      ['unused-suppression', 'warning'],
    ]);
  });

  test('a rule run with lintTexts takes its default severity from its own record', () => {
    const rule = defineRule({
      meta: { ...policy('acme/every-vm'), messages: { seen: 'VM "{{vm}}" seen' } },
      check({ estate, report }) {
        for (const vm of estate.documents.filter((d) => d.kind === 'VirtualMachine'))
          report({ doc: vm, path: ['metadata', 'name'], messageId: 'seen', data: { vm: vm.name } });
      },
    });
    const text = 'apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata:\n  name: VM01\nspec:\n  generation: 2\n';
    const result = lintTexts({ 'vm.yaml': text }, { rules: [rule] });
    const own = result.findings.filter((f) => f.ruleId.startsWith('acme/'));
    expect(own.map((f) => [f.ruleId, f.severity, f.message])).toEqual([['acme/every-vm', 'warning', 'VM "VM01" seen']]);
  });
});

describe('message ids are typed', () => {
  test('reporting an id the rule does not declare does not compile', () => {
    const rule = defineRule({
      meta: { ...policy('acme/typo'), messages: { uncovered: 'x' } },
      check({ estate, report }) {
        for (const doc of estate.documents) {
          // @ts-expect-error: 'uncoverd' is not a key of meta.messages
          report({ doc, path: [], messageId: 'uncoverd' });
        }
      },
    });
    expect(rule.meta.messages).toEqual({ uncovered: 'x' });
  });
});
