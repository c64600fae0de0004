/**
 * git at the edge: the faces ask it which lines a change touched. It runs `git` (a child
 * process) and hands the output to the pure parser in filter/diff.ts.
 * - the action: a pull request's diff when the pulls API cannot give it (action/changes.ts);
 * - the CLI: `hvlint --changed-since <ref>`, see `changedSince`.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { parseGitDiff } from '../filter/diff.js';
import type { ChangedFile } from '../filter/scope.js';

/** Runs git with arguments in a folder; resolves with stdout, rejects with the error (its stderr in `message`). */
export type GitRunner = (args: string[], cwd: string) => Promise<string>;

export const runGit: GitRunner = (args, cwd) =>
  new Promise((resolve, reject) => {
    execFile('git', args, { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      reject(
        Object.assign(new Error(code === 'ENOENT' ? 'git is not installed' : stderr.trim() || error.message), { code }),
      );
    });
  });

/** A reason `changedSince` cannot tell what changed: one line for the user (the CLI exits 2). */
export class ChangedSinceError extends Error {}

export interface ChangedSince {
  /** The repository's top folder (the changed files' paths are relative to it). */
  root: string;
  /** The commit the working tree is compared with: where `ref` and HEAD meet (their merge base). */
  base: string;
  files: ChangedFile[];
}

/**
 * What changed between `ref` and the working tree, as `git diff <ref>...` sees it but with the
 * files as they are on disk (the lines hvlint reads): the diff runs from the merge base of `ref`
 * and HEAD to the working tree, with no context lines, so uncommitted edits count too. Files
 * git does not track yet (and does not ignore) count as wholly added; a renamed file keeps its
 * previous path and only its edited lines count; deleted files are left out.
 */
export async function changedSince(ref: string, cwd: string, git: GitRunner = runGit): Promise<ChangedSince> {
  let root: string;
  try {
    root = (await git(['rev-parse', '--show-toplevel'], cwd)).trim();
  } catch (error) {
    const message = (error as Error).message;
    throw new ChangedSinceError(
      /not installed/.test(message)
        ? `--changed-since needs git, and git is not installed`
        : `--changed-since needs a git repository, and ${cwd} is not in one`,
    );
  }
  // `--end-of-options` keeps a ref that starts with "-" from being read as an option.
  if (ref === '' || ref.startsWith('-'))
    throw new ChangedSinceError(`--changed-since: "${ref}" is not a git ref (a branch, tag or commit)`);
  try {
    await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], root);
  } catch {
    throw new ChangedSinceError(
      `--changed-since: unknown git ref "${ref}" (in CI, fetch it first, e.g. git fetch origin main, or check out with full history)`,
    );
  }
  let base: string;
  try {
    base = (await git(['merge-base', '--end-of-options', ref, 'HEAD'], root)).trim();
  } catch {
    throw new ChangedSinceError(
      `--changed-since: "${ref}" and HEAD have no common commit here (a shallow clone? fetch more history, e.g. git fetch --unshallow)`,
    );
  }
  const diff = await git(
    ['-c', 'core.quotepath=off', 'diff', '--no-color', '--no-ext-diff', '-M', '--unified=0', base, '--'],
    root,
  );
  const untracked = await git(['-c', 'core.quotepath=off', 'ls-files', '-z', '--others', '--exclude-standard'], root);
  const files = parseGitDiff(diff);
  for (const file of untracked.split('\0')) if (file !== '') files.push({ path: file, added: 'all', hunks: 'all' });
  return { root: path.resolve(root), base, files };
}
