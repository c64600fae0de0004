import * as fs from 'node:fs';
import * as path from 'node:path';
import { findConfig, loadConfig, parseConfigText } from '../../src/config/load.js';
import { checkConfig } from '../../src/config/check.js';
import { discoveryGlobs, rebaseGlobs } from '../../src/config/globs.js';
import { lint, lintTexts } from '../../src/lint.js';
import { allRuleMeta } from '../../src/rules/index.js';
import type { Rule, RuleMeta } from '../../src/rules/types.js';
import type { Config } from '../../src/config/types.js';
import { runCli, tempEstate } from '../helpers/cli.js';
import { badName, vm } from '../helpers/test-rules.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const where = (f: { line: number; column: number; message: string }): string => `${f.line}:${f.column} ${f.message}`;

/** A rule with options, so option checks do not depend on any real rule. */
const withOptions: Rule = {
  meta: {
    id: 'test-max-age',
    severity: 'warning',
    area: 'vm',
    description: 'Report test things older than maxAgeDays.',
    fixable: false,
    messages: { old: 'max age is {{days}}' },
    optionsSchema: {
      type: 'object',
      properties: { maxAgeDays: { type: 'integer', minimum: 1 }, label: { type: 'string' } },
      additionalProperties: false,
    },
    defaultOptions: { maxAgeDays: 30 },
    sources: ['test'],
  },
  check({ estate, options, report }) {
    for (const doc of estate.of('VirtualMachine'))
      report({
        doc,
        path: ['metadata', 'name'],
        messageId: 'old',
        data: { days: String((options as { maxAgeDays: number }).maxAgeDays) },
      });
  },
};
const RULES: RuleMeta[] = [...allRuleMeta(), withOptions.meta];
const check = (text: string) => parseConfigText('.hvlint.yml', text, { rules: RULES });

describe('finding the config', () => {
  test('walks up from the working directory; .hvlint.yml and .hvlint.yaml both count', () => {
    const { dir, cleanup } = tempEstate({ 'repo/.hvlint.yaml': 'rules: {}\n', 'repo/estate/site-a/x.yaml': '' });
    try {
      expect(findConfig(path.join(dir, 'repo/estate/site-a'))).toBe(path.join(dir, 'repo/.hvlint.yaml'));
      const loaded = loadConfig(path.join(dir, 'repo/estate/site-a'));
      expect(loaded.file).toBe('../../.hvlint.yaml');
      expect(loaded.config.root).toBe(path.join(dir, 'repo'));
      fs.writeFileSync(path.join(dir, 'repo/estate/.hvlint.yml'), 'rules: {}\n');
      expect(findConfig(path.join(dir, 'repo/estate/site-a'))).toBe(path.join(dir, 'repo/estate/.hvlint.yml'));
    } finally {
      cleanup();
    }
  });

  test('--config names one explicitly; a missing one is reported', () => {
    const { dir, cleanup } = tempEstate({ 'conf/strict.yml': 'rules:\n  duplicate-name: warning\n' });
    try {
      const loaded = loadConfig(dir, 'conf/strict.yml');
      expect(loaded).toMatchObject({
        file: 'conf/strict.yml',
        findings: [],
        config: { rules: { 'duplicate-name': 'warning' }, root: path.join(dir, 'conf') },
      });
      const missing = loadConfig(dir, 'conf/nope.yml');
      expect(missing.file).toBeUndefined();
      expect(missing.findings.map((f) => f.message)).toEqual([
        'config file "conf/nope.yml" not found: check the --config path',
      ]);
    } finally {
      cleanup();
    }
  });
});

describe("the config's own errors are positioned findings", () => {
  test('unknown rule ids, with did-you-mean, on the key', () => {
    const loaded = check('rules:\n  duplicate-nam: warning\n  no-such-rule-at-all: off\n');
    expect(loaded.findings.map((f) => `${f.ruleId} ${where(f)}`)).toEqual([
      'config 2:3 unknown rule "duplicate-nam" (did you mean "duplicate-name"?): run hvlint rules to list the rule ids',
      'config 3:3 unknown rule "no-such-rule-at-all": run hvlint rules to list the rule ids',
    ]);
    expect(loaded.findings[0]).toMatchObject({ file: '.hvlint.yml', severity: 'error', endLine: 2, endColumn: 16 });
    expect(loaded.config.rules).toEqual({});
  });

  // A collection is underlined at its key (a whole block would cover many lines).
  test('bad severities and shapes, on the value', () => {
    const loaded = check(
      'rules:\n  duplicate-name: warn\n  schema: [eror]\n  unresolved-reference: 3\n  yaml-syntax: [error, {}, 1]\n',
    );
    expect(loaded.findings.map(where)).toEqual([
      '2:19 "warn" is not a severity (did you mean "warning"?): use error, warning, notice or off',
      '3:12 "eror" is not a severity (did you mean "error"?): use error, warning, notice or off',
      '4:25 a rule setting must be a severity or a list; got 3: use a severity (error, warning, notice, off) or [severity, {options}]',
      '5:3 a rule setting is [severity] or [severity, {options}]; got a list of 3: use a severity (error, warning, notice, off) or [severity, {options}]',
    ]);
  });

  test('unknown keys and wrong types anywhere in the file', () => {
    const loaded = check(
      'include: "**/*.yaml"\nrulez: {}\nlimits:\n  maxDepth: 0\n  maxAlias: 3\noverrides:\n  - files: []\n    rules: {}\n  - rules: {}\n',
    );
    expect(loaded.findings.map(where)).toEqual([
      '1:10 include must be a list; got "**/*.yaml"',
      '2:1 unknown key "rulez" (did you mean "rules"?): use one of exclude, extends, include, limits, overrides, policies, rules',
      '4:13 limits.maxDepth must be at least 1; got 0',
      '5:3 unknown key "maxAlias" in limits (did you mean "maxAliases"?): use one of maxAliases, maxDepth, maxFileBytes, maxNodes, policyCost',
      '7:5 overrides[0].files must list at least 1 item',
      '9:5 overrides[1] must have "files"',
    ]);
  });

  test("rule options are checked against the rule's optionsSchema", () => {
    const loaded = check(
      'rules:\n  test-max-age: [warning, { maxAgeDays: "30", colour: red }]\n  duplicate-name: [error, { strict: true }]\n',
    );
    expect(loaded.findings.map(where)).toEqual([
      '2:41 options of "test-max-age": maxAgeDays must be an integer; got "30"',
      '2:47 unknown key "colour" in options of "test-max-age": use one of label, maxAgeDays',
      '3:27 rule "duplicate-name" takes no options: remove them',
    ]);
    // bad options are dropped: the rule runs with its defaults
    expect(loaded.config.rules).toEqual({ 'test-max-age': 'warning', 'duplicate-name': 'error' });
    expect(check('rules:\n  test-max-age: [notice, { maxAgeDays: 90 }]\n').config.rules).toEqual({
      'test-max-age': ['notice', { maxAgeDays: 90 }],
    });
  });

  test('options are set in the top-level rules only, not per path', () => {
    const loaded = check(
      'overrides:\n  - files: ["lab/**"]\n    rules:\n      test-max-age: [off, { maxAgeDays: 5 }]\n',
    );
    expect(loaded.findings.map(where)).toEqual([
      '4:27 options of "test-max-age" cannot be set per path: move them to the top-level rules and keep only the severity here',
    ]);
    expect(loaded.config.overrides).toEqual([{ files: ['lab/**'], rules: { 'test-max-age': 'off' } }]);
  });

  test('YAML problems in the config are findings too; an empty config is fine', () => {
    expect(
      check('rules:\n  schema: error\n  schema: off\n').findings.map((f) => `${f.ruleId} ${f.line}:${f.column}`),
    ).toEqual(['yaml-duplicate-key 3:3']);
    expect(check('rules: [\n').findings.map((f) => f.ruleId)).toEqual(['yaml-syntax']);
    expect(check('- rules\n').findings.map(where)).toEqual([
      '1:1 the config must be a mapping of include, exclude, rules, overrides, policies, extends, limits; got a list',
    ]);
    expect(check('').findings).toEqual([]);
    expect(check('# nothing yet\n').findings).toEqual([]);
  });

  test('checkConfig keeps the valid parts', () => {
    const { config, problems } = checkConfig(
      {
        include: ['a/**', 3],
        rules: { schema: 'warning', 'duplicate-name': 'loud' },
        limits: { maxDepth: 10, maxNodes: -1 },
      },
      RULES,
    );
    expect(config).toEqual({ include: ['a/**'], rules: { schema: 'warning' }, limits: { maxDepth: 10 } });
    expect(problems.map((p) => p.path.join('.'))).toEqual(['include.1', 'limits.maxNodes', 'rules.duplicate-name']);
  });

  test('the CLI reports config errors like manifest findings, and fails', async () => {
    const { dir, cleanup } = tempEstate({ '.hvlint.yml': 'rules:\n  duplicate-nam: warning\n', 'a.yaml': vm('A1') });
    try {
      const run = await runCli(['--format', 'json'], dir);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout);
      expect(
        report.findings.map(
          (f: { file: string; line: number; column: number; ruleId: string }) =>
            `${f.file}:${f.line}:${f.column} ${f.ruleId}`,
        ),
      ).toEqual(['.hvlint.yml:2:3 config', 'a.yaml:7:9 unresolved-reference']);
    } finally {
      cleanup();
    }
  });
});

describe('severities: per rule, per path', () => {
  const files = { 'prod/a.yaml': vm('BAD01'), 'lab/b.yaml': vm('BAD02'), 'lab/old/c.yaml': vm('BAD03') };
  const severities = (config: Config): string[] =>
    lintTexts(files, { rules: [badName], now: NOW, config }).findings.map((f) => `${f.file} ${f.severity}`);

  test('a rule severity changes every finding of the rule; off removes them', () => {
    expect(severities({})).toEqual(['lab/b.yaml error', 'lab/old/c.yaml error', 'prod/a.yaml error']);
    expect(severities({ rules: { 'test-bad-name': 'notice' } })).toEqual([
      'lab/b.yaml notice',
      'lab/old/c.yaml notice',
      'prod/a.yaml notice',
    ]);
    expect(severities({ rules: { 'test-bad-name': ['warning'] } })).toEqual([
      'lab/b.yaml warning',
      'lab/old/c.yaml warning',
      'prod/a.yaml warning',
    ]);
    expect(severities({ rules: { 'test-bad-name': 'off' } })).toEqual([]);
  });

  test('overrides apply to the files their globs match; the last match wins', () => {
    expect(severities({ overrides: [{ files: ['lab/**'], rules: { 'test-bad-name': 'warning' } }] })).toEqual([
      'lab/b.yaml warning',
      'lab/old/c.yaml warning',
      'prod/a.yaml error',
    ]);
    expect(
      severities({
        rules: { 'test-bad-name': 'notice' },
        overrides: [
          { files: ['lab/**'], rules: { 'test-bad-name': 'off' } },
          { files: ['lab/old/*.yaml'], rules: { 'test-bad-name': 'error' } },
        ],
      }),
    ).toEqual(['lab/old/c.yaml error', 'prod/a.yaml notice']);
    // off globally, on for one path: the rule still runs
    expect(
      severities({
        rules: { 'test-bad-name': 'off' },
        overrides: [{ files: ['prod/**'], rules: { 'test-bad-name': 'warning' } }],
      }),
    ).toEqual(['prod/a.yaml warning']);
  });

  test('rule options reach the rule, over its defaults', () => {
    const message = (config: Config) =>
      lintTexts({ 'a.yaml': vm('A') }, { rules: [withOptions], now: NOW, config }).findings.map((f) => f.message);
    expect(message({})).toEqual(['max age is 30']);
    expect(message({ rules: { 'test-max-age': ['warning', { maxAgeDays: 7 }] } })).toEqual(['max age is 7']);
  });
});

describe('globs are relative to the config file', () => {
  const estate = {
    '.hvlint.yml':
      'exclude:\n  - "estate/retired/**"\noverrides:\n  - files: ["estate/lab/**"]\n    rules:\n      unresolved-reference: notice\n',
    'estate/prod/a.yaml': vm('A1'),
    'estate/lab/b.yaml': vm('B1'),
    'estate/retired/c.yaml': vm('C1'),
  };

  test.each([['.'], ['estate'], ['estate/lab']])('the same findings from %s', async (sub) => {
    const { dir, cleanup } = tempEstate(estate);
    try {
      const cwd = path.join(dir, sub);
      const { config, findings } = loadConfig(cwd);
      expect(findings).toEqual([]);
      const result = await lint({ cwd, config, now: NOW });
      const got = result.findings.map(
        (f) => `${path.relative(dir, path.resolve(cwd, f.file)).split(path.sep).join('/')} ${f.severity}`,
      );
      const all = ['estate/lab/b.yaml notice', 'estate/prod/a.yaml error'];
      expect(got).toEqual(sub === 'estate/lab' ? ['estate/lab/b.yaml notice'] : all);
    } finally {
      cleanup();
    }
  });

  test('rebasing globs', () => {
    expect(rebaseGlobs(['estate/lab/**', '**/*.yaml', 'other/**', 'estate/*/x.yaml'], '/r', '/r/estate')).toEqual([
      'lab/**',
      '**/*.yaml',
      '*/x.yaml',
    ]);
    expect(rebaseGlobs(['lab/**'], '/r/estate', '/r')).toEqual(['estate/lab/**']);
    expect(rebaseGlobs(['a/**'], '/r', '/r')).toEqual(['a/**']);
    expect(rebaseGlobs(undefined, '/r', '/r/x')).toBeUndefined();
    // every include points elsewhere: match nothing rather than everything
    expect(discoveryGlobs({ include: ['other/**'], root: '/r' }, '/r/estate')).toEqual({
      include: ['!**'],
      exclude: undefined,
    });
  });
});

describe('limits from the config', () => {
  test('reach the loader', () => {
    const deep = `${vm('A1')}  x:\n    y:\n      z: 1\n`;
    const result = lintTexts({ 'a.yaml': deep }, { rules: [], config: { limits: { maxDepth: 2 } } });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['yaml-limits']);
  });
});
