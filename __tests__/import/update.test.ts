/**
 * hvlint import --update: minimal edits that bring manifests in line with an inventory. After an
 * update the audit finds no drift; comments, key order and quoting survive; new objects go to the
 * file the layout names; vanished ones are listed, and removed only with prune.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseInventory, readInventoryFiles, type InventoryInput } from '../../src/drift/inventory/index.js';
import { categoryOf, driftTexts } from '../../src/drift/audit.js';
import { lintTexts } from '../../src/lint.js';
import { unifiedDiff } from '../../src/fix/index.js';
import { importInventory } from '../../src/import/build.js';
import { planUpdate } from '../../src/import/update.js';

const NOW = new Date('2026-06-01T00:00:00Z');
const INVENTORY = readInventoryFiles(process.cwd(), 'examples/inventory');

function examples(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync('examples').sort())
    if (name.endsWith('.yaml')) out[`examples/${name}`] = fs.readFileSync(path.join('examples', name), 'utf8');
  return out;
}

function update(files: Record<string, string>, input: InventoryInput = INVENTORY, prune = false, out = 'examples') {
  const loaded = lintTexts(files, { rules: [] });
  const texts = new Map([...loaded.sources].map(([file, source]) => [file, source.text]));
  const plan = planUpdate(loaded.estate.documents, texts, parseInventory(input), 'by-kind', out, prune);
  const after = { ...files };
  for (const change of plan.changes) after[change.file] = change.after;
  return { plan, after };
}

const driftOf = (files: Record<string, string>, input: InventoryInput = INVENTORY) =>
  driftTexts(files, input, { now: NOW })
    .findings.filter((f) => categoryOf(f) === 'drift')
    .map((f) => `${f.file}:${f.line} ${f.ruleId}: ${f.message}`);

test('the example estate: drift before, none after the update, and a second update changes nothing', () => {
  const before = examples();
  expect(driftOf(before).length).toBeGreaterThan(3);
  const { plan, after } = update(before);
  expect(driftOf(after)).toEqual([]);
  expect(update(after).plan.changes).toEqual([]);
  // Nothing declared is gone from the audited inventory (a removed NLB node is an edit, not a vanished object).
  expect(plan.vanished).toEqual([]);
});

test('edits are minimal: comments, order, quoting and what the inventory does not know stay', () => {
  const before = examples();
  const { plan } = update(before);
  const vms = plan.changes.find((c) => c.file === 'examples/vms.yaml')!;
  // WEB02's spoofing is the only value that changed in vms.yaml; WEB01 gained its checkpoint.
  const diff = unifiedDiff(vms.file, vms.before, vms.after);
  expect(diff.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual([
    '+  checkpoints:',
    '+    - name: before-iis-update',
    '+      type: standard',
    "+      created: '2026-05-28T06:15:00Z'",
    '-      macAddressSpoofing: true',
    '+      macAddressSpoofing: false',
  ]);
  const nlb = plan.changes.find((c) => c.file === 'examples/nlb.yaml')!;
  // The cluster MAC and port rules are not in the inventory: kept, with their comments.
  expect(nlb.after).toContain('clusterMac: "01-00-5e-7f-03-e8"    # nlb.exe ip2mac 172.31.3.232');
  expect(nlb.after).not.toContain('{ vm: WEB02, adapter: NLB, priority: 2 }');
  const network = plan.changes.find((c) => c.file === 'examples/network.yaml')!;
  // The declared group keeps its notation and comment; the undeclared one is added at the end of the list.
  expect(network.after).toContain(
    'mac: "01-00-5e-7f-03-e8"     # deliberate: hyphens; the PowerConnect takes colon-separated MACs',
  );
  expect(network.after).toMatch(/ {4}- vlan: 20\n {6}mac: '01:00:5e:7f:04:0a'\n {6}lags: \[1, 2\]\n$/);
});

test('one changed value in a manifest copy gives a one-line diff, and its comment survives', () => {
  const imported = Object.fromEntries(
    importInventory(parseInventory(INVENTORY)).files.map((f) => [`estate/${f.path}`, f.text]),
  );
  const file = 'estate/vms/hvcluster01.yaml';
  const edited = { ...imported, [file]: imported[file]!.replace('      vlan: 20\n', '      vlan: 21  # new VLAN\n') };
  expect(edited[file]).not.toBe(imported[file]);
  const { plan } = update(edited, INVENTORY, false, 'estate');
  expect(plan.changes.map((c) => c.file)).toEqual([file]);
  const lines = unifiedDiff(file, plan.changes[0]!.before, plan.changes[0]!.after)
    .split('\n')
    .filter((l) => /^[-+][^-+]/.test(l));
  expect(lines).toEqual(['-      vlan: 21  # new VLAN', '+      vlan: 20  # new VLAN']);
});

test('a new VM goes to the file the layout names; a vanished one is listed, and removed only with prune', () => {
  const imported = Object.fromEntries(
    importInventory(parseInventory(INVENTORY)).files.map((f) => [`estate/${f.path}`, f.text]),
  );
  // The inventory loses MON01 and gains NEW01 (a copy of MON01's record under another name).
  const files = INVENTORY.files.map((f) => {
    if (f.rel !== 'HV01/Get-VM.json') return f;
    const text = Buffer.from(f.bytes).toString('utf8').replace('"MON01"', '"NEW01"');
    return { ...f, bytes: new Uint8Array(Buffer.from(text, 'utf8')) };
  });
  const input = { ...INVENTORY, files };
  const kept = update(imported, input, false, 'estate');
  expect(kept.plan.vanished.map((v) => `${v.kind} ${v.name} ${v.file}`)).toEqual([
    'VirtualMachine MON01 estate/vms/hvcluster01.yaml',
  ]);
  expect(kept.after['estate/vms/hvcluster01.yaml']).toMatch(/\n {2}name: MON01\n/);
  expect(kept.after['estate/vms/hvcluster01.yaml']).toMatch(
    /---\napiVersion: hvlint\/v1\nkind: VirtualMachine\n(?:#[^\n]*\n)*metadata:\n {2}name: NEW01\n/,
  );
  const pruned = update(imported, input, true, 'estate');
  expect(pruned.after['estate/vms/hvcluster01.yaml']).not.toMatch(/name: MON01\n/);
  expect(lintTexts(pruned.after).findings.filter((f) => f.ruleId.startsWith('yaml'))).toEqual([]);
  expect(driftOf(pruned.after, input)).toEqual([]);
});

test('only the files with drift change (backup.yaml and domain.yaml have none)', () => {
  const { plan } = update(examples());
  expect(plan.changes.map((c) => c.file)).toEqual([
    'examples/hosts.yaml',
    'examples/network.yaml',
    'examples/nlb.yaml',
    'examples/vms.yaml',
  ]);
});
