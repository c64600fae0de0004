/**
 * discover: paths and include/exclude globs → the files to lint, in a stable order.
 * A path the user names is always linted, wherever it is. Symbolic links met while walking are
 * never followed out of the workspace (the working directory, or the named directory when that
 * lies outside it), and linked directories are not descended (no cycles); a link to a file
 * inside the workspace is read like the file.
 *
 * Globs are relative to `base` (the config's directory, else cwd). A file outside `base` (a named
 * directory elsewhere, `hvlint ..` from a subfolder) is matched against the default include,
 * relative to the directory the user named: the config's globs do not reach outside its root.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_NAMES } from '../config/names.js';
import { GLOB_OPTIONS, normalizeGlob } from '../config/globs.js';
import { displayPath, globArgument, isInside, realpathOr, relativeBelow } from '../util/paths.js';

export const DEFAULT_INCLUDE = ['**/*.{yml,yaml}'];
export const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** hvlint's own config is not a manifest file (it is read and checked by src/config). */
export const CONFIG_FILE_NAMES = new Set(CONFIG_NAMES);

export interface DiscoverOptions {
  /** Absolute directory that relative paths, globs and output are relative to. */
  cwd: string;
  /** Files or directories; defaults to `cwd`. */
  paths: string[];
  /** Globs relative to `base`. */
  include?: string[];
  exclude?: string[];
  /** Absolute directory the globs are relative to; default: cwd. */
  base?: string;
}

export interface DiscoveredFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to cwd, `/`-separated. */
  file: string;
  /** Set when the file must not be read, with the reason. */
  refused?: string;
  /** Indexes in the given paths of the paths that led here. */
  origins?: number[];
}

/** A file's name in findings: relative to cwd, `/`-separated (see util/paths.ts). */
export function toDisplayPath(cwd: string, absolute: string): string {
  return displayPath(cwd, absolute);
}

const below = (root: string, absolute: string): string | undefined => relativeBelow(root, absolute);

interface WalkContext {
  /** The directory being walked (a named one, or a glob argument's fixed part). */
  root: string;
  /** Where symbolic links met while walking must stay. */
  workspace: string;
  /** A glob argument's pattern, relative to `root`: the files it matches, instead of the config's include. */
  pattern?: string;
}

export function discover(options: DiscoverOptions): { files: DiscoveredFile[]; missing: string[] } {
  const cwd = options.cwd;
  const base = options.base ?? cwd;
  const include = (options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE).map(
    normalizeGlob,
  );
  const exclude = (options.exclude ?? []).map(normalizeGlob);
  const matchOpts = GLOB_OPTIONS;
  const matches = (rel: string, globs: readonly string[]): boolean => globs.some((g) => minimatch(rel, g, matchOpts));
  const excludedBy = (rel: string, globs: readonly string[]): boolean =>
    globs.some((g) => minimatch(rel, g, matchOpts) || minimatch(rel, `${g.replace(/\/$/, '')}/**`, matchOpts));
  /** The config's globs inside base; the default include, relative to the walked directory, outside it. */
  const isExcluded = (absolute: string): boolean => {
    const rel = below(base, absolute);
    return rel !== undefined && rel !== '' && excludedBy(rel, exclude);
  };
  const isIncluded = (absolute: string, walkRoot: string, pattern?: string): boolean => {
    // A glob argument names its files: they match it, whatever the config includes.
    if (pattern !== undefined) return minimatch(below(walkRoot, absolute) ?? '', pattern, matchOpts);
    const rel = below(base, absolute);
    if (rel !== undefined) return matches(rel, include);
    return matches(below(walkRoot, absolute) ?? path.basename(absolute), DEFAULT_INCLUDE);
  };
  const cwdReal = realpathOr(cwd);
  const found = new Map<string, DiscoveredFile>();
  const missing: string[] = [];

  const addFile = (absolute: string, origin: number, walk: WalkContext | undefined, isLink = false): void => {
    const file = toDisplayPath(cwd, absolute);
    const seen = found.get(file);
    if (seen) {
      if (seen.origins && !seen.origins.includes(origin)) seen.origins.push(origin);
      return;
    }
    if (walk) {
      // Only files met while walking are filtered: a file the user names is linted.
      if (isExcluded(absolute) || !isIncluded(absolute, walk.root, walk.pattern)) return;
    }
    const entry: DiscoveredFile = { absolute, file, origins: [origin] };
    if (walk && isLink) {
      const target = realpathOr(absolute);
      if (!isInside(walk.workspace, target))
        entry.refused = `symbolic link to ${target}, outside the workspace ${walk.workspace}: not followed`;
    }
    found.set(file, entry);
  };

  const walk = (dir: string, origin: number, context: WalkContext): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const absolute = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(entry.name)) continue;
        if (exclude.length > 0 && isExcluded(absolute)) continue;
        walk(absolute, origin, context);
      } else if (entry.isFile()) {
        if (CONFIG_FILE_NAMES.has(entry.name)) continue;
        addFile(absolute, origin, context);
      } else if (entry.isSymbolicLink()) {
        let stat: fs.Stats | undefined;
        try {
          stat = fs.statSync(absolute);
        } catch {
          stat = undefined; // dangling link: reported like any unreadable file when matched
        }
        if (stat?.isDirectory()) continue;
        addFile(absolute, origin, context, true);
      }
    }
  };

  const roots = options.paths.length > 0 ? options.paths : ['.'];
  roots.forEach((p, origin) => {
    const absolute = path.resolve(cwd, p);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(absolute);
    } catch {
      // No such path: a glob the shell did not expand (PowerShell and cmd never do) is expanded here.
      const glob = globArgument(p, cwd);
      const baseStat = glob && fs.statSync(glob.base, { throwIfNoEntry: false });
      if (glob && baseStat?.isDirectory()) {
        const real = realpathOr(glob.base);
        const workspace = isInside(cwdReal, real) ? cwdReal : real;
        walk(glob.base, origin, { root: glob.base, workspace, pattern: glob.pattern });
        if ([...found.values()].some((f) => f.origins?.includes(origin))) return;
      }
      missing.push(p);
      return;
    }
    if (stat.isDirectory()) {
      // A named directory is walked even through a link; links inside it stay inside the
      // working directory, or inside the named directory when the user pointed elsewhere.
      const real = realpathOr(absolute);
      const workspace = isInside(cwdReal, real) ? cwdReal : real;
      walk(absolute, origin, { root: absolute, workspace });
    } else addFile(absolute, origin, undefined);
  });
  const files = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, missing };
}
