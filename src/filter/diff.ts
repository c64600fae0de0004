/**
 * Unified diffs → changed files with their added lines and hunk ranges (new side), for
 * scoping findings to what a change touched (the action's pull requests, the CLI's
 * `--changed-since`). Two sources, one result:
 * - the pulls API's per-file `patch` (hunks only, no file headers), see `changedFileFromApi`;
 * - `git diff` output (several files with `diff --git` headers), see `parseGitDiff`.
 * Pure: text in, data out.
 */
import { mergeRanges, type ChangedFile, type LineRange } from './scope.js';

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

export interface PatchLines {
  added: LineRange[];
  hunks: LineRange[];
}

/** Added lines and hunk ranges of one file's hunks (`@@ -a,b +c,d @@` and the lines after). */
export function parsePatch(patch: string): PatchLines {
  const added: LineRange[] = [];
  const hunks: LineRange[] = [];
  let next = 0; // the new-side line number of the next ' ' or '+' line; 0 outside a hunk
  for (const line of patch.split('\n')) {
    const header = HUNK_HEADER.exec(line);
    if (header) {
      const start = Number(header[1]);
      const count = header[2] === undefined ? 1 : Number(header[2]);
      if (count > 0) hunks.push({ start, end: start + count - 1 });
      next = start;
      continue;
    }
    if (next === 0) continue;
    const marker = line[0];
    if (marker === '+') {
      added.push({ start: next, end: next });
      next++;
    } else if (marker === ' ' || line === '') {
      // context (an empty line is context whose single space was stripped, as some tools do)
      next++;
    } else if (marker === '-' || marker === '\\') {
      // removed line, or "\ No newline at end of file": no new-side line
    } else {
      next = 0; // anything else ends the hunk (a following file header)
    }
  }
  return { added: mergeRanges(added), hunks: mergeRanges(hunks) };
}

/** One entry of `GET /repos/{owner}/{repo}/pulls/{number}/files`. */
export interface PullRequestFile {
  filename: string;
  status: string;
  additions?: number;
  changes?: number;
  patch?: string;
  previous_filename?: string;
}

/**
 * A changed file from the pulls API, or undefined for a removed file (nothing of it is left
 * to annotate). GitHub leaves `patch` out when a diff is too large: then every line counts.
 */
export function changedFileFromApi(file: PullRequestFile): ChangedFile | undefined {
  if (file.status === 'removed') return undefined;
  const base = { path: file.filename, ...(file.previous_filename ? { previousPath: file.previous_filename } : {}) };
  if (file.patch === undefined) {
    const unchanged = file.status === 'renamed' && (file.changes ?? 0) === 0;
    return unchanged ? { ...base, added: [], hunks: [] } : { ...base, added: 'all', hunks: 'all' };
  }
  const lines = parsePatch(file.patch);
  return { ...base, added: lines.added, hunks: lines.hunks };
}

/** Undo git's C-style quoting of unusual paths (`"a/t\303\251st.yaml"`). */
export function unquoteGitPath(text: string): string {
  if (!text.startsWith('"') || !text.endsWith('"') || text.length < 2) return text;
  const body = text.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '\\': 92, '"': 34 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const nextCh = body[i + 1] ?? '';
    if (/[0-7]/.test(nextCh)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      bytes.push(parseInt(octal, 8));
      i += octal.length;
    } else {
      bytes.push(simple[nextCh] ?? nextCh.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function stripPrefix(pathText: string): string | undefined {
  const unquoted = unquoteGitPath(pathText.replace(/\t.*$/, ''));
  if (unquoted === '/dev/null') return undefined;
  return unquoted.replace(/^[ab]\//, '');
}

/**
 * Files of a `git diff` (unified, any -U). Renames and copies keep their previous path;
 * deleted files are left out; a file whose diff git does not show (binary) counts as wholly
 * changed.
 */
export function parseGitDiff(diff: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  const sections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const lines = section.split('\n');
    let newPath: string | undefined;
    let oldPath: string | undefined;
    let deleted = false;
    let hunkStart = -1;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.startsWith('@@')) {
        hunkStart = i;
        break;
      }
      if (line.startsWith('deleted file mode')) deleted = true;
      else if (line.startsWith('rename from ')) oldPath = unquoteGitPath(line.slice('rename from '.length));
      else if (line.startsWith('rename to ')) newPath = unquoteGitPath(line.slice('rename to '.length));
      else if (line.startsWith('copy to ')) newPath = unquoteGitPath(line.slice('copy to '.length));
      else if (line.startsWith('--- ')) oldPath = stripPrefix(line.slice(4)) ?? oldPath;
      else if (line.startsWith('+++ ')) {
        const target = stripPrefix(line.slice(4));
        if (target === undefined) deleted = true;
        else newPath = target;
      }
    }
    if (deleted) continue;
    if (newPath === undefined) newPath = pathFromHeader(lines[0]!);
    if (newPath === undefined) continue;
    const previous = oldPath !== undefined && oldPath !== newPath ? { previousPath: oldPath } : {};
    if (hunkStart < 0) {
      // No hunks: a pure rename, a mode change, or a binary file.
      const binary = lines.some((l) => l.startsWith('Binary files ') || l === 'GIT binary patch');
      files.push({ path: newPath, ...previous, added: binary ? 'all' : [], hunks: binary ? 'all' : [] });
      continue;
    }
    const patch = parsePatch(lines.slice(hunkStart).join('\n'));
    files.push({ path: newPath, ...previous, added: patch.added, hunks: patch.hunks });
  }
  return files;
}

/** The b-side path of `diff --git a/x b/x` when no ---/+++ or rename lines name it. */
function pathFromHeader(header: string): string | undefined {
  const rest = header.slice('diff --git '.length);
  if (rest.startsWith('"')) {
    const m = /^"(?:[^"\\]|\\.)*" ("(?:[^"\\]|\\.)*"|.*)$/.exec(rest);
    return m ? stripPrefix(m[1]!) : undefined;
  }
  // Unquoted: "a/<p> b/<p>" with the same path twice when the name is unchanged.
  const half = (rest.length - 1) / 2;
  if (Number.isInteger(half) && rest.slice(2, half) === rest.slice(half + 3)) return rest.slice(half + 3);
  const m = / b\/(.*)$/.exec(rest);
  return m ? m[1] : undefined;
}
