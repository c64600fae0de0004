import { parseBoolean, parseInputs, parseList } from '../../src/action/inputs.js';

const inputs = (values: Record<string, string>) => parseInputs((name) => values[name] ?? '');

test('defaults when nothing is set', () => {
  const parsed = inputs({});
  expect({ ...parsed, get: undefined }).toEqual({
    mode: 'lint',
    paths: [],
    config: undefined,
    failOn: 'error',
    filterMode: 'added',
    sarifFile: undefined,
    checkName: '',
    annotate: true,
    whatifSummary: true,
    githubToken: '',
    baseline: undefined,
    get: undefined,
  });
});

test('every input read and typed', () => {
  const parsed = inputs({
    mode: 'drift',
    paths: 'estate/site a\n\n# not this one\n  examples  \n',
    config: ' .hvlint.yml ',
    'fail-on': 'Warning',
    'filter-mode': 'diff-context',
    'sarif-file': 'out/hvlint.sarif',
    'check-name': 'hvlint estate',
    annotate: 'false',
    'whatif-summary': 'False',
    'github-token': 'ghs_x',
    baseline: '.hvlint-baseline.json',
    inventory: 'inv',
  });
  expect(parsed).toMatchObject({
    mode: 'drift',
    paths: ['estate/site a', 'examples'],
    config: '.hvlint.yml',
    failOn: 'warning',
    filterMode: 'diff_context',
    sarifFile: 'out/hvlint.sarif',
    checkName: 'hvlint estate',
    annotate: false,
    whatifSummary: false,
    githubToken: 'ghs_x',
    baseline: '.hvlint-baseline.json',
  });
  expect(parsed.get('inventory')).toBe('inv');
});

test('wrong values say what is accepted', () => {
  expect(() => inputs({ 'fail-on': 'always' })).toThrow(
    'input "fail-on" must be one of error, never, notice, warning; got "always"',
  );
  expect(() => inputs({ 'filter-mode': 'changed' })).toThrow(
    'input "filter-mode" must be one of added, diff_context, file, nofilter; got "changed"',
  );
  expect(() => inputs({ mode: 'fix' })).toThrow('input "mode" must be one of drift, lint; got "fix"');
  expect(() => parseBoolean('annotate', 'yes', true)).toThrow('input "annotate" must be true or false; got "yes"');
});

test('parseList: one path per line', () => {
  expect(parseList('a\r\nb c\n\n#x\n')).toEqual(['a', 'b c']);
});
