import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { runCli, tempEstate } from '../helpers/cli.js';
import { allRuleMeta } from '../../src/rules/index.js';
import { parseConfigText } from '../../src/config/load.js';
import { starterConfig } from '../../src/config/starter.js';
// @ts-expect-error: a plain .mjs build script, without type declarations
import { embedRuleDocs } from '../../scripts/embed-docs.mjs';

describe('hvlint init', () => {
  test('writes a starter config, and refuses to overwrite one without --force', async () => {
    const { dir, cleanup } = tempEstate({});
    try {
      const first = await runCli(['init'], dir);
      expect(first.code).toBe(0);
      const file = path.join(dir, '.hvlint.yml');
      const text = fs.readFileSync(file, 'utf8');
      expect(text).toBe(starterConfig(allRuleMeta()));
      fs.writeFileSync(file, 'rules: {}\n');
      const again = await runCli(['init'], dir);
      expect(again.code).toBe(2);
      expect(again.stderr).toBe(
        'hvlint init: .hvlint.yml already exists: edit it, or run hvlint init --force to replace it\n',
      );
      expect(fs.readFileSync(file, 'utf8')).toBe('rules: {}\n');
      const forced = await runCli(['init', '--force'], dir);
      expect(forced.code).toBe(0);
      expect(fs.readFileSync(file, 'utf8')).toBe(text);
    } finally {
      cleanup();
    }
  });

  test('the starter config is valid as written, and with its rules block uncommented', () => {
    const text = starterConfig(allRuleMeta());
    expect(parseConfigText('.hvlint.yml', text).findings).toEqual([]);
    // Uncomment every commented block ("# key:" and its "#   " lines), as a user would.
    const uncommented = text
      .replace(/^# ((?:rules|overrides|limits|exclude):)$/gm, '$1')
      .replace(/^#( {2,}\S)/gm, '$1');
    expect(uncommented).toMatch(/^rules:\n/m);
    const loaded = parseConfigText('.hvlint.yml', uncommented);
    expect(loaded.findings.map((f) => `${f.line}:${f.column} ${f.message}`)).toEqual([]);
    expect(Object.keys(loaded.config.rules ?? {}).sort()).toEqual(
      allRuleMeta()
        .map((m) => m.id)
        .sort(),
    );
  });
});

describe('hvlint rules', () => {
  test('lists every rule with severity, area and description', async () => {
    const { dir, cleanup } = tempEstate({});
    try {
      const run = await runCli(['rules'], dir);
      expect(run.code).toBe(0);
      const lines = run.stdout.split('\n');
      expect(lines[0]).toMatch(/^RULE +SEVERITY +AREA +FIX +DESCRIPTION$/);
      for (const meta of allRuleMeta()) {
        expect(
          lines.some(
            (l) =>
              l.startsWith(`${meta.id} `) &&
              l.includes(` ${meta.severity} `) &&
              l.includes(` ${meta.area} `) &&
              l.endsWith(meta.description),
          ),
        ).toBe(true);
      }
    } finally {
      cleanup();
    }
  });

  test('--format json, with severities as the config sets them', async () => {
    const { dir, cleanup } = tempEstate({ '.hvlint.yml': 'rules:\n  duplicate-name: notice\n' });
    try {
      const run = await runCli(['rules', '--format', 'json'], dir);
      expect(run.code).toBe(0);
      const { rules } = JSON.parse(run.stdout);
      expect(rules.map((r: { id: string }) => r.id)).toEqual(allRuleMeta().map((m) => m.id));
      expect(rules.find((r: { id: string }) => r.id === 'duplicate-name')).toMatchObject({
        severity: 'notice',
        defaultSeverity: 'error',
        area: 'core',
        fixable: false,
        docs: 'https://github.com/hvlint/hvlint/blob/main/docs/rules/duplicate-name.md',
      });
      const stylish = await runCli(['rules'], dir);
      expect(stylish.stdout).toMatch(/^duplicate-name +notice\* +core /m);
      expect(stylish.stdout).toContain('; * set by .hvlint.yml.');
    } finally {
      cleanup();
    }
  });
});

import { terminalLinks } from '../../src/cli/commands/explain.js';

describe('hvlint explain', () => {
  test("prints the rule's doc page", async () => {
    const run = await runCli(['explain', 'schema'], os.tmpdir());
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(terminalLinks(fs.readFileSync('docs/rules/schema.md', 'utf8')));
    expect(run.stdout).toMatch(/^# schema\n/);
  });

  test("links are shown as text and the documentation's web address (the user's repository has no docs/)", () => {
    expect(
      terminalLinks('see [domain facts §1.2](../domain.md#12-igmp) and [RFC](https://x.example/rfc) and [this](#why)'),
    ).toBe(
      'see domain facts §1.2 (https://github.com/hvlint/hvlint/blob/main/docs/domain.md#12-igmp) and RFC (https://x.example/rfc) and this',
    );
    expect(terminalLinks('```yaml\n[a](b)\n```')).toBe('```yaml\n[a](b)\n```');
  });

  test('an unknown rule id is a usage error, with a suggestion', async () => {
    const run = await runCli(['explain', 'shcema'], os.tmpdir());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'hvlint explain: unknown rule "shcema" (did you mean "schema"?): run hvlint rules to list the rule ids\n',
    );
  });

  test('the bundled CLI has the pages inside: it needs no docs folder', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-bundle-'));
    try {
      const outfile = path.join(out, 'cli.js');
      await build({
        entryPoints: ['src/cli/bin.ts'],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'esm',
        logLevel: 'silent',
        plugins: [embedRuleDocs(process.cwd())],
        banner: { js: "import { createRequire as __c } from 'node:module';\nconst require = __c(import.meta.url);" },
      });
      fs.writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
      const page = execFileSync(process.execPath, [outfile, 'explain', 'unused-suppression'], {
        cwd: out,
        encoding: 'utf8',
      });
      expect(page).toBe(terminalLinks(fs.readFileSync('docs/rules/unused-suppression.md', 'utf8')));
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
