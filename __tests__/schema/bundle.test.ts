/**
 * The editor bundle schemas/hvlint.schema.json dispatches on `kind`: it must compile in strict
 * mode, accept every example document and reject an unknown kind. Both generated outputs must
 * be fresh (a stale bundle or stale validators would let the linter and editors disagree).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv2020Module from 'ajv/dist/2020.js';
import { loadAll } from 'js-yaml';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { buildOutputs, AJV_OPTIONS } from '../../scripts/build-schemas.mjs';

const Ajv2020 = Ajv2020Module.default;

test('the generated validators and bundle are fresh', () => {
  const { js, bundleText } = buildOutputs();
  expect(fs.readFileSync('src/schema/generated/validators.js', 'utf8')).toBe(js);
  expect(fs.readFileSync('schemas/hvlint.schema.json', 'utf8')).toBe(bundleText);
});

describe('the dispatching schema', () => {
  const ajv = new Ajv2020({ ...AJV_OPTIONS });
  const validate = ajv.compile(JSON.parse(fs.readFileSync('schemas/hvlint.schema.json', 'utf8')));
  const files = fs
    .readdirSync('examples')
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

  test.each(files)('accepts every document of examples/%s', (file) => {
    const docs = loadAll(fs.readFileSync(path.join('examples', file), 'utf8')) as unknown[];
    expect(docs.length).toBeGreaterThan(0);
    for (const doc of docs) {
      const ok = validate(doc);
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });

  test('rejects an unknown kind and reports only the matching branch for a known one', () => {
    expect(validate({ apiVersion: 'hvlint/v1', kind: 'Router', metadata: { name: 'r' }, spec: {} })).toBe(false);
    expect(
      validate({
        apiVersion: 'hvlint/v1',
        kind: 'NlbCluster',
        metadata: { name: 'n' },
        spec: { vip: '10.0.0.1', mode: 'igmp', vlan: 20, nodes: [{ vm: 'a', adapter: 'b' }] },
      }),
    ).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/spec/mode');
    expect(paths.every((p) => p === '' || p.startsWith('/spec'))).toBe(true);
  });
});
