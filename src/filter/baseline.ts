/**
 * Baselines: accept the findings an estate has today, report only new ones. A baseline file
 * records findings by fingerprint (src/filter/fingerprint.ts), never by line, so it survives
 * edits around the findings. A finding matched by the baseline is kept but marked suppressed
 * (kind "baseline"); baseline entries that match nothing any more are counted as fixed.
 */
import * as fs from 'node:fs';
import type { Finding } from '../types.js';
import { fingerprint } from '../fingerprint.js';

export const BASELINE_VERSION = 1;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
  /** `Kind/name` of the document, when the finding is about one. */
  document?: string;
  /** The JSON path inside the document, as JSON. */
  path?: string;
  /** For people reading the file; not used for matching. */
  message: string;
}

export interface Baseline {
  version: typeof BASELINE_VERSION;
  findings: BaselineEntry[];
}

export interface BaselineOutcome {
  /** Findings the baseline matched (now marked suppressed). */
  matched: number;
  /** Baseline entries with no finding any more: fixed since the baseline was written. */
  fixed: number;
  fixedEntries: BaselineEntry[];
}

/** The baseline of the given findings (suppressed ones are left out), in a stable order. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings.filter((f) => !f.suppressed).map(entryOf);
  entries.sort(compareEntries);
  return { version: BASELINE_VERSION, findings: entries };
}

export function formatBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + '\n';
}

export class BaselineError extends Error {}

/** Read a baseline file (an edge helper for lint() and the CLI); throws BaselineError. */
export function readBaselineFile(absolute: string): Baseline {
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT'
        ? `baseline file "${absolute}" not found: write one with --write-baseline`
        : `cannot read the baseline file "${absolute}": ${code ?? (error as Error).message}`,
    );
  }
  return parseBaseline(text);
}

/** Read a baseline file's text; throws BaselineError saying what is wrong. */
export function parseBaseline(text: string): Baseline {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new BaselineError(
      `the baseline is not valid JSON (${(error as Error).message}): write it again with --write-baseline`,
    );
  }
  const record = value as { version?: unknown; findings?: unknown };
  if (!record || typeof record !== 'object' || record.version !== BASELINE_VERSION || !Array.isArray(record.findings)) {
    throw new BaselineError(
      `the baseline is not an hvlint baseline (version ${BASELINE_VERSION} with a findings list): write it again with --write-baseline`,
    );
  }
  const findings: BaselineEntry[] = [];
  record.findings.forEach((entry: unknown, i) => {
    const e = entry as Partial<BaselineEntry> | null;
    if (!e || typeof e.fingerprint !== 'string' || typeof e.ruleId !== 'string' || typeof e.file !== 'string') {
      throw new BaselineError(
        `baseline entry ${i} has no fingerprint, ruleId or file: write the baseline again with --write-baseline`,
      );
    }
    findings.push({ ...e, message: typeof e.message === 'string' ? e.message : '' } as BaselineEntry);
  });
  return { version: BASELINE_VERSION, findings };
}

/**
 * Mark the findings the baseline holds as suppressed, and count the baseline entries left
 * over. Each entry matches one finding: three identical findings need three entries.
 */
export function applyBaseline(
  findings: readonly Finding[],
  baseline: Baseline,
): { findings: Finding[]; outcome: BaselineOutcome } {
  const remaining = new Map<string, BaselineEntry[]>();
  for (const entry of baseline.findings) {
    const list = remaining.get(entry.fingerprint);
    if (list) list.push(entry);
    else remaining.set(entry.fingerprint, [entry]);
  }
  let matched = 0;
  const out = findings.map((finding) => {
    if (finding.suppressed) return finding;
    const entries = remaining.get(fingerprint(finding));
    const entry = entries?.shift();
    if (!entry) return finding;
    matched++;
    return { ...finding, suppressed: { kind: 'baseline' as const, reason: 'accepted in the baseline' } };
  });
  const fixedEntries = [...remaining.values()].flat().sort(compareEntries);
  return { findings: out, outcome: { matched, fixed: fixedEntries.length, fixedEntries } };
}

function entryOf(finding: Finding): BaselineEntry {
  const entry: BaselineEntry = {
    fingerprint: fingerprint(finding),
    ruleId: finding.ruleId,
    file: finding.file,
    message: finding.message,
  };
  if (finding.document) {
    entry.document = `${finding.document.kind}/${finding.document.name}`;
    entry.path = JSON.stringify(finding.path ?? []);
  }
  return entry;
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const key of ['file', 'ruleId', 'document', 'path', 'fingerprint', 'message'] as const) {
    const x = a[key] ?? '';
    const y = b[key] ?? '';
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
