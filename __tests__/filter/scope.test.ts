import { intersects, mergeRanges, parseFilterMode, scopeFindings, type ChangedFile } from '../../src/filter/scope.js';
import type { Finding, RelatedLocation } from '../../src/types.js';

function finding(file: string, line: number, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'r',
    severity: 'error',
    message: `m ${file}:${line}`,
    file,
    line,
    column: 3,
    endLine: line,
    endColumn: 8,
    startOffset: 0,
    endOffset: 0,
    related: [],
    ...extra,
  };
}

function related(file: string, line: number): RelatedLocation {
  return {
    file,
    line,
    column: 1,
    endLine: line,
    endColumn: 5,
    startOffset: 0,
    endOffset: 0,
    message: `related ${file}:${line}`,
  };
}

const CHANGES: ChangedFile[] = [
  { path: 'a.yaml', added: [{ start: 10, end: 12 }], hunks: [{ start: 7, end: 15 }] },
  { path: 'b.yaml', added: 'all', hunks: 'all' },
  { path: 'renamed.yaml', previousPath: 'old.yaml', added: [], hunks: [] },
];

const ids = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.file}:${f.line}`);

describe('scopeFindings', () => {
  const findings = [
    finding('a.yaml', 11),
    finding('a.yaml', 14),
    finding('a.yaml', 30),
    finding('b.yaml', 99),
    finding('renamed.yaml', 1),
    finding('c.yaml', 1),
  ];

  test('added: only findings touching added lines', () => {
    const result = scopeFindings(findings, CHANGES, 'added');
    expect(result.inScope.map((s) => `${s.at.file}:${s.at.line}`)).toEqual(['a.yaml:11', 'b.yaml:99']);
    expect(ids(result.outOfScope)).toEqual(['a.yaml:14', 'a.yaml:30', 'renamed.yaml:1', 'c.yaml:1']);
  });

  test('diff_context: findings in the hunks', () => {
    expect(scopeFindings(findings, CHANGES, 'diff_context').inScope.map((s) => `${s.at.file}:${s.at.line}`)).toEqual([
      'a.yaml:11',
      'a.yaml:14',
      'b.yaml:99',
    ]);
  });

  test('file: findings in changed files, renamed ones included', () => {
    expect(scopeFindings(findings, CHANGES, 'file').inScope.map((s) => s.at.file)).toEqual([
      'a.yaml',
      'a.yaml',
      'a.yaml',
      'b.yaml',
      'renamed.yaml',
    ]);
  });

  test('nofilter, or no known change: everything, and whether it is on an added line', () => {
    for (const result of [scopeFindings(findings, CHANGES, 'nofilter'), scopeFindings(findings, undefined, 'added')]) {
      expect(result.inScope).toHaveLength(findings.length);
      expect(result.outOfScope).toEqual([]);
    }
    expect(scopeFindings(findings, CHANGES, 'nofilter').inScope.map((s) => s.onAddedLine)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  test('a multi-line finding is in scope when any of its lines is added; a range ending at column 1 stops the line before', () => {
    const spanning = finding('a.yaml', 5, { endLine: 10, endColumn: 4 });
    const endsAtLineStart = finding('a.yaml', 5, { endLine: 10, endColumn: 1 });
    const result = scopeFindings([spanning, endsAtLineStart], CHANGES, 'added');
    expect(result.inScope.map((s) => s.finding)).toEqual([spanning]);
  });

  test('a finding about a whole file is in scope whenever its file changed', () => {
    const findings = [
      finding('a.yaml', 1, { ruleId: 'file-encoding' }),
      finding('renamed.yaml', 1, { ruleId: 'file-unreadable' }),
      finding('a.yaml', 1, { ruleId: 'schema' }),
      finding('c.yaml', 1, { ruleId: 'file-encoding' }),
    ];
    for (const mode of ['added', 'diff_context'] as const)
      expect(ids(scopeFindings(findings, CHANGES, mode).inScope.map((s) => s.finding))).toEqual([
        'a.yaml:1',
        'renamed.yaml:1',
      ]);
  });

  test('a cross-file finding is in scope when a related location is, and is annotated there', () => {
    const cross = finding('c.yaml', 4, { related: [related('d.yaml', 2), related('a.yaml', 12)] });
    const result = scopeFindings([cross], CHANGES, 'added');
    expect(result.inScope).toHaveLength(1);
    expect(result.inScope[0]!.at).toEqual({ file: 'a.yaml', line: 12, column: 1, endLine: 12, endColumn: 5 });
    expect(result.inScope[0]!.via).toBe(cross.related[1]);
    expect(result.inScope[0]!.onAddedLine).toBe(true);
  });

  test('a cross-file finding whose own location is in scope stays there', () => {
    const cross = finding('a.yaml', 10, { related: [related('b.yaml', 3)] });
    const [scoped] = scopeFindings([cross], CHANGES, 'added').inScope;
    expect(scoped!.at.file).toBe('a.yaml');
    expect(scoped!.via).toBeUndefined();
  });
});

describe('line ranges', () => {
  test('mergeRanges sorts and joins overlapping and adjacent ranges', () => {
    expect(
      mergeRanges([
        { start: 9, end: 9 },
        { start: 1, end: 3 },
        { start: 4, end: 5 },
        { start: 2, end: 2 },
        { start: 7, end: 6 },
      ]),
    ).toEqual([
      { start: 1, end: 5 },
      { start: 9, end: 9 },
    ]);
  });

  test('intersects', () => {
    const ranges = [
      { start: 3, end: 4 },
      { start: 10, end: 20 },
      { start: 30, end: 30 },
    ];
    expect([1, 3, 4, 5, 9, 10, 15, 21, 30, 31].map((line) => intersects(ranges, line, line))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(intersects(ranges, 5, 9)).toBe(false);
    expect(intersects(ranges, 5, 10)).toBe(true);
    expect(intersects(ranges, 21, 40)).toBe(true);
    expect(intersects([], 1, 1)).toBe(false);
    expect(intersects('all', 1, 1)).toBe(true);
  });
});

test('parseFilterMode takes reviewdog spellings and the dashed one', () => {
  expect(['added', 'diff_context', 'diff-context', 'FILE', 'nofilter', 'all'].map(parseFilterMode)).toEqual([
    'added',
    'diff_context',
    'diff_context',
    'file',
    'nofilter',
    undefined,
  ]);
});
