/**
 * What YAML values are in CEL (docs/policies.md#variables): YAML integers are CEL `int`,
 * decimals `double`, so arithmetic with int literals works; parts without integers are read in
 * place, and the loaded documents are left as they were.
 */
import * as path from 'node:path';
import { lint } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load.js';
import { toCel, fromCel, policyEnvironment } from '../../src/policy/bindings.js';
import { tempEstate } from '../helpers/cli.js';

const NOW = new Date('2026-06-01T00:00:00Z');

function evaluate(expression: string, self: object): unknown {
  const run = policyEnvironment().parse(expression) as unknown as (context: Record<string, unknown>) => unknown;
  return run({ self: toCel(self) as object });
}

describe('YAML values in CEL', () => {
  const doc = {
    spec: { generation: 2, ratio: 1.5, vlans: [10, 20], memory: { startupMB: 4096 }, note: 'x' },
    metadata: { name: 'WEB01', labels: { role: 'web' } },
  };

  test.each([
    ['type(self.spec.generation) == int', true],
    ['type(self.spec.ratio) == double', true],
    ['self.spec.memory.startupMB / 1024 >= 4', true],
    ['self.spec.generation + 1 == 3', true],
    ['20 in self.spec.vlans', true],
    ['self.spec.vlans.map(v, v * 2) == [20, 40]', true],
    ['size(self.spec.vlans) == 2', true],
    ['self.metadata.labels.role == "web"', true],
    ['has(self.spec.cluster)', false],
    ['string(self.spec.generation)', '2'],
  ])('%s', (expression, expected) => {
    expect(evaluate(expression, doc)).toEqual(expected);
  });

  test('the document is left as it was; parts without integers are not copied', () => {
    const before = JSON.stringify(doc);
    expect(evaluate('self.spec.vlans.all(v, v > 0) && self.spec.memory.startupMB > 0', doc)).toBe(true);
    expect(JSON.stringify(doc)).toBe(before);
    expect(typeof doc.spec.generation).toBe('number');
    // Parts without integers are read in place, not copied.
    expect(toCel(doc.metadata)).toBe(doc.metadata);
    expect(fromCel(toCel(doc.spec))).toEqual(doc.spec);
  });

  test('a policy does arithmetic on manifest integers end to end', async () => {
    const estate = tempEstate({
      '.hvlint.yml': 'policies: [p.yaml]\n',
      'vms.yaml': `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: DC01
spec:
  generation: 2
  host: HV01
  memory:
    startupMB: 2048
`,
      'p.yaml': `apiVersion: hvlint/v1
kind: Policy
metadata:
  name: acme/dc-memory
spec:
  severity: error
  description: Give DCs at least 4 GB.
  match:
    kinds: [VirtualMachine]
    names: ["DC*"]
  assert: self.spec.memory.startupMB / 1024 >= 4
  message: 'DC {{ self.metadata.name }} has {{ self.spec.memory.startupMB / 1024 }} GB: give it 4'
  at: spec.memory.startupMB
`,
    });
    try {
      const loaded = loadConfig(estate.dir);
      const result = await lint({ cwd: estate.dir, config: loaded.config, now: NOW, threads: 0 });
      const mine = result.findings.filter((f) => f.ruleId === 'acme/dc-memory');
      expect(mine.map((f) => `${path.basename(f.file)}:${f.line} ${f.message}`)).toEqual([
        'vms.yaml:9 DC DC01 has 2 GB: give it 4',
      ]);
    } finally {
      estate.cleanup();
    }
  });
});
