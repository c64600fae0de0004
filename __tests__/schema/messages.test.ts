/** ajv's errors rewritten for people, each on the node a person would fix. */
import { parseManifests } from '../../src/load/index.js';
import { validateDocument } from '../../src/schema/index.js';

function check(text: string) {
  const loaded = parseManifests('m.yaml', text);
  expect(loaded.findings).toEqual([]);
  return loaded.manifests
    .flatMap((doc) => validateDocument(doc).findings)
    .map((f) => `${f.line}:${f.column}-${f.endColumn} ${f.message}`);
}

const nlb = (spec: string): string => `apiVersion: hvlint/v1\nkind: NlbCluster\nmetadata:\n  name: N\nspec:\n${spec}`;
const nodes = '  nodes:\n    - vm: WEB01\n      adapter: NLB\n';

describe('schema messages', () => {
  test('an enum mismatch is on the value and lists the allowed values sorted', () => {
    expect(check(nlb(`  vip: 10.0.0.1\n  mode: igmp\n  vlan: 20\n${nodes}`))).toEqual([
      '7:9-13 spec.mode must be one of "igmp-multicast", "multicast", "unicast"; got "igmp"',
    ]);
  });

  test('a typo in an enum value gets a suggestion', () => {
    expect(check(nlb(`  vip: 10.0.0.1\n  mode: unicst\n  vlan: 20\n${nodes}`))[0]).toMatch(
      /got "unicst" \(did you mean "unicast"\?\)$/,
    );
  });

  test("a missing property is on its parent's key", () => {
    expect(check(nlb(`  vip: 10.0.0.1\n  vlan: 20\n${nodes}`))).toEqual(['5:1-5 spec must have property "mode"']);
    expect(check(nlb(`  vip: 10.0.0.1\n  mode: unicast\n  vlan: 20\n  nodes:\n    - vm: WEB01\n`))).toEqual([
      '10:7-16 spec.nodes[0] must have property "adapter"',
    ]);
  });

  test('an unknown property is on its key, with a suggestion', () => {
    expect(check(nlb(`  vip: 10.0.0.1\n  mode: unicast\n  vlans: 20\n${nodes}`))).toEqual([
      '5:1-5 spec must have property "vlan"',
      '8:3-8 spec.vlans is not a known property: did you mean "vlan"?',
    ]);
  });

  test('types, ranges and patterns say what was expected and what was found', () => {
    expect(check(nlb(`  vip: 10.0.0.256\n  mode: unicast\n  vlan: "20"\n${nodes}`))).toEqual([
      '6:8-18 spec.vip must be an IPv4 address such as 10.0.0.1; got "10.0.0.256"',
      '8:9-13 spec.vlan must be an integer; got the string "20"',
    ]);
    expect(check(nlb(`  vip: 10.0.0.1\n  mode: unicast\n  vlan: 4095\n${nodes}`))).toEqual([
      '8:9-13 spec.vlan must be between 1 and 4094; got 4095',
    ]);
  });

  test('exactly-one-of alternatives read as one message', () => {
    const vm = (spec: string): string =>
      `apiVersion: hvlint/v1\nkind: VirtualMachine\nmetadata:\n  name: V\nspec:\n  generation: 2\n${spec}`;
    expect(check(vm(''))).toEqual(['5:1-5 spec must have exactly one of "cluster", "host"']);
    expect(check(vm('  host: HV01\n  cluster: CL01\n'))).toEqual([
      '5:1-5 spec must have exactly one of "cluster", "host"; got "cluster", "host"',
    ]);
  });

  test("apiVersion and kind are checked before the kind's schema", () => {
    expect(check('apiVersion: hvlint/v2\nkind: NlbCluster\nmetadata: {name: x}\nspec: {}\n')).toEqual([
      '1:13-22 apiVersion must be "hvlint/v1"; got "hvlint/v2"',
    ]);
    expect(check('apiVersion: hvlint/v1\nkind: NLBCluster\nmetadata: {name: x}\n')[0]).toMatch(
      /^2:7-17 kind must be one of .*; got "NLBCluster" \(did you mean "NlbCluster"\?\)$/,
    );
  });
});
