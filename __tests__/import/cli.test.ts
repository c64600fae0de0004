/** `hvlint import` on the command line: files written, exit codes, --update and --dry-run. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';

const ROOT = process.cwd();

/** A work directory holding a copy of the example inventory. */
function workspace(): { dir: string; cleanup: () => void } {
  const work = tempEstate({});
  fs.cpSync(path.join(ROOT, 'examples', 'inventory'), path.join(work.dir, 'inventory'), { recursive: true });
  return work;
}

test('import, then drift with the same inventory: no drift; import again: the same bytes', async () => {
  const work = workspace();
  try {
    const first = await runCli(['import', '--inventory', 'inventory', '--out', 'estate'], work.dir);
    expect(first.stderr).toMatch(
      /^hvlint import: wrote 5 files to estate \(1 HyperVCluster, 3 HyperVHost, 2 NlbCluster, 1 Switch, 7 VirtualMachine\); \d+ TODOs to decide/,
    );
    expect(first.code).toBe(0);
    const drift = await runCli(['drift', '--inventory', 'inventory', 'estate'], work.dir);
    expect(drift.stdout).toMatch(/no problems in 14 documents/);
    expect(drift.code).toBe(0);
    const again = await runCli(
      ['import', '--inventory', 'inventory', '--out', 'again', '--layout', 'by-kind'],
      work.dir,
    );
    expect(again.code).toBe(0);
    for (const file of ['hosts.yaml', 'nlb.yaml', 'vms/hvcluster01.yaml', 'switches/sw-core01.yaml'])
      expect(fs.readFileSync(path.join(work.dir, 'again', file))).toEqual(
        fs.readFileSync(path.join(work.dir, 'estate', file)),
      );
  } finally {
    work.cleanup();
  }
});

test('--update --dry-run on a copy with one changed VM prints a one-line diff and writes nothing', async () => {
  const work = workspace();
  try {
    await runCli(['import', '--inventory', 'inventory', '--out', 'estate', '--layout', 'by-cluster'], work.dir);
    const file = path.join(work.dir, 'estate', 'hvcluster01', 'vms.yaml');
    const changed = fs.readFileSync(file, 'utf8').replace('      vlan: 20\n', '      vlan: 30\n');
    fs.writeFileSync(file, changed);
    const dry = await runCli(['import', '--inventory', 'inventory', '--update', '--dry-run', 'estate'], work.dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout.split('\n').filter((l) => /^[-+][^-+]/.test(l))).toEqual(['-      vlan: 30', '+      vlan: 20']);
    expect(dry.stdout).toMatch(/^--- a\/estate\/hvcluster01\/vms\.yaml\n\+\+\+ b\/estate\/hvcluster01\/vms\.yaml\n/);
    expect(fs.readFileSync(file, 'utf8')).toBe(changed);
    const real = await runCli(['import', '--inventory', 'inventory', '--update', 'estate'], work.dir);
    expect(real.stderr).toBe('hvlint import: updated 1 file\n');
    expect(fs.readFileSync(file, 'utf8')).not.toContain('vlan: 30');
  } finally {
    work.cleanup();
  }
});

test('usage errors and nothing to import exit 2, never a silent success', async () => {
  const work = workspace();
  try {
    fs.mkdirSync(path.join(work.dir, 'empty-inventory'));
    fs.mkdirSync(path.join(work.dir, 'taken'));
    fs.writeFileSync(path.join(work.dir, 'taken', 'x.yaml'), 'a: 1\n');
    const cases: Array<[string[], RegExp]> = [
      [['import', '--out', 'x'], /--inventory <dir> is required/],
      [['import', '--inventory', 'nope', '--out', 'x'], /inventory "nope" is not a directory/],
      [['import', '--inventory', 'empty-inventory', '--out', 'x'], /nothing to import/],
      [['import', '--inventory', 'inventory'], /--out <dir> is required/],
      [['import', '--inventory', 'inventory', '--out', 'taken'], /exists and is not an empty directory/],
      [
        ['import', '--inventory', 'inventory', '--out', 'x', '--layout', 'flat'],
        /--layout must be one of by-kind, by-cluster/,
      ],
      [['import', '--inventory', 'inventory', '--out', 'x', '--prune'], /--prune and --dry-run go with --update/],
      [['import', '--inventory', 'inventory', '--update', 'empty-inventory'], /no manifests found in empty-inventory/],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, work.dir);
      expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(message)]);
    }
    expect(fs.existsSync(path.join(work.dir, 'x'))).toBe(false);
  } finally {
    work.cleanup();
  }
});

test('an inventory with a broken file imports the rest and exits 1, naming the file', async () => {
  const work = workspace();
  try {
    fs.writeFileSync(path.join(work.dir, 'inventory', 'HV02', 'Get-VMSnapshot.json'), '[{"VMName": ');
    const run = await runCli(['import', '--inventory', 'inventory', '--out', 'estate'], work.dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/inventory\/HV02\/Get-VMSnapshot\.json:1:\d+: error: .* is not valid JSON/);
    expect(fs.readFileSync(path.join(work.dir, 'estate', 'vms', 'hvcluster01.yaml'), 'utf8')).toMatch(/name: WEB02/);
  } finally {
    work.cleanup();
  }
});
