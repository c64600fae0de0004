/** docs/configuration.md: its example configs are valid, and it lists every rule that takes options. */
import * as fs from 'node:fs';
import { parseConfigText } from '../../src/config/load.js';
import { allRuleMeta } from '../../src/rules/index.js';

const page = fs.readFileSync('docs/configuration.md', 'utf8');

function section(title: string): string {
  const start = page.indexOf(`\n## ${title}\n`);
  expect(start).toBeGreaterThan(-1);
  const end = page.indexOf('\n## ', start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

test('the full example is a valid config', () => {
  const block = /```yaml\n([\s\S]*?)```/.exec(section('Full example'))![1]!;
  const loaded = parseConfigText('.hvlint.yml', block);
  expect(loaded.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
  expect(Object.keys(loaded.config.rules ?? {}).length).toBeGreaterThan(5);
});

test('every config snippet on the page is valid', () => {
  const blocks = [...page.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .filter((b) => /^(include|exclude|rules|overrides|limits):/m.test(b) && !b.includes('hvlint-disable'));
  expect(blocks.length).toBeGreaterThan(4);
  for (const block of blocks)
    expect(parseConfigText('.hvlint.yml', block).findings.map((f) => `${f.message}\n${block}`)).toEqual([]);
});

test('the rule options table lists every rule that takes options', () => {
  const table = section('Rule options');
  const withOptions = allRuleMeta()
    .filter((m) => m.optionsSchema)
    .map((m) => m.id);
  const listed = [...table.matchAll(/^\| \[`([a-z0-9-]+)`\]/gm)].map((m) => m[1]);
  expect(listed.sort()).toEqual(withOptions.sort());
});
