/**
 * Start-up: the config schema is precompiled; ajv's compiler is loaded only when a config
 * gives rule options. (Its own file: jest gives each test file fresh modules.)
 */
import { parseConfigText } from '../../src/config/load.js';
import { optionsCompilerLoaded } from '../../src/config/options.js';

test('ajv is compiled only when rule options are given', () => {
  const plain = parseConfigText(
    '.hvlint.yml',
    'include: ["**/*.yaml"]\nrules:\n  duplicate-name: warning\n  vm-checkpoint-age: [notice]\n',
  );
  expect(plain.findings).toEqual([]);
  expect(optionsCompilerLoaded()).toBe(false);
  const withOptions = parseConfigText('.hvlint.yml', 'rules:\n  vm-checkpoint-age: [warning, { maxAgeDays: 14 }]\n');
  expect(withOptions.findings).toEqual([]);
  expect(optionsCompilerLoaded()).toBe(true);
});
