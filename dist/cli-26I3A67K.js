import { createRequire as __hvlintCreateRequire } from 'node:module';
const require = __hvlintCreateRequire(import.meta.url);
import {
  lint
} from "./cli-HLRBK3TU.js";
import {
  decode,
  nodeFileReader
} from "./cli-YGPPNYVY.js";

// src/fix/diff.ts
function splitLines(text) {
  if (text === "") return { lines: [], noFinalNewline: false };
  const lines = text.split("\n").map((l) => l.replace(/\r$/, ""));
  const noFinalNewline = !text.endsWith("\n");
  if (!noFinalNewline) lines.pop();
  return { lines, noFinalNewline };
}
function diffLines(a, b) {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix])
    suffix++;
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  const middle = myers(x, y);
  return [
    ...a.slice(0, prefix).map((line) => ({ kind: " ", line })),
    ...middle,
    ...a.slice(a.length - suffix).map((line) => ({ kind: " ", line }))
  ];
}
function myers(a, b) {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x2 = k === -d || k !== d && v[offset + k - 1] < v[offset + k + 1] ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y2 = x2 - k;
      while (x2 < n && y2 < m && a[x2] === b[y2]) {
        x2++;
        y2++;
      }
      next[offset + k] = x2;
      if (x2 >= n && y2 >= m) {
        found = true;
        break;
      }
    }
    v = next;
  }
  trace.push(v);
  const ops = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    const prev = trace[d];
    const k = x - y;
    const down = k === -d || k !== d && prev[offset + k - 1] < prev[offset + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: " ", line: a[--x] });
      y--;
    }
    if (d === 0) break;
    if (down) ops.push({ kind: "+", line: b[--y] });
    else ops.push({ kind: "-", line: a[--x] });
  }
  return ops.reverse();
}
function unifiedDiff(file, before, after, context = 3) {
  if (before === after) return "";
  const a = splitLines(before);
  const b = splitLines(after);
  const ops = diffLines(a.lines, b.lines);
  const out = [`--- a/${file}`, `+++ b/${file}`];
  let i = 0;
  const posA = [];
  const posB = [];
  let la = 1;
  let lb = 1;
  for (const op of ops) {
    posA.push(la);
    posB.push(lb);
    if (op.kind !== "+") la++;
    if (op.kind !== "-") lb++;
  }
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      continue;
    }
    const start = Math.max(0, i - context);
    let end = i;
    for (; ; ) {
      while (end < ops.length && ops[end].kind !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next].kind === " ") next++;
      if (next < ops.length && next - end <= 2 * context) end = next;
      else {
        end = Math.min(ops.length, end + context);
        break;
      }
    }
    const hunk = ops.slice(start, end);
    const countA = hunk.filter((op) => op.kind !== "+").length;
    const countB = hunk.filter((op) => op.kind !== "-").length;
    const startA = countA === 0 ? posA[start] - 1 : posA[start];
    const startB = countB === 0 ? posB[start] - 1 : posB[start];
    out.push(`@@ -${startA},${countA} +${startB},${countB} @@`);
    for (let j = start; j < end; j++) {
      const op = ops[j];
      out.push(`${op.kind}${op.line}`);
      const lastOfA = op.kind !== "+" && posA[j] === a.lines.length;
      const lastOfB = op.kind !== "-" && posB[j] === b.lines.length;
      if (lastOfA && a.noFinalNewline && op.kind === "-" || lastOfB && b.noFinalNewline && op.kind === "+" || op.kind === " " && lastOfA && lastOfB && a.noFinalNewline && b.noFinalNewline) {
        out.push("\\ No newline at end of file");
      }
    }
    i = end;
  }
  return out.join("\n") + "\n";
}

// src/fix/write.ts
import * as fs from "node:fs";
import * as path from "node:path";
function encode(text, encoding) {
  switch (encoding) {
    case "utf-8":
      return Buffer.from(text, "utf8");
    case "utf-8-bom":
      return Buffer.concat([Buffer.from([239, 187, 191]), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from([255, 254]), Buffer.from(text, "utf16le")]);
    case "utf-16be": {
      const le = Buffer.from(text, "utf16le");
      return Buffer.concat([Buffer.from([254, 255]), le.swap16()]);
    }
  }
}
function writeFixes(cwd, changes) {
  const outcome = { written: [], failed: [] };
  for (const change of changes) {
    const absolute = path.resolve(cwd, change.file);
    try {
      const decoded = decode(fs.readFileSync(absolute));
      if (!decoded.ok || decoded.text !== change.before) {
        outcome.failed.push({
          file: change.file,
          reason: "the file changed since it was read: run hvlint --fix again"
        });
        continue;
      }
      fs.writeFileSync(absolute, encode(change.after, decoded.encoding));
      outcome.written.push(change.file);
    } catch (error) {
      outcome.failed.push({
        file: change.file,
        reason: error.code ?? error.message
      });
    }
  }
  return outcome;
}

// src/fix/index.ts
import * as path2 from "node:path";

// src/fix/apply.ts
function applyFixes(texts, findings) {
  const taken = /* @__PURE__ */ new Map();
  const edits = /* @__PURE__ */ new Map();
  const applied = [];
  const skipped = [];
  for (const finding of findings) {
    if (!finding.fix || finding.suppressed || finding.fix.edits.length === 0) continue;
    if (!finding.fix.edits.every(
      (e) => texts.has(e.file) && e.startOffset >= 0 && e.startOffset <= e.endOffset && e.endOffset <= texts.get(e.file).length
    ))
      continue;
    const mine = finding.fix.edits.map((edit) => normalizeEdit(texts.get(edit.file), edit)).filter((edit) => texts.get(edit.file).slice(edit.startOffset, edit.endOffset) !== edit.text);
    if (mine.length === 0) continue;
    const conflict = mine.some(
      (edit, i) => (taken.get(edit.file) ?? []).some((span) => overlaps(span, edit)) || mine.some((other, j) => j !== i && other.file === edit.file && overlaps(other, edit))
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
  for (const [file, list] of edits) out.set(file, applyEdits(texts.get(file), list));
  return { texts: out, applied, skipped };
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => b.startOffset - a.startOffset || b.endOffset - a.endOffset);
  let out = text;
  for (const edit of sorted) out = out.slice(0, edit.startOffset) + edit.text + out.slice(edit.endOffset);
  return out;
}
function overlaps(a, b) {
  const [as, ae] = "startOffset" in a ? [a.startOffset, a.endOffset] : [a.start, a.end];
  const [bs, be] = "startOffset" in b ? [b.startOffset, b.endOffset] : [b.start, b.end];
  return as < be && bs < ae || as === bs;
}
function normalizeEdit(text, edit) {
  if (!usesCrlf(text) || !edit.text.includes("\n")) return edit;
  return { ...edit, text: edit.text.replace(/\r?\n/g, "\r\n") };
}
function usesCrlf(text) {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r";
}

// src/fix/index.ts
var MAX_FIX_PASSES = 10;
async function lintAndFix(options) {
  const base = options.reader ?? nodeFileReader;
  const overlay = /* @__PURE__ */ new Map();
  const reader = {
    size: (absolute) => overlay.get(absolute)?.length ?? base.size(absolute),
    read: (absolute) => overlay.get(absolute) ?? base.read(absolute)
  };
  const relint = (texts, changed) => {
    for (const file of changed) overlay.set(path2.resolve(options.cwd, file), Buffer.from(texts.get(file), "utf8"));
    return lint({ ...options, reader });
  };
  return fixLoop(await lint({ ...options, reader }), relint);
}
async function fixLoop(first, relint) {
  const before = new Map([...first.sources].map(([file, source]) => [file, source.text]));
  let texts = before;
  const fixesByFile = /* @__PURE__ */ new Map();
  let result = first;
  let fixed = 0;
  let passes = 0;
  while (passes < MAX_FIX_PASSES) {
    const pass = applyFixes(texts, result.findings);
    if (pass.applied.length === 0) break;
    passes++;
    fixed += pass.applied.length;
    for (const finding of pass.applied) {
      for (const file of new Set(finding.fix.edits.map((e) => e.file))) {
        const list = fixesByFile.get(file) ?? [];
        list.push(finding);
        fixesByFile.set(file, list);
      }
    }
    const changed = [...pass.texts.keys()].filter((file) => pass.texts.get(file) !== texts.get(file));
    texts = pass.texts;
    result = await relint(texts, changed);
  }
  const changes = [];
  for (const [file, after] of texts) {
    const original = before.get(file);
    if (after !== original) changes.push({ file, before: original, after, fixes: fixesByFile.get(file) ?? [] });
  }
  changes.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { result, changes, fixed, passes };
}

export {
  applyEdits,
  unifiedDiff,
  writeFixes,
  lintAndFix
};
