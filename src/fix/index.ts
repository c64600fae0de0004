/**
 * fix: lint, apply the fixes of fixable rules, lint again, until nothing is left to fix
 * (at most MAX_FIX_PASSES passes). Overlapping fixes are applied one per pass. Rules are
 * cross-file, so every pass re-lints the whole estate with the fixed texts in place.
 * Nothing is written here: `writeFixes` (write.ts) does that at the edge.
 */
import * as path from 'node:path';
import type { Finding } from '../types.js';
import { lint, lintTexts, type LintOptions, type LintResult } from '../lint.js';
import { nodeFileReader, type FileReader } from '../load/index.js';
import { applyFixes } from './apply.js';
import type { FileChange } from './write.js';

export type { FileChange };

export const MAX_FIX_PASSES = 10;

export interface FixOutcome {
  /** The lint result of the fixed texts. */
  result: LintResult;
  /** Files that changed, sorted by name. */
  changes: FileChange[];
  /** Fixes applied in total. */
  fixed: number;
  /** Passes that applied something. */
  passes: number;
}

/** `lint()`, with fixes applied in memory (read through an overlay of the fixed texts). */
export async function lintAndFix(options: LintOptions): Promise<FixOutcome> {
  const base = options.reader ?? nodeFileReader;
  const overlay = new Map<string, Uint8Array>();
  const reader: FileReader = {
    size: (absolute) => overlay.get(absolute)?.length ?? base.size(absolute),
    read: (absolute) => overlay.get(absolute) ?? base.read(absolute),
  };
  const relint = (texts: ReadonlyMap<string, string>, changed: Iterable<string>): Promise<LintResult> => {
    for (const file of changed) overlay.set(path.resolve(options.cwd, file), Buffer.from(texts.get(file)!, 'utf8'));
    return lint({ ...options, reader });
  };
  return fixLoop(await lint({ ...options, reader }), relint);
}

/** `lintTexts()`, with fixes applied. */
export async function lintTextsAndFix(
  files: Record<string, string>,
  options: Parameters<typeof lintTexts>[1] = {},
): Promise<FixOutcome> {
  const current = { ...files };
  const relint = (texts: ReadonlyMap<string, string>, changed: Iterable<string>): LintResult => {
    for (const file of changed) current[file] = texts.get(file)!;
    return lintTexts(current, options);
  };
  return fixLoop(lintTexts(current, options), relint);
}

async function fixLoop(
  first: LintResult,
  relint: (texts: ReadonlyMap<string, string>, changed: Iterable<string>) => LintResult | Promise<LintResult>,
): Promise<FixOutcome> {
  const before = new Map([...first.sources].map(([file, source]) => [file, source.text]));
  let texts: ReadonlyMap<string, string> = before;
  const fixesByFile = new Map<string, Finding[]>();
  let result = first;
  let fixed = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const pass = applyFixes(texts, result.findings);
    if (pass.applied.length === 0) break;
    passes++;
    fixed += pass.applied.length;
    for (const finding of pass.applied) {
      for (const file of new Set(finding.fix!.edits.map((e) => e.file))) {
        const list = fixesByFile.get(file) ?? [];
        list.push(finding);
        fixesByFile.set(file, list);
      }
    }
    const changed = [...pass.texts.keys()].filter((file) => pass.texts.get(file) !== texts.get(file));
    texts = pass.texts;
    result = await relint(texts, changed);
  }
  const changes: FileChange[] = [];
  for (const [file, after] of texts) {
    const original = before.get(file)!;
    if (after !== original) changes.push({ file, before: original, after, fixes: fixesByFile.get(file) ?? [] });
  }
  changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { result, changes, fixed, passes };
}

export { applyFixes, applyEdits } from './apply.js';
export { unifiedDiff } from './diff.js';
export { writeFixes } from './write.js';
export { formatFixSuggestions } from './suggestions.js';
