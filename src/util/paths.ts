import * as fs from 'node:fs';
import * as path from 'node:path';

/** The real path of `p` (links resolved), or `p` resolved as it stands when it cannot be read. */
export function realpathOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** Whether `target` is `root` or lies below it. */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
