/**
 * Scenario tests: each folder under __tests__/scenarios/ is a small estate. Expected findings
 * are marked inline with `# expect: <rule-id>[, <rule-id>...]`: on a line with content, for
 * that line; on a line of its own, for the next line that is not a comment. The run must
 * produce exactly those (file, line, rule) triples.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../src/lint.js';
import { loadConfig } from '../../src/config/load.js';
import { DEFAULT_NOW } from '../helpers/rule-tester.js';

const ROOT = path.resolve('__tests__/scenarios');
const scenarios = fs
  .readdirSync(ROOT, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function expectations(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) {
        const rel = path.relative(dir, full).split(path.sep).join('/');
        const lines = fs.readFileSync(full, 'utf8').split(/\r?\n/);
        lines.forEach((line, i) => {
          const m = /#\s*expect:\s*([\w-]+(?:\s*,\s*[\w-]+)*)/.exec(line);
          if (!m) return;
          let target = i;
          if (/^\s*#/.test(line)) {
            target = i + 1;
            while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
          }
          for (const id of m[1]!.split(',').map((s) => s.trim())) out.push(`${rel}:${target + 1} ${id}`);
        });
      }
    }
  };
  walk(dir);
  return out.sort();
}

test('there are scenarios', () => {
  expect(scenarios.length).toBeGreaterThan(0);
});

describe.each(scenarios)('scenario %s', (name) => {
  test('produces exactly the findings marked inline', async () => {
    const dir = path.join(ROOT, name);
    const { config } = loadConfig(dir);
    const result = await lint({ cwd: dir, config, now: DEFAULT_NOW });
    const got = result.findings
      .filter((f) => !f.suppressed)
      .map((f) => `${f.file}:${f.line} ${f.ruleId}`)
      .sort();
    expect(got).toEqual(expectations(dir));
  });
});
