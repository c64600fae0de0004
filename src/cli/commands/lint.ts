/** `hvlint [paths...]`: lint manifests and report. A thin face over `lint()`. */
import { usageMessage } from '../io.js';
import { parseArgs } from 'node:util';
import type { Finding, Severity } from '../../types.js';
import { SEVERITY_RANK } from '../../types.js';
import * as path from 'node:path';
import { lint, type LintOptions, type LintResult } from '../../lint.js';
import { findConfigFor, loadConfig } from '../../config/load.js';
import { BaselineError, createBaseline, formatBaseline, readBaselineFile } from '../../filter/baseline.js';
import { lintAndFix, unifiedDiff, writeFixes } from '../../fix/index.js';
import { VERSION } from '../../version.js';
import { formatReport, FORMATS, type Format } from '../../report/index.js';
import type { ReportInput } from '../../report/types.js';
import { formatMarkdown } from '../../report/markdown.js';
import { nlbTopology, type TopologyDiagram } from '../../model/topology-diagram.js';
import type { CliIO } from '../io.js';
import { realpathOr, repositoryRoot } from '../../util/paths.js';
import { scopeFindings, type ChangedFile } from '../../filter/scope.js';
import { changedSince, ChangedSinceError } from '../../git/index.js';
import { azureSummary, exitStatus, quietFilter, reportUnchecked, writeOutputFile } from '../outcome.js';

export const LINT_HELP = `Usage: hvlint [options] [paths...]
       hvlint <command> [options]   (hvlint help lists the commands)

Lint Hyper-V infrastructure manifests (YAML, apiVersion hvlint/v1).
Paths are files, directories or globs (default: the current directory).

Options:
  -f, --format <name>     stylish (default), json, sarif, github, markdown, azure (Azure Pipelines
                          logging commands), gitlab (Code Quality), junit, checkstyle
  -c, --config <file>     config file (default: the nearest .hvlint.yml upwards from the paths)
      --fail-on <level>   exit 1 when a finding is at least: error (default), warning, notice
  -q, --quiet             report errors only
  -o, --output <file>     write the report to a file instead of stdout (missing folders are created)
      --sarif-root <dir>  SARIF file paths are relative to this folder (default: the repository root,
                          the nearest folder upwards holding .git, else the current directory)
      --fix               apply the fixes of fixable rules to the files, then report what is left
      --fix-dry-run       print the fixes as a unified diff; change nothing
      --baseline <file>   report only findings that are not in this baseline file
      --write-baseline <file>  record the current findings as the baseline, and exit 0
      --changed-since <ref>  report only findings on lines changed since the git ref (from where it
                          and HEAD meet to the working tree; untracked files count as new), and
                          findings about a changed file as a whole; the exit status follows
      --allow-empty       exit 0 when a path holds no hvlint manifests (default: exit 2, nothing was checked)
      --color / --no-color  force colour on or off (default: on for a terminal)
  -v, --version           print the version
  -h, --help              print this help

Exit status: 0 nothing at or above --fail-on, 1 something is, 2 usage or internal error,
a path that does not exist, or a path with no hvlint manifests (nothing was checked).
-q hides findings below error from the report; it never changes the exit status.
`;

export async function lintCommand(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'stylish' },
        config: { type: 'string', short: 'c' },
        'fail-on': { type: 'string', default: 'error' },
        quiet: { type: 'boolean', short: 'q', default: false },
        output: { type: 'string', short: 'o' },
        'sarif-root': { type: 'string' },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        baseline: { type: 'string' },
        'write-baseline': { type: 'string' },
        'changed-since': { type: 'string' },
        'allow-empty': { type: 'boolean', default: false },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.stderr(`hvlint: ${usageMessage(error)}\n\n${LINT_HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(LINT_HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) {
    io.stderr(`hvlint: --format must be one of ${FORMATS.join(', ')}; got "${values.format}"\n`);
    return 2;
  }
  const failOn = values['fail-on'] as Severity;
  if (!(failOn in SEVERITY_RANK)) {
    io.stderr(`hvlint: --fail-on must be one of error, warning, notice; got "${values['fail-on']}"\n`);
    return 2;
  }
  if (values.fix && values['fix-dry-run']) {
    io.stderr('hvlint: --fix and --fix-dry-run exclude each other: choose one\n');
    return 2;
  }
  const threads = threadsFromEnv(io.env);
  if (typeof threads === 'string') {
    io.stderr(`hvlint: ${threads}\n`);
    return 2;
  }
  const allowEmpty = values['allow-empty'];
  const changedSinceRef = values['changed-since'];
  if (changedSinceRef !== undefined && values['write-baseline'] !== undefined) {
    io.stderr('hvlint: --write-baseline records every finding; it does not take --changed-since\n');
    return 2;
  }
  let changes: ChangedFile[] | undefined;
  if (changedSinceRef !== undefined) {
    try {
      changes = await changedFilesSince(changedSinceRef, io.cwd);
    } catch (error) {
      if (!(error instanceof ChangedSinceError)) throw error;
      io.stderr(`hvlint: ${error.message}\n`);
      return 2;
    }
  }
  try {
    const loadedConfig = loadConfig(io.cwd, values.config ?? findConfigFor(io.cwd, positionals));
    if (values.config && !loadedConfig.file) {
      io.stderr(`hvlint: config file "${values.config}" not found\n`);
      return 2;
    }
    const options: LintOptions = { cwd: io.cwd, paths: positionals, config: loadedConfig.config };
    if (io.now) options.now = io.now;
    if (threads !== undefined) options.threads = threads;
    const writeBaseline = values['write-baseline'];
    if (writeBaseline !== undefined) {
      const current = await lint(options);
      if (reportUnchecked(io, 'hvlint', current, allowEmpty)) {
        io.stderr(`hvlint: ${writeBaseline} not written\n`);
        return 2;
      }
      const baseline = createBaseline(current.findings);
      const failed = writeOutputFile(io.cwd, writeBaseline, formatBaseline(baseline), '--write-baseline');
      if (failed) {
        io.stderr(`hvlint: ${failed}\n`);
        return 2;
      }
      if (loadedConfig.findings.length > 0)
        io.stderr(
          `hvlint: ${loadedConfig.file} has ${plural(loadedConfig.findings.length, 'problem')}, not recorded in the baseline: run hvlint to see them\n`,
        );
      io.stderr(`hvlint: wrote ${plural(baseline.findings.length, 'finding')} to ${writeBaseline}\n`);
      return 0;
    }
    if (values.baseline !== undefined) {
      try {
        options.baseline = readBaselineFile(path.resolve(io.cwd, values.baseline));
      } catch (error) {
        if (!(error instanceof BaselineError)) throw error;
        io.stderr(`hvlint: ${error.message}\n`);
        return 2;
      }
    }
    let result: LintResult;
    if (values.fix || values['fix-dry-run']) {
      const outcome = await lintAndFix(options);
      result = outcome.result;
      const files = plural(outcome.changes.length, 'file');
      if (values['fix-dry-run']) {
        const diff = outcome.changes.map((c) => unifiedDiff(c.file, c.before, c.after)).join('');
        if (values.output) {
          const failed = writeOutputFile(io.cwd, values.output, diff);
          if (failed) {
            io.stderr(`hvlint: ${failed}\n`);
            return 2;
          }
        } else io.stdout(diff);
        io.stderr(
          `hvlint: --fix-dry-run: ${plural(outcome.fixed, 'fix', 'fixes')} in ${files} would be applied; ${describeLeft(result.findings)}\n`,
        );
        if (reportUnchecked(io, 'hvlint', result, allowEmpty)) return 2;
        return exitStatus([...loadedConfig.findings, ...result.findings], failOn);
      }
      const written = writeFixes(io.cwd, outcome.changes);
      for (const failure of written.failed) io.stderr(`hvlint: could not write ${failure.file}: ${failure.reason}\n`);
      if (outcome.fixed > 0)
        io.stderr(
          `hvlint: applied ${plural(outcome.fixed, 'fix', 'fixes')} in ${plural(written.written.length, 'file')}\n`,
        );
    } else {
      result = await lint(options);
    }
    let all = [...loadedConfig.findings, ...result.findings];
    let changed: ReportInput['changed'];
    if (changes && changedSinceRef !== undefined) {
      const scope = scopeFindings(all, changes, 'added');
      all = scope.inScope.map((s) => s.finding);
      changed = { since: changedSinceRef, outside: scope.outOfScope.filter((f) => !f.suppressed).length };
    }
    const { shown: findings, hidden } = quietFilter(all, values.quiet);
    const sources = new Map(result.sources);
    if (loadedConfig.source && loadedConfig.file) sources.set(loadedConfig.file, loadedConfig.source);
    const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env['NO_COLOR'];
    let diagram: TopologyDiagram | undefined;
    const reportInput: ReportInput = {
      findings,
      files: result.files,
      documents: result.documents,
      sources,
      version: VERSION,
      // Drawn only when a Markdown report reads it.
      get topology(): TopologyDiagram {
        return (diagram ??= nlbTopology(result.estate, findings));
      },
      cwd: io.cwd,
      sarifRoot: values['sarif-root'] ? path.resolve(io.cwd, values['sarif-root']) : (repositoryRoot(io.cwd) ?? io.cwd),
      hidden,
      ...(loadedConfig.config?.policySet ? { rules: loadedConfig.config.policySet.metas } : {}),
    };
    if (changed) reportInput.changed = changed;
    const text = formatReport(
      format,
      reportInput,

      {
        color,
        githubActions: io.env['GITHUB_ACTIONS'] === 'true' && !values.output,
        ...azureSummary(io, format, () => formatMarkdown(reportInput)),
      },
    );
    if (values.output) {
      const failed = writeOutputFile(io.cwd, values.output, text);
      if (failed) {
        io.stderr(`hvlint: ${failed}\n`);
        return 2;
      }
    } else {
      io.stdout(text);
    }
    if (io.env['HVLINT_TIMING']) io.stderr(formatTimings(result.timings));
    // Reports without a summary line (stylish and markdown have one) say the scope on stderr.
    if (changed && format !== 'stylish' && format !== 'markdown')
      io.stderr(
        `hvlint: reported only findings on lines changed since ${changed.since}${changed.outside > 0 ? `; ${plural(changed.outside, 'finding')} elsewhere not shown` : ''}\n`,
      );
    if (result.baseline && result.baseline.fixed > 0) {
      io.stderr(
        `hvlint: ${plural(result.baseline.fixed, 'baseline finding')} fixed — refresh the baseline with hvlint --write-baseline ${values.baseline}\n`,
      );
    }
    if (reportUnchecked(io, 'hvlint', result, allowEmpty)) return 2;
    return exitStatus(all, failOn);
  } catch (error) {
    io.stderr(`hvlint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }
}

/** HVLINT_TIMING=1: where the time went, per phase and for the ten slowest rules (stderr). */
export function formatTimings(timings: LintResult['timings']): string {
  const ms = (n: number): string => `${n.toFixed(1)} ms`;
  const lines = (['discover', 'load', 'model', 'rules', 'policies', 'filter'] as const).map(
    (phase) => `hvlint timing: ${phase} ${ms(timings[phase])}`,
  );
  const slowest = Object.entries(timings.byRule)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 10);
  for (const [id, time] of slowest) lines.push(`hvlint timing: rule ${id} ${ms(time)}`);
  return lines.join('\n') + '\n';
}

/** HVLINT_THREADS: a whole number, or unset; anything else is a usage error (returned as its message). */
export function threadsFromEnv(env: Record<string, string | undefined>): number | string | undefined {
  const value = env['HVLINT_THREADS'];
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value.trim()))
    return `HVLINT_THREADS must be a whole number of worker threads (0 or 1: none); got "${value}"`;
  return Number(value.trim());
}

function describeLeft(findings: readonly Finding[]): string {
  const left = findings.filter((f) => !f.suppressed).length;
  return left === 0 ? 'no problems would be left' : `${plural(left, 'problem')} would be left`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}

/** The files changed since `ref`, with paths relative to `cwd` (as findings name them), `/`-separated. */
async function changedFilesSince(ref: string, cwd: string): Promise<ChangedFile[]> {
  const since = await changedSince(ref, cwd);
  // git names the top folder by its real path; findings are relative to cwd as given.
  const here = realpathOr(cwd);
  const relative = (p: string): string => path.relative(here, path.join(since.root, p)).split(path.sep).join('/');
  return since.files.map((f) => ({
    ...f,
    path: relative(f.path),
    ...(f.previousPath !== undefined ? { previousPath: relative(f.previousPath) } : {}),
  }));
}
