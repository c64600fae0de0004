/**
 * The static cost estimate uses the estate's real sizes (collections, mean join results, mean
 * lengths of document lists): the benchmark's policies (bench/policies/, per-element `forEach`
 * over adapters and drives included) stay far under the limit on the bench estate, a
 * collection scan per document does not.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULT_POLICY_COST_LIMIT, policyCost } from '../../src/policy/evaluate.js';
import type { Estate } from '../../src/model/estate.js';
import type { PolicySet } from '../../src/policy/load.js';

const ROOT = path.resolve('.');
const DOCUMENTS = 500;
let dir: string;
let estate: Estate;
let set: PolicySet;
let stopped: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-cost-'));
  const gen = (await import(pathToFileURL(path.join(ROOT, 'bench/gen.mjs')).href)) as {
    generate: (dir: string, documents: number) => unknown;
  };
  gen.generate(path.join(dir, 'estate'), DOCUMENTS);
  fs.cpSync(path.join(ROOT, 'bench/policies'), path.join(dir, 'policies'), { recursive: true });
  fs.writeFileSync(path.join(dir, '.hvlint.yml'), 'policies:\n  - policies/*.yaml\n');
  const loaded = loadConfig(dir);
  set = loaded.config.policySet!;
  const result = await lint({ cwd: dir, paths: ['estate'], config: loaded.config, threads: 0 });
  estate = result.estate;
  stopped = result.findings.filter((f) => f.ruleId === 'policy').map((f) => f.message);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('the twenty bench policies compile and none is stopped', () => {
  expect(set.findings).toEqual([]);
  expect(set.policies).toHaveLength(20);
  expect(stopped).toEqual([]);
});

test('each bench policy would stay under the limit on an estate 20 times larger (the 10,000-document bench)', () => {
  const scale = 10_000 / DOCUMENTS;
  for (const policy of set.policies) {
    const { total } = policyCost(estate, policy);
    expect({ id: policy.id, ok: total * scale <= DEFAULT_POLICY_COST_LIMIT }).toEqual({ id: policy.id, ok: true });
  }
});

test('a per-adapter forEach costs steps per adapter, not per assumed 64-element list', () => {
  const adapters = set.policies.find((p) => p.id === 'bench/vm-adapter-vlan')!;
  const { total, matched } = policyCost(estate, adapters);
  // About 1.3 adapters per VM and a dozen steps per adapter: well under 100 steps a VM.
  expect(matched).toBeGreaterThan(300);
  expect(total / matched).toBeLessThan(100);
});

test('a scan of a collection per document grows with the square of the estate', () => {
  const scan = {
    ...set.policies.find((p) => p.id === 'bench/vm-site-label')!,
    id: 'bench/scan',
  };
  const quadratic = loadConfigFor(
    'estate.vms.exists(v, v.metadata.name != self.metadata.name && v.spec.generation == self.spec.generation)',
  );
  const { total, matched } = policyCost(estate, { ...scan, assert: quadratic.assert, where: undefined });
  expect(total).toBeGreaterThan(matched * estate.of('VirtualMachine').length);
});

function loadConfigFor(assert: string) {
  const sub = fs.mkdtempSync(path.join(dir, 'q-'));
  fs.writeFileSync(path.join(sub, '.hvlint.yml'), 'policies: [p.yaml]\n');
  fs.writeFileSync(
    path.join(sub, 'p.yaml'),
    `apiVersion: hvlint/v1
kind: Policy
metadata:
  name: acme/scan
spec:
  severity: error
  description: Scan.
  match:
    kinds: [VirtualMachine]
  assert: "${assert}"
  message: x
`,
  );
  return loadConfig(sub).config.policySet!.policies[0]!;
}
