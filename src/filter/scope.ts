/**
 * filter: which findings a change is responsible for. Pull requests are annotated only where
 * they changed something, with reviewdog's filter modes:
 * - `added`: the finding touches a line the change added;
 * - `diff_context`: it touches a line of a diff hunk (added lines and their context);
 * - `file`: it is in a changed file;
 * - `nofilter`: everything.
 * A finding about a whole file (`file-encoding`, `file-unreadable`) is in scope when its file
 * changed at all. A cross-file finding is in scope when any of its locations is: a host whose new uplink
 * points at a LAG missing from an unchanged switch is still the change's doing. It is then
 * annotated where the change is, and says where the finding itself is reported.
 * The CLI's `--changed-since` scopes the same way, in `added` mode.
 * Pure: the changed files come in (from the pulls API or `git diff`), nothing is read here.
 */
import type { Finding, RelatedLocation } from '../types.js';

export const FILTER_MODES = ['added', 'diff_context', 'file', 'nofilter'] as const;
export type FilterMode = (typeof FILTER_MODES)[number];

/** Inclusive range of 1-based line numbers on the new side of a diff. */
export interface LineRange {
  start: number;
  end: number;
}

/** One file of a change, as the new side of its diff sees it. */
export interface ChangedFile {
  /** Path relative to the repository root, `/`-separated. */
  path: string;
  previousPath?: string;
  /** Lines the change added, sorted and merged; 'all' when the diff is not known (too large). */
  added: LineRange[] | 'all';
  /** Lines of the diff's hunks (added and context lines), sorted and merged; or 'all'. */
  hunks: LineRange[] | 'all';
}

export interface AnnotationLocation {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ScopedFinding {
  finding: Finding;
  /** Where to annotate: the finding's own location when it is in scope, else the first related location that is. */
  at: AnnotationLocation;
  /** The related location the finding is annotated at, when it is not its own. */
  via?: RelatedLocation;
  /** Whether the annotated location touches an added line (annotations there come first). */
  onAddedLine: boolean;
}

export interface ScopeResult {
  inScope: ScopedFinding[];
  /** Findings the change did not touch: counted in the summary, not annotated. */
  outOfScope: Finding[];
}

/** Parse a filter mode as reviewdog spells it (`diff-context` is accepted for `diff_context`). */
export function parseFilterMode(value: string): FilterMode | undefined {
  const normalized = value.trim().toLowerCase().replace(/-/g, '_');
  return (FILTER_MODES as readonly string[]).includes(normalized) ? (normalized as FilterMode) : undefined;
}

/** Sort and merge line ranges (adjacent ranges join). */
export function mergeRanges(ranges: LineRange[]): LineRange[] {
  const sorted = ranges.filter((r) => r.end >= r.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: LineRange[] = [];
  for (const range of sorted) {
    const last = out[out.length - 1];
    if (last && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/** Whether sorted, merged `ranges` meet the inclusive range [start, end]. */
export function intersects(ranges: LineRange[] | 'all', start: number, end: number): boolean {
  if (ranges === 'all') return true;
  let lo = 0;
  let hi = ranges.length - 1;
  // The first range ending at or after `start`: it meets [start, end] when it begins by `end`.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end < start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = ranges[lo];
  return candidate !== undefined && candidate.end >= start && candidate.start <= Math.max(start, end);
}

/** The changed files by path, for lookups. */
export function changeIndex(files: Iterable<ChangedFile>): Map<string, ChangedFile> {
  const index = new Map<string, ChangedFile>();
  for (const file of files) index.set(file.path, file);
  return index;
}

interface Located {
  file: string;
  line: number;
  endLine: number;
  endColumn: number;
}

/** The last line a location covers: a range ending at column 1 stops at the line break before. */
function lastLine(location: Located): number {
  return location.endLine > location.line && location.endColumn <= 1
    ? location.endLine - 1
    : Math.max(location.line, location.endLine);
}

/** Findings about a whole file (it cannot be read, or decoded): in scope whenever the file changed. */
export const FILE_LEVEL_RULES: ReadonlySet<string> = new Set(['file-unreadable', 'file-encoding']);

function inScope(location: Located, changes: Map<string, ChangedFile>, mode: FilterMode, wholeFile = false): boolean {
  if (mode === 'nofilter') return true;
  const changed = changes.get(location.file);
  if (!changed) return false;
  if (mode === 'file' || wholeFile) return true;
  return intersects(mode === 'added' ? changed.added : changed.hunks, location.line, lastLine(location));
}

function onAddedLine(location: Located, changes: Map<string, ChangedFile> | undefined): boolean {
  const changed = changes?.get(location.file);
  return changed !== undefined && intersects(changed.added, location.line, lastLine(location));
}

function locationOf(l: AnnotationLocation): AnnotationLocation {
  return { file: l.file, line: l.line, column: l.column, endLine: l.endLine, endColumn: l.endColumn };
}

/**
 * Split findings into those in scope of a change and the rest. Without a change (a push, a
 * schedule, or no diff available) every finding is in scope. Order is kept.
 */
export function scopeFindings(
  findings: readonly Finding[],
  changedFiles: readonly ChangedFile[] | undefined,
  mode: FilterMode,
): ScopeResult {
  const changes = changedFiles ? changeIndex(changedFiles) : undefined;
  const effective: FilterMode = changes ? mode : 'nofilter';
  const result: ScopeResult = { inScope: [], outOfScope: [] };
  for (const finding of findings) {
    if (inScope(finding, changes ?? new Map(), effective, FILE_LEVEL_RULES.has(finding.ruleId))) {
      result.inScope.push({ finding, at: locationOf(finding), onAddedLine: onAddedLine(finding, changes) });
      continue;
    }
    const via = finding.related.find((r) => inScope(r, changes!, effective));
    if (via) result.inScope.push({ finding, at: locationOf(via), via, onAddedLine: onAddedLine(via, changes) });
    else result.outOfScope.push(finding);
  }
  return result;
}
