/**
 * Custom policies in reports that describe rules: a SARIF rule descriptor carries the policy's
 * description and docs (never a docs/rules page, which a policy does not have), and the
 * Markdown report links a policy to its docs address.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempEstate } from '../helpers/cli.js';
import { multitoolUnavailable, validateSarif } from '../helpers/sarif-validator.js';

const ROOT = path.resolve('.');

interface Descriptor {
  id: string;
  helpUri?: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
  properties?: { tags: string[] };
}

function descriptors(sarif: string): Map<string, Descriptor> {
  const log = JSON.parse(sarif) as { runs: Array<{ tool: { driver: { rules: Descriptor[] } } }> };
  return new Map(log.runs[0]!.tool.driver.rules.map((r) => [r.id, r]));
}

const VM = `apiVersion: hvlint/v1
kind: VirtualMachine
metadata:
  name: WEB01
spec:
  generation: 2
  host: HV01
`;

const policy = (name: string, docs: string): string => `apiVersion: hvlint/v1
kind: Policy
metadata:
  name: ${name}
spec:
  severity: warning
  description: Every VM names its owner.
  match:
    kinds: [VirtualMachine]
  assert: "has(self.metadata.labels) && 'owner' in self.metadata.labels"
  message: "{{ self.metadata.name }} has no owner label: add metadata.labels.owner"
${docs}`;

describe('SARIF rule descriptors of policies', () => {
  test('the example policies carry their description and docs address as helpUri', async () => {
    const run = await runCli(['examples/', '--format', 'sarif'], ROOT);
    expect(run.code).toBe(1);
    const rules = descriptors(run.stdout);
    const scsi = rules.get('acme/backup-needs-scsi')!;
    const source = fs.readFileSync('examples/policies/backup.yaml', 'utf8');
    const docs = /^ {2}docs: (\S+)$/m.exec(source)![1]!;
    const description = /^ {2}description: (.+)$/m.exec(source)![1]!;
    expect(scsi.helpUri).toBe(docs);
    expect(scsi.shortDescription.text).toBe(description);
    expect(scsi.fullDescription.text).toBe(description);
    expect(scsi.help.markdown).toContain(`](${docs})`);
    expect(scsi.help.markdown).toContain('examples/policies/backup.yaml');
    expect(scsi.properties?.tags).toEqual(['policy']);
    for (const descriptor of rules.values())
      if (descriptor.properties?.tags.includes('policy')) expect(descriptor.helpUri ?? '').not.toContain('docs/rules/');
    // Built-in rules keep their pages.
    expect(rules.get('backup-needs-scsi-controller')!.helpUri).toMatch(
      /docs\/rules\/backup-needs-scsi-controller\.md$/,
    );
  });

  test('Markdown docs become help.markdown; no docs: no helpUri, the defining file; the log validates', async () => {
    const estate = tempEstate({
      '.hvlint.yml': 'policies:\n  - policies/*.yaml\n',
      'vms.yaml': VM,
      'policies/a.yaml': policy('acme/owner-md', '  docs: |\n    Ask **#infra** for an owner.\n'),
      'policies/b.yaml': policy('acme/owner-none', ''),
    });
    try {
      const run = await runCli(['.', '--format', 'sarif', '--output', 'out.sarif'], estate.dir);
      expect(run.code).toBe(1); // the VM's host is not declared: a built-in error
      const sarif = fs.readFileSync(path.join(estate.dir, 'out.sarif'), 'utf8');
      const rules = descriptors(sarif);
      const md = rules.get('acme/owner-md')!;
      expect(md.helpUri).toBeUndefined();
      expect(md.help.markdown).toContain('Ask **#infra** for an owner.');
      expect(md.help.markdown).toContain('policies/a.yaml');
      expect(md.shortDescription.text).toBe('Every VM names its owner.');
      expect(md.defaultConfiguration.level).toBe('warning');
      const none = rules.get('acme/owner-none')!;
      expect(none.helpUri).toBeUndefined();
      expect(none.help.text).toBe('Every VM names its owner. Custom policy defined in policies/b.yaml.');
      const unavailable = multitoolUnavailable();
      if (unavailable) {
        console.warn(`SARIF validation skipped: ${unavailable}`);
        return;
      }
      expect(validateSarif(path.join(estate.dir, 'out.sarif')).errors).toEqual([]);
    } finally {
      estate.cleanup();
    }
  });
});

describe('the Markdown report', () => {
  test('links a policy to its docs address, and names one without an address plainly', async () => {
    const estate = tempEstate({
      '.hvlint.yml': 'policies:\n  - policies/*.yaml\n',
      'vms.yaml': VM,
      'policies/a.yaml': policy('acme/owner-url', '  docs: https://wiki.example.com/owners\n'),
      'policies/b.yaml': policy('acme/owner-none', ''),
    });
    try {
      const run = await runCli(['.', '--format', 'markdown'], estate.dir);
      expect(run.stdout).toContain('| [acme/owner-url](https://wiki.example.com/owners) |');
      expect(run.stdout).toContain('| acme/owner-none |');
      expect(run.stdout).not.toContain('docs/rules/acme');
    } finally {
      estate.cleanup();
    }
  });
});
