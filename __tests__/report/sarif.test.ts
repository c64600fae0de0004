import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  buildSarif,
  fingerprint,
  FINGERPRINT_KEY,
  formatSarif,
  relativeUri,
  withFingerprints,
} from '../../src/report/sarif.js';
import type { Finding } from '../../src/types.js';
import { VERSION } from '../../src/version.js';
import { runCli } from '../helpers/cli.js';
import { multitoolUnavailable, validateSarif } from '../helpers/sarif-validator.js';

function finding(extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'duplicate-name',
    severity: 'error',
    message: 'VirtualMachine "WEB01" is declared twice: rename one or remove the copy',
    file: 'estate/vms.yaml',
    line: 12,
    column: 9,
    endLine: 12,
    endColumn: 14,
    startOffset: 200,
    endOffset: 205,
    related: [],
    document: { kind: 'VirtualMachine', name: 'WEB01' },
    path: ['metadata', 'name'],
    ...extra,
  };
}

const related = {
  file: 'estate/other vms/ünïcode [x].yaml',
  line: 4,
  column: 9,
  endLine: 4,
  endColumn: 14,
  startOffset: 40,
  endOffset: 45,
  message: 'VirtualMachine "WEB01" first declared here',
};

const FINDINGS: Finding[] = [
  finding({ related: [related] }),
  finding({
    ruleId: 'schema',
    severity: 'warning',
    message: 'spec.vlan must be at most 4094; got [5000] \\ odd',
    document: { kind: 'NlbCluster', name: 'NLB-1' },
    path: ['spec', 'vlan'],
    line: 3,
    endLine: 3,
  }),
  finding({
    ruleId: 'yaml-syntax',
    severity: 'notice',
    message: 'bad indentation (did you mean "x"?)',
    document: undefined,
    path: undefined,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  }),
  finding({
    ruleId: 'schema',
    message: 'suppressed inline',
    suppressed: { kind: 'inline', reason: 'lab switch, replaced in Q3' },
  }),
  finding({
    ruleId: 'schema',
    message: 'suppressed by the baseline',
    suppressed: { kind: 'baseline', reason: 'in the baseline' },
  }),
  finding({ ruleId: 'drift-something-new', message: 'a rule the registry does not know' }),
];

const input = (findings: Finding[], cwd?: string) => ({
  findings,
  files: 2,
  documents: 3,
  sources: new Map(),
  version: VERSION,
  ...(cwd ? { cwd } : {}),
});

describe('SARIF 2.1.0', () => {
  const log = buildSarif(input(FINDINGS, '/work/estate')) as any;
  const run = log.runs[0];

  test('tool, rules with results only, each with help and a default level', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(run.tool.driver).toMatchObject({
      name: 'hvlint',
      version: VERSION,
      semanticVersion: VERSION,
      informationUri: 'https://github.com/hvlint/hvlint',
    });
    expect(run.tool.driver.rules.map((r: any) => r.id)).toEqual([
      'drift-something-new',
      'duplicate-name',
      'schema',
      'yaml-syntax',
    ]);
    const dup = run.tool.driver.rules[1];
    expect(dup).toMatchObject({
      id: 'duplicate-name',
      name: 'DuplicateName',
      shortDescription: { text: 'Report two manifests of one kind with the same name.' },
      helpUri: 'https://github.com/hvlint/hvlint/blob/main/docs/rules/duplicate-name.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(dup.help.text).toBe(
      'Report two manifests of one kind with the same name. Documentation: https://github.com/hvlint/hvlint/blob/main/docs/rules/duplicate-name.md',
    );
    // The doc page itself, when there is one.
    expect(dup.help.markdown).toMatch(/^# duplicate-name\n/);
    expect(dup.help.markdown).toContain('## Why');
    expect(run.tool.driver.rules[2].name).toBeUndefined(); // "Schema" would only repeat the id
    expect(run.tool.driver.rules[0].help.markdown).toContain('[Documentation of drift-something-new]');
  });

  test('results: rule index, level, repo-relative URIs under %SRCROOT%, regions', () => {
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/estate/');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results.map((r: any) => [r.ruleId, run.tool.driver.rules[r.ruleIndex].id, r.level])).toEqual([
      ['duplicate-name', 'duplicate-name', 'error'],
      ['schema', 'schema', 'warning'],
      ['yaml-syntax', 'yaml-syntax', 'note'],
      ['schema', 'schema', 'error'],
      ['schema', 'schema', 'error'],
      ['drift-something-new', 'drift-something-new', 'error'],
    ]);
    expect(run.results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'estate/vms.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 9, endLine: 12, endColumn: 14 },
    });
  });

  test('cross-file findings: related locations with ids, linked from the message', () => {
    const result = run.results[0];
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: {
          artifactLocation: { uri: 'estate/other%20vms/%C3%BCn%C3%AFcode%20%5Bx%5D.yaml', uriBaseId: '%SRCROOT%' },
          region: { startLine: 4, startColumn: 9, endLine: 4, endColumn: 14 },
        },
        message: { text: 'VirtualMachine "WEB01" first declared here.' },
      },
    ]);
    expect(result.message.text).toBe(
      'VirtualMachine "WEB01" is declared twice: rename one or remove the copy. See [VirtualMachine "WEB01" first declared here](1).',
    );
    // Without links, brackets stay literal; messages end as sentences.
    expect(run.results[1].message.text).toBe('spec.vlan must be at most 4094; got [5000] \\ odd.');
    expect(run.results[2].message.text).toBe('bad indentation (did you mean "x"?).');
  });

  test('suppressed findings: in source for comments, external for the baseline', () => {
    expect(run.results[3].suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'lab switch, replaced in Q3' },
    ]);
    expect(run.results[4].suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'in the baseline' },
    ]);
    expect(run.results[0].suppressions).toBeUndefined();
  });

  test('fingerprints ignore positions and message wording, not identity', () => {
    const base = finding();
    const print = fingerprint(base);
    expect(run.results[0].partialFingerprints).toEqual({ [FINGERPRINT_KEY]: fingerprint(FINDINGS[0]!) });
    expect(fingerprint({ ...base, line: 40, endLine: 40, column: 1, startOffset: 999, endOffset: 1004 })).toBe(print);
    // a message that carries an age ("is 12 days old") must not make a new alert every day
    expect(fingerprint({ ...base, message: 'other message' })).toBe(print);
    expect(fingerprint({ ...base, messageId: 'otherMessage' })).not.toBe(print);
    expect(fingerprint({ ...base, file: 'estate/other.yaml' })).not.toBe(print);
    expect(fingerprint({ ...base, document: { kind: 'VirtualMachine', name: 'WEB02' } })).not.toBe(print);
    expect(fingerprint({ ...base, path: ['metadata', 'labels'] })).not.toBe(print);
    expect(fingerprint({ ...base, ruleId: 'schema' })).not.toBe(print);
  });

  test('two findings with one identity get distinct fingerprints, by order', () => {
    const base = finding();
    const prints = withFingerprints([
      base,
      { ...base, line: 30, message: 'second' },
      finding({ ruleId: 'schema' }),
    ]).map(([, p]) => p);
    expect(prints[1]).toBe(`${prints[0]}:2`);
    expect(new Set(prints).size).toBe(3);
  });

  test('relativeUri percent-encodes each segment', () => {
    expect(relativeUri("a b/c#d/e'(f).yaml")).toBe('a%20b/c%23d/e%27%28f%29.yaml');
  });
});

const unavailable = multitoolUnavailable();
if (unavailable) console.warn(`skipping SARIF validation: ${unavailable}`);

describe('Microsoft SARIF validator', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-sarif-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  (unavailable ? test.skip : test)(
    'accepts related locations, suppressions, odd file names and unknown rules, with no errors or warnings',
    () => {
      const file = path.join(dir, 'synthetic.sarif');
      fs.writeFileSync(file, formatSarif(input(FINDINGS, dir)));
      const validation = validateSarif(file);
      expect(validation.errors).toEqual([]);
      expect(validation.all).toEqual([]);
    },
  );

  (unavailable ? test.skip : test)(
    'accepts the CLI output on the example estate (real rules, cross-file findings)',
    async () => {
      const file = path.join(dir, 'examples.sarif');
      const run = await runCli(['--format', 'sarif', '--output', file, 'examples'], process.cwd());
      expect(run.stderr).toBe('');
      const log = JSON.parse(fs.readFileSync(file, 'utf8'));
      expect(log.runs[0].results.length).toBeGreaterThan(0);
      const validation = validateSarif(file);
      expect(validation.errors).toEqual([]);
    },
  );

  (unavailable ? test.skip : test)('reports errors in a broken log (the check can fail)', () => {
    const broken = buildSarif(input(FINDINGS)) as any;
    broken.runs[0].results[0].ruleIndex = 99;
    broken.runs[0].results[1].locations[0].physicalLocation.region.endLine = 1;
    broken.runs[0].results[2].locations[0].physicalLocation.artifactLocation.uri = 'C:\\not a uri';
    const file = path.join(dir, 'broken.sarif');
    fs.writeFileSync(file, JSON.stringify(broken));
    const errors = validateSarif(file).errors.join('\n');
    expect(errors).toMatch(/SARIF1009/); // index out of range
    expect(errors).toMatch(/SARIF1007/); // region ends before it starts
    expect(errors).toMatch(/SARIF1002/); // not a URI
  });
});
