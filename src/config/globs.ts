/**
 * Globs in `.hvlint.yml` are relative to the config's directory (the project root), while
 * discovery and findings use paths relative to the working directory, which may be a
 * subdirectory (the config is found by walking up). These helpers translate between the two.
 *
 * A config is shared between Windows laptops and Linux CI, so its globs mean the same on every
 * platform: a backslash separates folders like `/` (`estate\legacy\**` is `estate/legacy/**`;
 * a glob character is matched literally with a class, `[*]`), and matching is case-sensitive.
 * The path functions take the path module, for tests with Windows semantics.
 */
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import type { PathApi } from '../util/paths.js';

/** minimatch's options for every glob hvlint matches paths with: the same on every platform. */
export const GLOB_OPTIONS = { dot: true, nocase: false, platform: 'linux' } as const;
const MATCH = GLOB_OPTIONS;

/** A config glob as hvlint matches it: backslashes are folder separators. */
export function normalizeGlob(glob: string): string {
  return glob.replace(/\\/g, '/');
}

function segments(relative: string, p: PathApi): string[] {
  return relative
    .split(p.sep)
    .join('/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
}

/** A working-directory-relative file path, as the config's globs see it. */
export function pathFromRoot(
  file: string,
  root: string | undefined,
  cwd: string | undefined,
  p: PathApi = path,
): string {
  if (!root || !cwd) return file;
  const relative = p.relative(root, p.resolve(cwd, file));
  return relative.split(p.sep).join('/');
}

/** Whether `file` (relative to cwd) matches any of the root-relative globs. */
export function matchesAny(
  file: string,
  globs: readonly string[],
  root: string | undefined,
  cwd: string | undefined,
  p: PathApi = path,
): boolean {
  const fromRoot = pathFromRoot(file, root, cwd, p);
  return globs.some((glob) => minimatch(fromRoot, normalizeGlob(glob), MATCH));
}

/**
 * Root-relative globs rewritten to match cwd-relative paths, for discovery.
 * - cwd below root (`root/sub`): the leading segments that match `sub` are dropped; a glob
 *   whose leading literal segments lead elsewhere can match nothing under cwd and is dropped;
 *   a leading `**` is kept as it is (it matches at any depth).
 * - root below cwd (`--config sub/.hvlint.yml`): globs are prefixed with `sub/`.
 * - otherwise the globs are kept as they are.
 */
export function rebaseGlobs(
  globs: readonly string[] | undefined,
  root: string | undefined,
  cwd: string,
  p: PathApi = path,
): string[] | undefined {
  if (!globs) return undefined;
  const normalized = globs.map(normalizeGlob);
  if (!root) return normalized;
  const down = p.relative(root, cwd);
  if (down === '') return normalized;
  const outside = (rel: string): boolean => rel === '..' || rel.startsWith(`..${p.sep}`) || p.isAbsolute(rel);
  const up = p.relative(cwd, root);
  if (!outside(up)) {
    const prefix = segments(up, p).join('/');
    return normalized.map((glob) => `${prefix}/${glob.replace(/^\.\//, '')}`);
  }
  if (outside(down)) return normalized;
  const below = segments(down, p);
  const out: string[] = [];
  for (const glob of normalized) {
    const parts = glob.replace(/^\.\//, '').split('/');
    let i = 0;
    let keep = true;
    for (const dir of below) {
      const part = parts[i];
      if (part === undefined) {
        keep = false;
        break;
      }
      if (part === '**') break;
      if (!minimatch(dir, part, MATCH)) {
        keep = false;
        break;
      }
      i++;
    }
    if (!keep) continue;
    const rest = parts.slice(i).join('/');
    if (rest !== '') out.push(rest);
  }
  return out;
}

/** The config's include and exclude globs, ready for `discover()` from `cwd`. */
export function discoveryGlobs(
  config: { include?: string[]; exclude?: string[]; root?: string },
  cwd: string,
  p: PathApi = path,
): { include: string[] | undefined; exclude: string[] | undefined } {
  const include = rebaseGlobs(config.include, config.root, cwd, p);
  // Every include glob points outside cwd: match nothing rather than fall back to the default.
  const none =
    config.include !== undefined && config.include.length > 0 && include !== undefined && include.length === 0;
  return { include: none ? ['!**'] : include, exclude: rebaseGlobs(config.exclude, config.root, cwd, p) };
}
