import { backupCoverage, compileNameGlob, describeTarget, hasLabel } from '../../src/model/backup.js';
import { lintTexts } from '../../src/lint.js';
import { docs, job, vm } from '../helpers/estate-docs.js';

/** The estate of schema-valid fixtures (a fixture typo fails here, not silently later). */
function estateOf(files: Record<string, string>) {
  const result = lintTexts(files, { rules: [] });
  expect(result.findings.map((f) => `${f.file}:${f.line} ${f.message}`)).toEqual([]);
  return result.estate;
}

const VMS = docs(
  vm('WEB01', 'generation: 2\nhost: HV01', { role: 'web', backup: 'required' }),
  vm('web02', 'generation: 2\nhost: HV01', { role: 'web' }),
  vm('DB01', 'generation: 2\nhost: HV01', { role: 'db', backup: 'required' }),
  vm('.hidden', 'generation: 2\nhost: HV01'),
);

describe('backupCoverage', () => {
  const estate = estateOf({
    'v.yaml': VMS,
    'b.yaml': docs(
      job(
        'NIGHTLY',
        '- vm: db01\n- match: "WEB*"\n- selector:\n    backup: required\n- selector:\n    role: web\n    backup: required\n- match: "*"\n- vm: GHOST',
      ),
      job('WEEKLY', '- match: "web0[2-9]"'),
      job('NONE', '- match: "APP*"'),
    ),
  });
  const coverage = backupCoverage(estate);
  const [nightly, weekly, none] = estate.of('BackupJob');
  const names = (list: Array<{ name: string }>): string[] => list.map((v) => v.name);
  const vmNamed = (name: string) => estate.get('VirtualMachine', name)!;

  test('each target picks its VMs: names and globs case-insensitively, selectors exactly', () => {
    expect(coverage.matchesOf(nightly!).map(names)).toEqual([
      ['DB01'],
      ['WEB01', 'web02'],
      ['WEB01', 'DB01'],
      ['WEB01'],
      ['WEB01', 'web02', 'DB01', '.hidden'],
      [],
    ]);
    expect(coverage.matchesOf(weekly!).map(names)).toEqual([['web02']]);
    expect(coverage.matchesOf(none!).map(names)).toEqual([[]]);
  });

  test('a job covers each VM once, in estate order', () => {
    expect(names(coverage.vmsOf(nightly!))).toEqual(['WEB01', 'web02', 'DB01', '.hidden']);
    expect(names(coverage.vmsOf(none!))).toEqual([]);
  });

  test('from a VM: the targets and the jobs that pick it', () => {
    expect(coverage.targetsOf(vmNamed('web02')).map((r) => `${r.job.name}#${r.index}`)).toEqual([
      'NIGHTLY#1',
      'NIGHTLY#4',
      'WEEKLY#0',
    ]);
    expect(names(coverage.jobsOf(vmNamed('web02')))).toEqual(['NIGHTLY', 'WEEKLY']);
    expect(names(coverage.jobsOf(vmNamed('DB01')))).toEqual(['NIGHTLY']);
  });

  test('is built once per estate', () => {
    expect(backupCoverage(estate)).toBe(coverage);
  });

  test('negated, brace, class and prefix-free globs, and names outside ASCII', () => {
    const other = estateOf({
      'v.yaml': docs(VMS, vm('Ärzte-01', 'generation: 2\nhost: HV01'), vm('WEB-EXTRA', 'generation: 2\nhost: HV01')),
      'b.yaml': job(
        'J',
        '- match: "!WEB*"\n- match: "{db,web}0[1-2]"\n- match: "*-01"\n- match: "ärzte*"\n- match: "web-?xtra"\n- match: "#web*"',
      ),
    });
    const matches = backupCoverage(other).matchesOf(other.of('BackupJob')[0]!).map(names);
    expect(matches).toEqual([
      ['DB01', '.hidden', 'Ärzte-01'],
      ['WEB01', 'web02', 'DB01'],
      ['Ärzte-01'],
      ['Ärzte-01'],
      ['WEB-EXTRA'],
      [],
    ]);
  });
});

describe('helpers', () => {
  test('compileNameGlob is case-insensitive, matches dot names and keeps negation', () => {
    expect(compileNameGlob('web*').match('WEB01')).toBe(true);
    expect(compileNameGlob('*').match('.hidden')).toBe(true);
    expect(compileNameGlob('!WEB*').match('DB01')).toBe(true);
    expect(compileNameGlob('!WEB*').match('web01')).toBe(false);
    expect(compileNameGlob('{WEB,DB}0[1-2]').match('db02')).toBe(true);
  });

  test('describeTarget', () => {
    expect(describeTarget({ vm: 'DC01' })).toBe('vm "DC01"');
    expect(describeTarget({ match: 'WEB*' })).toBe('match "WEB*"');
    expect(describeTarget({ selector: { role: 'web', backup: 'required' } })).toBe('selector role=web,backup=required');
  });

  test('hasLabel compares values exactly and ignores inherited keys', () => {
    const estate = estateOf({ 'v.yaml': VMS });
    const web01 = estate.get('VirtualMachine', 'WEB01')!;
    expect(hasLabel(web01, 'backup', 'required')).toBe(true);
    expect(hasLabel(web01, 'backup', 'Required')).toBe(false);
    expect(hasLabel(web01, 'constructor', '[object Object]')).toBe(false);
  });
});
