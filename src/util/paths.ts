/**
 * Path logic shared by discovery, the config and the faces. The pure functions take the path
 * module (`node:path` by default) so that tests run them with Windows semantics (`path.win32`:
 * drive letters, backslashes, UNC paths, case-insensitive comparison) on any platform.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The part of `node:path` the path logic uses: `path.posix` and `path.win32` both fit. */
export type PathApi = Pick<
  typeof path.posix,
  'resolve' | 'relative' | 'isAbsolute' | 'dirname' | 'basename' | 'join' | 'sep'
>;

/** The real path of `p` (links resolved), or `p` resolved as it stands when it cannot be read. */
export function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** `target` relative to `root`, `/`-separated, or undefined when it lies outside root (another drive included). */
export function relativeBelow(root: string, target: string, p: PathApi = path): string | undefined {
  const rel = p.relative(root, target);
  if (rel === '..' || rel.startsWith(`..${p.sep}`) || p.isAbsolute(rel)) return undefined;
  return rel.split(p.sep).join('/');
}

/** Whether `target` is `root` or lies below it (on Windows, whatever the case of either). */
export function isInside(root: string, target: string, p: PathApi = path): boolean {
  return relativeBelow(root, target, p) !== undefined;
}

/**
 * How findings name a file: relative to `cwd`, `/`-separated on every platform. A file on
 * another drive (Windows) keeps its absolute path, with `/`.
 */
export function displayPath(cwd: string, absolute: string, p: PathApi = path): string {
  const rel = p.relative(cwd, absolute) || p.basename(absolute);
  return rel.split(p.sep).join('/');
}

/** The deepest folder that holds every one of `dirs` (absolute), or undefined when there is none (different drives). */
export function commonDirectory(dirs: readonly string[], p: PathApi = path): string | undefined {
  let common: string | undefined = dirs[0];
  for (const dir of dirs.slice(1)) {
    while (common !== undefined && !isInside(common, dir, p)) {
      const parent = p.dirname(common);
      common = parent === common ? undefined : parent;
    }
  }
  return common;
}

/** Characters that make an argument a glob (minimatch's, extglobs included). */
const GLOB_MAGIC = /[*?[\]{}]|[!?+*@]\(/;

/**
 * A path argument that names no file but holds glob characters (`estate/*.yaml` quoted in a
 * shell, `C:\repo\estate\*.yaml` from PowerShell or cmd, which do not expand globs): the
 * folder to walk (its leading segments without glob characters, resolved against cwd) and
 * the `/`-separated pattern for the paths below it. On Windows a backslash separates folders;
 * elsewhere it escapes a glob character, as in minimatch. Undefined when there are no glob characters.
 */
export function globArgument(
  arg: string,
  cwd: string,
  p: PathApi = path,
): { base: string; pattern: string } | undefined {
  const slashed = p.sep === '\\' ? arg.replace(/\\/g, '/') : arg;
  if (!GLOB_MAGIC.test(slashed)) return undefined;
  const segments = slashed.split('/');
  const first = segments.findIndex((s) => GLOB_MAGIC.test(s));
  const fixed = segments.slice(0, first);
  const pattern = segments.slice(first).join('/');
  // `/x` and `C:/x` keep their root; a UNC `//server/share` keeps both slashes.
  const baseText = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  return { base: p.resolve(cwd, baseText), pattern };
}

/** The nearest folder from `start` upwards that holds `.git` (a directory, or a worktree's file), or undefined. */
export function repositoryRoot(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
