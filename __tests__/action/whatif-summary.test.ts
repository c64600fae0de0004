/**
 * The what-if section of the job summary, end to end: the bundled action run as the runner
 * runs it (INPUT_* variables, event file, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT) against the fake
 * GitHub API, on a copy of the example estate. The section shows the same table and diagram as
 * `hvlint whatif --format markdown`, sits between the lint report and the fix suggestions, and
 * is left out by `whatif-summary: false`, by turning the six rules off, and for an estate
 * without hosts or switches.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';
import { ensureBundle, removeRunnerDirs, runAction } from '../helpers/action-runner.js';
import { runCli } from '../helpers/cli.js';

const ROOT = path.resolve('.');
const EXAMPLES = ['backup.yaml', 'domain.yaml', 'hosts.yaml', 'network.yaml', 'nlb.yaml', 'vms.yaml'];
const FAILURE_RULES = [
  'backup-proxy-single-failure-domain',
  'cluster-n1-capacity',
  'cluster-quorum-n1',
  'dc-single-failure-domain',
  'network-single-failure-domain',
  'nlb-single-failure-domain',
];

let github: FakeGitHub;
const tempDirs: string[] = [];

beforeAll(() => {
  ensureBundle();
});

afterAll(() => {
  removeRunnerDirs();
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  github = await startFakeGitHub();
});

afterEach(async () => {
  await github.close();
});

/** A workspace with the example estate under estate/, and extra files. */
function workspace(extra: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hvlint-whatif-summary-'));
  tempDirs.push(dir);
  fs.mkdirSync(path.join(dir, 'estate'));
  for (const name of EXAMPLES) fs.copyFileSync(path.join(ROOT, 'examples', name), path.join(dir, 'estate', name));
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The table (header to last row) and the Mermaid block of a what-if Markdown text. */
function tableAndDiagram(markdown: string): { table: string; diagram: string } {
  const table = /\| Failure \| Consequences \|\n(?:\|.*\|\n)+/.exec(markdown)?.[0];
  const diagram = /```mermaid\nflowchart LR\n[\s\S]*?```/.exec(markdown)?.[0];
  if (!table || !diagram) throw new Error(`no table or diagram in:\n${markdown}`);
  return { table, diagram };
}

describe('the job summary on the example estate', () => {
  test('shows the failure → consequences table and the Mermaid diagram of `hvlint whatif --format markdown`', async () => {
    const dir = workspace();
    const run = await runAction({
      workspace: dir,
      apiUrl: github.url,
      inputs: { paths: 'estate', 'fail-on': 'never' },
      eventName: 'push',
      payload: { ref: 'refs/heads/main' },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = run.summary;
    expect(summary).toContain('### What-if: single failures');
    expect(summary).toContain(
      '6 single failures simulated (every host, switch and LAG): 3 failures with consequences. `hvlint whatif` shows each consequence with its place in the manifests.',
    );

    // The same table and diagram as the CLI's Markdown report of the same estate.
    const cli = await runCli(['whatif', 'estate', '--format', 'markdown'], dir);
    expect(cli.stderr).toBe('');
    const expected = tableAndDiagram(cli.stdout);
    const section = summary.slice(summary.indexOf('### What-if: single failures'));
    const shown = tableAndDiagram(section);
    expect(shown).toEqual(expected);
    expect(shown.table).toContain(
      '| switch "SW-CORE01" | cluster HVCLUSTER01 loses quorum: its 6 VMs stop (`cluster-quorum-n1`)<br>host HV01 is cut off (`network-single-failure-domain`)',
    );
    expect(shown.diagram).toContain('["#10006; switch SW-CORE01"]:::failed');
    expect(shown.diagram).toContain('classDef failed fill:#ffebe9,stroke:#d1242f,color:#d1242f');
    expect(section).toContain('3 other failures: no consequence found.');

    // After the lint report (which lists the rules' findings), the section adds which failure causes what.
    expect(summary.indexOf('## hvlint')).toBeLessThan(summary.indexOf('### What-if: single failures'));
    expect(summary.slice(0, summary.indexOf('### What-if'))).toContain('cluster-quorum-n1');
    // The outputs are the lint's, unchanged by the section.
    expect(run.outputs['findings-file']).toBeTruthy();
    const findings = JSON.parse(fs.readFileSync(run.outputs['findings-file']!, 'utf8')) as {
      findings: Array<{ ruleId: string }>;
    };
    expect(findings.findings.filter((f) => FAILURE_RULES.includes(f.ruleId)).length).toBeGreaterThan(0);
    // The check run's summary is the lint report alone.
    const check = [...github.checkRuns.values()][0]!;
    expect(check.output.summary).not.toContain('What-if');
  });

  test('whatif-summary: false leaves the section out, and nothing else changes', async () => {
    const dir = workspace();
    const inputs = { paths: 'estate', 'fail-on': 'never' };
    const on = await runAction({ workspace: dir, apiUrl: github.url, inputs });
    const off = await runAction({
      workspace: dir,
      apiUrl: github.url,
      inputs: { ...inputs, 'whatif-summary': 'false' },
    });
    expect(off.stderr).toBe('');
    expect(off.summary).not.toContain('What-if');
    expect(off.summary).not.toContain('#10006;'); // the diagram's ✖ before each failed element
    // The summary with the section is the one without it plus the section.
    const start = on.summary.indexOf('### What-if: single failures');
    const end = on.summary.indexOf('### Fixes hvlint can apply');
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    const runIds = (text: string): string => text.replace(/\/runs\/\d+/g, '/runs/N'); // one check run each
    expect(runIds(on.summary.slice(0, start) + on.summary.slice(end))).toBe(runIds(off.summary));
    expect(off.outputs['warnings']).toBe(on.outputs['warnings']);
  });

  test('a wrong value fails the step and says what is accepted', async () => {
    const dir = workspace();
    const run = await runAction({ workspace: dir, apiUrl: github.url, inputs: { 'whatif-summary': 'maybe' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('input "whatif-summary" must be true or false; got "maybe"');
  });

  test('with the six rules off there is no section', async () => {
    const config = `rules:\n${FAILURE_RULES.map((id) => `  ${id}: off\n`).join('')}`;
    const dir = workspace({ '.hvlint.yml': config });
    const run = await runAction({
      workspace: dir,
      apiUrl: github.url,
      inputs: { paths: 'estate', 'fail-on': 'never' },
    });
    expect(run.stderr).toBe('');
    expect(run.summary).toContain('## hvlint');
    expect(run.summary).not.toContain('What-if');
  });

  test('an estate without hosts or switches gets no section', async () => {
    const dir = workspace();
    for (const name of ['hosts.yaml', 'network.yaml']) fs.rmSync(path.join(dir, 'estate', name));
    const run = await runAction({
      workspace: dir,
      apiUrl: github.url,
      inputs: { paths: 'estate', 'fail-on': 'never' },
    });
    expect(run.summary).toContain('## hvlint');
    expect(run.summary).not.toContain('What-if');
  });
});
