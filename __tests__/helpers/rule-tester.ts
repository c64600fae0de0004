/**
 * ESLint-style table tests for one rule: `valid` cases must produce no finding of the rule,
 * `invalid` cases exactly the listed ones (message id, file, line, column; optionally message
 * text and related locations). Fixtures must be schema-valid YAML: a schema or YAML finding
 * fails the case, so a typo in a fixture cannot pass as "the rule found nothing".
 */
import { lintTexts } from '../../src/lint.js';
import type { Rule } from '../../src/rules/types.js';
import type { Finding } from '../../src/types.js';

export interface ExpectedFinding {
  messageId?: string;
  message?: string | RegExp;
  file?: string;
  line: number;
  column?: number;
  severity?: Finding['severity'];
  related?: Array<{ file?: string; line: number; column?: number }>;
}

export interface RuleCase {
  name: string;
  /** One file's text, or file name → text. */
  files: string | Record<string, string>;
  options?: Record<string, unknown>;
  now?: Date;
  errors?: ExpectedFinding[];
}

export const DEFAULT_NOW = new Date('2026-06-01T00:00:00Z');

/** Findings of one rule over in-memory files; throws on YAML or schema problems in the fixture. */
export function runRule(
  rule: Rule,
  files: string | Record<string, string>,
  options: { options?: Record<string, unknown>; now?: Date } = {},
): Finding[] {
  const texts = typeof files === 'string' ? { 'test.yaml': files } : files;
  const config = options.options
    ? {
        rules: {
          [rule.meta.id]: [rule.meta.severity, options.options] as [Finding['severity'], Record<string, unknown>],
        },
      }
    : {};
  const result = lintTexts(texts, { config, now: options.now ?? DEFAULT_NOW, rules: [rule] });
  const broken = result.findings.filter((f) => f.ruleId !== rule.meta.id);
  if (broken.length > 0) {
    throw new Error(
      `fixture is not clean:\n${broken.map((f) => `${f.file}:${f.line}:${f.column} ${f.message} [${f.ruleId}]`).join('\n')}`,
    );
  }
  return result.findings;
}

export function ruleTester(rule: Rule, cases: { valid: RuleCase[]; invalid: RuleCase[] }): void {
  describe(rule.meta.id, () => {
    test.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      const findings = runRule(rule, c.files, c);
      expect(findings.map(describeFinding)).toEqual([]);
    });
    test.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const findings = runRule(rule, c.files, c);
      const expected = c.errors ?? [];
      expect(findings.map(describeFinding)).toHaveLength(expected.length);
      expected.forEach((want, i) => {
        const got = findings[i]!;
        const shape: Record<string, unknown> = { line: want.line };
        if (want.column !== undefined) shape['column'] = want.column;
        if (want.file !== undefined) shape['file'] = want.file;
        if (want.messageId !== undefined) shape['messageId'] = want.messageId;
        if (want.severity !== undefined) shape['severity'] = want.severity;
        expect(got).toMatchObject(shape);
        if (typeof want.message === 'string') expect(got.message).toBe(want.message);
        else if (want.message) expect(got.message).toMatch(want.message);
        if (want.related) {
          expect(got.related).toHaveLength(want.related.length);
          want.related.forEach((r, j) => expect(got.related[j]).toMatchObject(r));
        }
      });
    });
  });
}

export function describeFinding(f: Finding): string {
  return `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.ruleId}${f.messageId ? `/${f.messageId}` : ''}]`;
}
