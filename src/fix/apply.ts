/**
 * Applying fixes to texts: minimal edits by offset, everything else (comments, order,
 * indentation, line endings) left as it is. When two fixes touch overlapping text the first
 * (in report order) wins and the other waits for the next pass, which re-lints the result.
 */
import type { Finding, TextEdit } from '../types.js';

export interface AppliedFixes {
  /** Texts after this pass (unchanged files included). */
  texts: Map<string, string>;
  /** Findings whose fix was applied. */
  applied: Finding[];
  /** Findings whose fix overlapped an earlier one: they are tried again on the next pass. */
  skipped: Finding[];
}

interface Span {
  start: number;
  end: number;
}

/** Apply the fixes of unsuppressed findings to `texts`, first come first served. */
export function applyFixes(texts: ReadonlyMap<string, string>, findings: readonly Finding[]): AppliedFixes {
  const taken = new Map<string, Span[]>();
  const edits = new Map<string, TextEdit[]>();
  const applied: Finding[] = [];
  const skipped: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix || finding.suppressed || finding.fix.edits.length === 0) continue;
    if (
      !finding.fix.edits.every(
        (e) =>
          texts.has(e.file) &&
          e.startOffset >= 0 &&
          e.startOffset <= e.endOffset &&
          e.endOffset <= texts.get(e.file)!.length,
      )
    )
      continue;
    const mine = finding.fix.edits
      .map((edit) => normalizeEdit(texts.get(edit.file)!, edit))
      .filter((edit) => texts.get(edit.file)!.slice(edit.startOffset, edit.endOffset) !== edit.text);
    if (mine.length === 0) continue; // already in the fixed state
    const conflict = mine.some(
      (edit, i) =>
        (taken.get(edit.file) ?? []).some((span) => overlaps(span, edit)) ||
        mine.some((other, j) => j !== i && other.file === edit.file && overlaps(other, edit)),
    );
    if (conflict) {
      skipped.push(finding);
      continue;
    }
    for (const edit of mine) {
      const spans = taken.get(edit.file) ?? [];
      spans.push({ start: edit.startOffset, end: edit.endOffset });
      taken.set(edit.file, spans);
      const list = edits.get(edit.file) ?? [];
      list.push(edit);
      edits.set(edit.file, list);
    }
    applied.push(finding);
  }
  const out = new Map(texts);
  for (const [file, list] of edits) out.set(file, applyEdits(texts.get(file)!, list));
  return { texts: out, applied, skipped };
}

/** Apply non-overlapping edits to one text. */
export function applyEdits(
  text: string,
  edits: readonly Pick<TextEdit, 'startOffset' | 'endOffset' | 'text'>[],
): string {
  const sorted = [...edits].sort((a, b) => b.startOffset - a.startOffset || b.endOffset - a.endOffset);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.startOffset) + edit.text + out.slice(edit.endOffset);
  return out;
}

/** Touching the same text, or inserting at the same point. Edits that only meet at a boundary do not overlap. */
function overlaps(a: Span | TextEdit, b: Span | TextEdit): boolean {
  const [as, ae] = 'startOffset' in a ? [a.startOffset, a.endOffset] : [a.start, a.end];
  const [bs, be] = 'startOffset' in b ? [b.startOffset, b.endOffset] : [b.start, b.end];
  return (as < be && bs < ae) || as === bs;
}

/** Replacements follow the file's line endings. (Quotes are kept where findings are made: rules/run.ts.) */
function normalizeEdit(text: string, edit: TextEdit): TextEdit {
  if (!usesCrlf(text) || !edit.text.includes('\n')) return edit;
  return { ...edit, text: edit.text.replace(/\r?\n/g, '\r\n') };
}

function usesCrlf(text: string): boolean {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r';
}
