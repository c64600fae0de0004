/**
 * discover: paths and include/exclude globs → the files to lint, in a stable order.
 * Symbolic links are never followed out of the workspace, and linked directories are not
 * descended (no cycles); a link to a file inside the workspace is read like the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { CONFIG_NAMES } from '../config/names.js';
import { isInside, realpathOr } from '../util/paths.js';

export const DEFAULT_INCLUDE = ['**/*.{yml,yaml}'];
export const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** hvlint's own config is not a manifest file (it is read and checked by src/config). */
export const CONFIG_FILE_NAMES = new Set(CONFIG_NAMES);

export interface DiscoverOptions {
  /** Absolute directory that relative paths, globs and output are relative to. */
  cwd: string;
  /** Files or directories; defaults to `cwd`. */
  paths: string[];
  include?: string[];
  exclude?: string[];
}

export interface DiscoveredFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to cwd, `/`-separated. */
  file: string;
  /** Set when the file must not be read, with the reason. */
  refused?: string;
}

export function toDisplayPath(cwd: string, absolute: string): string {
  const rel = path.relative(cwd, absolute) || path.basename(absolute);
  return rel.split(path.sep).join('/');
}

export function discover(options: DiscoverOptions): { files: DiscoveredFile[]; missing: string[] } {
  const cwd = options.cwd;
  const include = options.include && options.include.length > 0 ? options.include : DEFAULT_INCLUDE;
  const exclude = options.exclude ?? [];
  const matchOpts = { dot: true, nocase: false };
  const isIncluded = (rel: string): boolean => include.some((g) => minimatch(rel, g, matchOpts));
  const isExcluded = (rel: string): boolean =>
    exclude.some((g) => minimatch(rel, g, matchOpts) || minimatch(rel, `${g.replace(/\/$/, '')}/**`, matchOpts));
  const workspace = realpathOr(cwd);
  const found = new Map<string, DiscoveredFile>();
  const missing: string[] = [];

  const addFile = (absolute: string, explicit: boolean, isLink: boolean, root?: string): void => {
    const file = toDisplayPath(cwd, absolute);
    // Below a directory given outside the working directory, globs match the path inside that directory.
    const rel = root && file.startsWith('../') ? toDisplayPath(root, absolute) : file;
    if (isExcluded(rel)) return;
    if (!explicit && !isIncluded(rel)) return;
    if (found.has(file)) return;
    const entry: DiscoveredFile = { absolute, file };
    if (isLink) {
      const target = realpathOr(absolute);
      if (!isInside(workspace, target))
        entry.refused = `symbolic link to ${target}, outside the workspace ${workspace}: not followed`;
    }
    found.set(file, entry);
  };

  const walk = (dir: string, root: string): void => {
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
        const rel = toDisplayPath(cwd, absolute);
        if (exclude.length > 0 && isExcluded(rel)) continue;
        walk(absolute, root);
      } else if (entry.isFile()) {
        if (CONFIG_FILE_NAMES.has(entry.name)) continue;
        addFile(absolute, false, false, root);
      } else if (entry.isSymbolicLink()) {
        let stat: fs.Stats | undefined;
        try {
          stat = fs.statSync(absolute);
        } catch {
          stat = undefined; // dangling link: reported like any unreadable file when matched
        }
        if (stat?.isDirectory()) continue;
        addFile(absolute, false, true, root);
      }
    }
  };

  const roots = options.paths.length > 0 ? options.paths : ['.'];
  for (const p of roots) {
    const absolute = path.resolve(cwd, p);
    let lstat: fs.Stats;
    try {
      lstat = fs.lstatSync(absolute);
    } catch {
      missing.push(p);
      continue;
    }
    if (lstat.isDirectory()) walk(absolute, absolute);
    else if (lstat.isSymbolicLink()) {
      let stat: fs.Stats | undefined;
      try {
        stat = fs.statSync(absolute);
      } catch {
        stat = undefined;
      }
      if (stat?.isDirectory()) {
        if (isInside(workspace, realpathOr(absolute))) walk(absolute, absolute);
        else addFile(absolute, true, true);
      } else addFile(absolute, true, true);
    } else addFile(absolute, true, false);
  }
  const files = [...found.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, missing };
}
