/**
 * Globs in `.hvlint.yml` are relative to the config's directory (the project root), while
 * discovery and findings use paths relative to the working directory, which may be a
 * subdirectory (the config is found by walking up). These helpers translate between the two.
 */
import * as path from 'node:path';
import { minimatch } from 'minimatch';

const MATCH = { dot: true };

function segments(relative: string): string[] {
  return relative
    .split(path.sep)
    .join('/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
}

/** A working-directory-relative file path, as the config's globs see it. */
export function pathFromRoot(file: string, root: string | undefined, cwd: string | undefined): string {
  if (!root || !cwd) return file;
  const relative = path.relative(root, path.resolve(cwd, file));
  return relative.split(path.sep).join('/');
}

/** Whether `file` (relative to cwd) matches any of the root-relative globs. */
export function matchesAny(
  file: string,
  globs: readonly string[],
  root: string | undefined,
  cwd: string | undefined,
): boolean {
  const fromRoot = pathFromRoot(file, root, cwd);
  return globs.some((glob) => minimatch(fromRoot, glob, MATCH));
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
): string[] | undefined {
  if (!globs || !root) return globs ? [...globs] : undefined;
  const down = path.relative(root, cwd);
  if (down === '') return [...globs];
  const up = path.relative(cwd, root);
  if (!up.startsWith('..') && !path.isAbsolute(up)) {
    const prefix = segments(up).join('/');
    return globs.map((glob) => `${prefix}/${glob.replace(/^\.\//, '')}`);
  }
  if (down.startsWith('..') || path.isAbsolute(down)) return [...globs];
  const below = segments(down);
  const out: string[] = [];
  for (const glob of globs) {
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
): { include: string[] | undefined; exclude: string[] | undefined } {
  const include = rebaseGlobs(config.include, config.root, cwd);
  // Every include glob points outside cwd: match nothing rather than fall back to the default.
  const none =
    config.include !== undefined && config.include.length > 0 && include !== undefined && include.length === 0;
  return { include: none ? ['!**'] : include, exclude: rebaseGlobs(config.exclude, config.root, cwd) };
}
