/** The drift report in Markdown: sections by category, escaping, and a size that fits an issue body. */
import { driftTexts } from '../../src/drift/audit.js';
import { formatDriftMarkdown, ISSUE_BODY_MAX_BYTES } from '../../src/drift/markdown.js';
import { hostDir, inventoryOf, NOW, utf8 } from './helpers.js';

const host =
  'apiVersion: hvlint/v1\nkind: HyperVHost\nmetadata: { name: HV01 }\nspec: { os: windows-server-2019, domain: corp.contoso.com }\n';

test('no drift says so, with what was audited', () => {
  const result = driftTexts({ 'h.yaml': host }, inventoryOf(hostDir('HV01', {})), { now: NOW, rules: [] });
  const markdown = formatDriftMarkdown(result, { version: '9.9.9' });
  expect(markdown).toContain('## hvlint drift report\n\n✅ **No drift**: the live estate matches the manifests.');
  expect(markdown).toContain(
    '- Inventory `inv`: 1 host directory (HV01 (collected 2026-05-31T21:00:00Z)), no switch configurations.',
  );
  expect(markdown).toContain('| Drift | 0 |');
  expect(markdown).not.toContain('### ');
  expect(markdown).toContain('<sub>hvlint 9.9.9');
});

test('categories in order, names from the inventory escaped', () => {
  const result = driftTexts(
    { 'h.yaml': host },
    inventoryOf(
      hostDir('HV01', { 'Get-VM.json': [{ Name: 'evil|<b>*vm*</b>', Generation: 2 }], 'Get-VHD.json': utf8('[{') }),
    ),
    { now: NOW, rules: [] },
  );
  const markdown = formatDriftMarkdown(result, {
    level: 3,
    fileUrl: (file, line) => `https://example.test/${file}#L${line}`,
  });
  expect(markdown.indexOf('#### Drift')).toBeGreaterThan(0);
  expect(markdown.indexOf('#### Inventory problems')).toBeGreaterThan(markdown.indexOf('#### Drift'));
  expect(markdown).toContain('VM "evil&#124;&lt;b&gt;\\*vm\\*&lt;/b&gt;" runs on HV01');
  expect(markdown).toContain('[inv/HV01/Get-VHD.json:1](https://example.test/inv/HV01/Get-VHD.json#L1)');
  expect(markdown).not.toMatch(/<b>/);
});

test('a report too large for an issue body is cut, and says so', () => {
  const vms = Array.from({ length: 2000 }, (_, i) => ({
    Name: `UNDECLARED-${String(i).padStart(4, '0')}-${'x'.repeat(40)}`,
    Generation: 2,
  }));
  const result = driftTexts({ 'h.yaml': host }, inventoryOf(hostDir('HV01', { 'Get-VM.json': vms })), {
    now: NOW,
    rules: [],
  });
  expect(result.summary.counts.drift).toBe(2000);
  const markdown = formatDriftMarkdown(result);
  expect(Buffer.byteLength(markdown, 'utf8')).toBeLessThanOrEqual(ISSUE_BODY_MAX_BYTES);
  expect(markdown).toContain('This report was cut to fit');
  expect(markdown).toMatch(/…and \d+ more findings in this section\./);
  expect(markdown.trimEnd().endsWith('</sub>')).toBe(true);
});
