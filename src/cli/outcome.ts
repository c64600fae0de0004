/**
 * What every command does at its end: write the report where it was asked to go, say when
 * nothing was checked, and turn findings into the exit status. Shared so `hvlint`, `hvlint drift`
 * and the baseline and fix modes answer the same way.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Finding, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import type { CliIO } from './io.js';

/** Exit status: nothing at or above --fail-on / something is / usage error or nothing checked. */
export const EXIT = { clean: 0, findings: 1, usage: 2 } as const;

/**
 * Write `text` to `file` (relative to cwd), creating missing folders. Returns an error line
 * (without the "hvlint: " prefix) when the file cannot be written, so the caller exits 2
 * with one line rather than a stack trace.
 */
export function writeOutputFile(cwd: string, file: string, text: string, option = '--output'): string | undefined {
  const absolute = path.resolve(cwd, file);
  try {
    if (file.endsWith('/') || file.endsWith('\\') || fs.statSync(absolute, { throwIfNoEntry: false })?.isDirectory())
      return `${option} "${file}" is a directory: give a file name, such as ${path.join(file, 'hvlint-report.txt')}`;
    fs.mkdirSync(path.dirname(absolute), { recursive: true });
    fs.writeFileSync(absolute, text);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a part of the path is a file, not a folder'
          : code === 'EISDIR'
            ? 'it is a directory'
            : (code ?? (error as Error).message);
    return `cannot write ${option} "${file}": ${why}`;
  }
}

/**
 * Given paths that do not exist, and paths that hold no manifests: each is said on stderr.
 * Returns true when the run must exit 2 (a missing path always; an empty one unless allowed).
 */
export function reportUnchecked(
  io: CliIO,
  prefix: string,
  outcome: { missing?: readonly string[]; empty?: readonly string[] },
  allowEmpty: boolean,
): boolean {
  const missing = outcome.missing ?? [];
  const empty = outcome.empty ?? [];
  for (const p of missing) io.stderr(`${prefix}: "${p}" does not exist: check the path\n`);
  if (!allowEmpty)
    for (const p of empty)
      io.stderr(
        `${prefix}: no hvlint manifests (YAML documents with apiVersion: hvlint/v1) in "${p}": nothing there was checked; pass --allow-empty to accept an empty run\n`,
      );
  return missing.length > 0 || (!allowEmpty && empty.length > 0);
}

/** 1 when an unsuppressed finding reaches `failOn`, else 0. Decided on every finding: -q hides output, never the verdict. */
export function exitStatus(findings: readonly Finding[], failOn: Severity): number {
  const threshold = SEVERITY_RANK[failOn];
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= threshold) ? EXIT.findings : EXIT.clean;
}

/** -q: errors only; the rest are counted so the report can say they are hidden. */
export function quietFilter(findings: readonly Finding[], quiet: boolean): { shown: Finding[]; hidden: number } {
  if (!quiet) return { shown: [...findings], hidden: 0 };
  const shown = findings.filter((f) => f.severity === 'error');
  const hidden = findings.filter((f) => f.severity !== 'error' && !f.suppressed).length;
  return { shown, hidden };
}

/**
 * `--format azure` in Azure Pipelines (TF_BUILD set): the Markdown report written to the
 * agent's temp folder, for `##vso[task.uploadsummary]` to show on the run's summary page.
 * Elsewhere, or for other formats, nothing.
 */
export function azureSummary(io: CliIO, format: string, markdown: () => string): { azureSummaryFile?: string } {
  if (format !== 'azure' || !io.env['TF_BUILD']) return {};
  const file = path.join(io.env['AGENT_TEMPDIRECTORY'] || os.tmpdir(), 'hvlint-summary.md');
  try {
    fs.writeFileSync(file, markdown());
    return { azureSummaryFile: file };
  } catch (error) {
    io.stderr(
      `hvlint: cannot write the run summary ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`,
    );
    return {};
  }
}
