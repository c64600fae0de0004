/**
 * A fast path for js-yaml's `parseEvents` on the plain YAML manifests are written in.
 *
 * Parsing is most of hvlint's time, and js-yaml's general parser spends it on generality.
 * This reads the common subset (block mappings and sequences, plain keys, plain and
 * single-line quoted scalars, one-line flow collections, comments, `---`) and produces the
 * very events `parseEvents` would: same types, offsets, styles and flags. Anything else
 * (anchors, aliases, tags, block scalars, multi-line scalars or flows, escapes, explicit
 * keys, indentless sequences, directives, `...`, tabs, CR, BOMs, control characters, deep
 * nesting, and anything js-yaml would reject) makes it give up on the whole text and return
 * undefined, and the caller uses `parseEvents`. __tests__/load/fast-events.test.ts holds it
 * to `parseEvents`, event for event.
 */
import { CHOMPING_MODE, COLLECTION_STYLE, EVENT_ID, SCALAR_STYLE } from 'js-yaml';
import type {
  CollectionStyle,
  DocumentEvent,
  Event,
  MappingEvent,
  PopEvent,
  ScalarEvent,
  ScalarStyle,
  SequenceEvent,
} from 'js-yaml';

const { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED } = SCALAR_STYLE;
const { BLOCK, FLOW } = COLLECTION_STYLE;

/** Texts with any character outside this set go to js-yaml (tabs, CR, NUL, controls, BOM, lone surrogates). */
const OUTSIDE_SUBSET = /[^\n\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
const MAX_NESTING = 20;

const SPACE = 0x20;
const LF = 0x0a;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const DOT = 0x2e;

/** Thrown (one shared instance: no stack is captured per throw) when the text leaves the subset. */
class GiveUp extends Error {}
const GIVE_UP = new GiveUp('outside the fast subset');

/** The events of `text`, or undefined when it is outside the subset (use js-yaml). */
export function fastEvents(text: string, maxDepth: number): Event[] | undefined {
  // js-yaml counts depth per node; within MAX_NESTING collections it stays far below 32.
  if (maxDepth < 32 || OUTSIDE_SUBSET.test(text)) return undefined;
  try {
    return new FastParser(text).stream();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

function scalar(valueStart: number, valueEnd: number, style: ScalarStyle, fast: boolean): ScalarEvent {
  return {
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart: -1,
    anchorEnd: -1,
    tagStart: -1,
    tagEnd: -1,
    style,
    chomping: CHOMPING_MODE.CLIP,
    indent: -1,
    fast,
  };
}

function emptyScalar(): ScalarEvent {
  return scalar(-1, -1, PLAIN, false);
}

function collection(
  type: typeof EVENT_ID.MAPPING | typeof EVENT_ID.SEQUENCE,
  start: number,
  style: CollectionStyle,
): MappingEvent | SequenceEvent {
  return { type, start, anchorStart: -1, anchorEnd: -1, tagStart: -1, tagEnd: -1, style };
}

const POP = (): PopEvent => ({ type: EVENT_ID.POP });

const isFlowIndicator = (c: number): boolean => c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;

class FastParser {
  private readonly t: string;
  private readonly n: number;
  private readonly events: Event[] = [];
  /** Indent of the line `nextContent` stopped on. */
  private indent = 0;

  constructor(text: string) {
    this.t = text;
    this.n = text.length;
  }

  private at(p: number): number {
    return p < this.n ? this.t.charCodeAt(p) : 0;
  }

  /** Whether position p (a line start) holds `---` or `...` followed by a space, a line break or the end. */
  private boundary(p: number): boolean {
    const c = this.at(p);
    if ((c !== DASH && c !== DOT) || this.at(p + 1) !== c || this.at(p + 2) !== c) return false;
    const next = this.at(p + 3);
    return next === 0 || next === SPACE || next === LF;
  }

  /** From a line start: skip blank and comment lines; the first other character (this.indent set), or n. */
  private nextContent(p: number): number {
    const t = this.t;
    const n = this.n;
    while (p < n) {
      const lineStart = p;
      let c = t.charCodeAt(p);
      while (c === SPACE) c = ++p < n ? t.charCodeAt(p) : 0;
      if (p >= n) return n;
      if (c === LF) {
        p++;
        continue;
      }
      if (c === HASH) {
        const eol = t.indexOf('\n', p);
        if (eol === -1) return n;
        p = eol + 1;
        continue;
      }
      this.indent = p - lineStart;
      return p;
    }
    return n;
  }

  /**
   * From a line start: skip lines of spaces only; the indent of the next line with anything
   * on it. At the end of the text, the spaces on the last line (js-yaml compares those too).
   */
  private nextNonBlankIndent(p: number): number {
    const t = this.t;
    const n = this.n;
    for (;;) {
      const lineStart = p;
      let c = p < n ? t.charCodeAt(p) : 0;
      while (c === SPACE) c = ++p < n ? t.charCodeAt(p) : 0;
      if (c !== LF) return p - lineStart;
      p++;
    }
  }

  /** After a node on its line: only spaces and a comment may follow. Returns the next line's start. */
  private endOfLine(p: number): number {
    const t = this.t;
    let c = this.at(p);
    const afterNode = p;
    while (c === SPACE) c = this.at(++p);
    if (c === LF) return p + 1;
    if (c === 0) return this.n;
    if (c === HASH && p > afterNode) {
      const eol = t.indexOf('\n', p);
      return eol === -1 ? this.n : eol + 1;
    }
    throw GIVE_UP;
  }

  stream(): Event[] {
    let p = 0;
    for (;;) {
      p = this.nextContent(p);
      if (p >= this.n) return this.events;
      if (this.indent !== 0) throw GIVE_UP;
      let explicitStart = false;
      const c = this.t.charCodeAt(p);
      if (c === 0x25 /* % */ || (c === DOT && this.boundary(p))) throw GIVE_UP;
      if (c === DASH && this.boundary(p)) {
        explicitStart = true;
        p = this.endOfLine(p + 3); // content on the `---` line: not in the subset
        p = this.nextContent(p);
      }
      const document: DocumentEvent = {
        type: EVENT_ID.DOCUMENT,
        explicitStart,
        explicitEnd: false,
        directives: [],
      };
      this.events.push(document);
      if (p >= this.n || (this.indent === 0 && this.boundary(p))) {
        this.events.push(emptyScalar());
      } else {
        if (this.indent !== 0) throw GIVE_UP;
        p = this.isEntry(p) ? this.sequence(p, 0, 1) : this.mapping(p, 0, 1);
        if (p < this.n && !(this.indent === 0 && this.boundary(p))) throw GIVE_UP;
        if (p < this.n && this.t.charCodeAt(p) === DOT) throw GIVE_UP;
      }
      this.events.push(POP());
    }
  }

  /** `- ` (or `-` at the end of a line or the text) at p. */
  private isEntry(p: number): boolean {
    if (this.at(p) !== DASH) return false;
    const next = this.at(p + 1);
    return next === SPACE || next === LF || next === 0;
  }

  /** Whether a plain scalar may start at p (js-yaml's canStartPlainScalar, minus what the subset leaves out). */
  private plainStart(p: number, inFlow: boolean): boolean {
    const c = this.at(p);
    switch (c) {
      case 0:
      case SPACE:
      case LF:
      case HASH:
      case 0x26:
      case 0x2a:
      case 0x21:
      case 0x7c:
      case 0x3e:
      case 0x27:
      case 0x22:
      case 0x25:
      case 0x40:
      case 0x60:
      case 0x2c:
      case 0x5b:
      case 0x5d:
      case 0x7b:
      case 0x7d:
        return false;
    }
    if (c === 0x3f || c === DASH || c === COLON) {
      const next = this.at(p + 1);
      if (next === 0 || next === SPACE || next === LF || (inFlow && isFlowIndicator(next))) return false;
    }
    return true;
  }

  /**
   * A block mapping whose first key is at p, in column `col`. Returns the start of the first
   * content line after it (this.indent set), or n.
   */
  private mapping(p: number, col: number, depth: number): number {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    this.events.push(collection(EVENT_ID.MAPPING, p, BLOCK));
    for (;;) {
      // The key: a plain scalar ending at `: ` (or `:` at the end of the line).
      if (!this.plainStart(p, false)) throw GIVE_UP;
      const keyStart = p;
      let keyEnd = p;
      for (;;) {
        const c = p < n ? t.charCodeAt(p) : 0;
        if (c === COLON) {
          const next = this.at(p + 1);
          if (next === SPACE || next === LF || next === 0) break;
        } else if (c === LF || c === 0 || (c === HASH && t.charCodeAt(p - 1) === SPACE)) {
          throw GIVE_UP; // no `:` on the line
        }
        if (c !== SPACE) keyEnd = p + 1;
        p++;
      }
      this.events.push(scalar(keyStart, keyEnd, PLAIN, true));
      p++; // the colon
      p = this.value(p, col, depth);
      // p: the start of the next content line, this.indent its indent
      if (p >= n || this.indent < col) break;
      if (this.indent > col) throw GIVE_UP; // js-yaml: bad indentation of a mapping entry
      if (col === 0 && this.boundary(p)) break;
      if (this.isEntry(p)) throw GIVE_UP;
    }
    this.events.push(POP());
    return p;
  }

  /** The value after `key:` at p; returns the start of the next content line. */
  private value(p: number, col: number, depth: number): number {
    const t = this.t;
    const n = this.n;
    let c = this.at(p);
    while (c === SPACE) c = this.at(++p);
    if (c === HASH) {
      const eol = t.indexOf('\n', p);
      p = eol === -1 ? n : eol;
      c = this.at(p);
    }
    if (c === LF || c === 0) {
      // The value is on the following lines, or empty.
      const q = this.nextContent(p < n ? p + 1 : n);
      if (q < n && this.indent > col) {
        return this.isEntry(q) ? this.sequence(q, this.indent, depth + 1) : this.mapping(q, this.indent, depth + 1);
      }
      if (q < n && this.indent === col && this.isEntry(q)) throw GIVE_UP; // an indentless sequence
      this.events.push(emptyScalar());
      return q;
    }
    const end = this.inlineNode(p, col + 1, depth + 1);
    return this.nextContent(end);
  }

  /**
   * A scalar or flow collection starting at p on the current line, as a block value or
   * sequence entry (not a key). `continuation` is js-yaml's indent from which a following
   * line would continue a plain scalar. Returns the start of the next line.
   */
  private inlineNode(p: number, continuation: number, depth: number): number {
    const c = this.at(p);
    if (c === 0x22 || c === 0x27) return this.endOfLine(this.quoted(p));
    if (c === 0x5b || c === 0x7b) return this.endOfLine(this.flow(p, depth));
    if (!this.plainStart(p, false)) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    const start = p;
    let end = p;
    for (;;) {
      const ch = p < n ? t.charCodeAt(p) : 0;
      if (ch === LF || ch === 0) {
        // A following line indented at least `continuation` would continue the scalar.
        const next = this.nextNonBlankIndent(ch === LF ? p + 1 : n);
        if (next >= continuation) throw GIVE_UP;
        this.events.push(scalar(start, end, PLAIN, true));
        return ch === LF ? p + 1 : n;
      }
      if (ch === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0) throw GIVE_UP; // a mapping on the same line: an error
      } else if (ch === HASH && t.charCodeAt(p - 1) === SPACE) {
        this.events.push(scalar(start, end, PLAIN, true));
        const eol = t.indexOf('\n', p);
        return eol === -1 ? n : eol + 1;
      }
      if (ch !== SPACE) end = p + 1;
      p++;
    }
  }

  /** A single-line quoted scalar at p; returns the position after the closing quote. */
  private quoted(p: number): number {
    const t = this.t;
    const n = this.n;
    const quote = t.charCodeAt(p);
    const start = p + 1;
    let simple = true;
    for (let q = start; q < n; q++) {
      const c = t.charCodeAt(q);
      if (c === LF) break;
      if (quote === 0x22) {
        if (c === 0x5c /* backslash */) break;
        if (c === 0x22) {
          this.events.push(scalar(start, q, DOUBLE_QUOTED, true));
          return q + 1;
        }
      } else if (c === 0x27) {
        if (q + 1 < n && t.charCodeAt(q + 1) === 0x27) {
          simple = false;
          q++;
          continue;
        }
        this.events.push(scalar(start, q, SINGLE_QUOTED, simple));
        return q + 1;
      }
    }
    throw GIVE_UP;
  }

  /** A block sequence whose first `-` is at p, in column `col`. Returns the start of the next content line. */
  private sequence(p: number, col: number, depth: number): number {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const n = this.n;
    this.events.push(collection(EVENT_ID.SEQUENCE, p, BLOCK));
    for (;;) {
      // p is at `-`
      let q = p + 1;
      while (this.at(q) === SPACE) q++;
      const c = this.at(q);
      if (c === LF || c === 0 || c === HASH || this.isEntry(q)) throw GIVE_UP; // entry on the next line, or `- -`
      let next: number;
      if (c === 0x22 || c === 0x27) {
        const after = this.quoted(q);
        let r = after;
        while (this.at(r) === SPACE) r++;
        if (this.at(r) === COLON) throw GIVE_UP; // a quoted key
        next = this.nextContent(this.endOfLine(after));
      } else if (c === 0x5b || c === 0x7b) {
        const after = this.flow(q, depth + 1);
        let r = after;
        while (this.at(r) === SPACE) r++;
        if (this.at(r) === COLON) throw GIVE_UP; // a flow key
        next = this.nextContent(this.endOfLine(after));
      } else if (this.startsMapping(q)) {
        next = this.mapping(q, q - this.lineStartOf(q), depth + 1);
      } else {
        next = this.nextContent(this.inlineNode(q, col + 1, depth + 1));
      }
      if (next >= n || this.indent < col) {
        p = next;
        break;
      }
      if (this.indent > col) throw GIVE_UP; // js-yaml: bad indentation of a sequence entry
      if (!this.isEntry(next)) {
        p = next;
        break;
      }
      p = next;
    }
    this.events.push(POP());
    return p;
  }

  private lineStartOf(p: number): number {
    return this.t.lastIndexOf('\n', p - 1) + 1;
  }

  /** Whether the plain text at p is a `key:` (a compact mapping in a sequence entry). */
  private startsMapping(p: number): boolean {
    if (!this.plainStart(p, false)) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    for (; p < n; p++) {
      const c = t.charCodeAt(p);
      if (c === LF) return false;
      if (c === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0) return true;
      } else if (c === HASH && t.charCodeAt(p - 1) === SPACE) return false;
    }
    return false;
  }

  /** A one-line flow collection at p; returns the position after its closing bracket. */
  private flow(p: number, depth: number): number {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const isMap = this.t.charCodeAt(p) === 0x7b;
    const terminator = isMap ? 0x7d : 0x5d;
    this.events.push(collection(isMap ? EVENT_ID.MAPPING : EVENT_ID.SEQUENCE, p, FLOW));
    p++;
    let readNext = true;
    for (;;) {
      p = this.flowSpace(p);
      const c = this.at(p);
      if (c === terminator) {
        this.events.push(POP());
        return p + 1;
      }
      if (!readNext || c === 0x2c) throw GIVE_UP;
      if (c === 0x3f) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0) throw GIVE_UP; // explicit key
      }
      p = this.flowNode(p, depth, !isMap);
      p = this.flowSpace(p);
      if (this.at(p) === COLON) {
        if (!isMap) throw GIVE_UP; // a single-pair mapping in a sequence
        p = this.flowSpace(p + 1);
        const v = this.at(p);
        if (v === 0x2c || v === terminator) throw GIVE_UP; // an empty value
        p = this.flowNode(p, depth, true);
        p = this.flowSpace(p);
      } else if (isMap) {
        throw GIVE_UP; // a key without a value
      }
      if (this.at(p) === 0x2c) {
        readNext = true;
        p++;
      } else {
        readNext = false;
      }
    }
  }

  /** Spaces inside a one-line flow collection; a line break or comment leaves the subset. */
  private flowSpace(p: number): number {
    let c = this.at(p);
    while (c === SPACE) c = this.at(++p);
    if (c === LF || c === 0 || c === HASH) throw GIVE_UP;
    return p;
  }

  /** A node inside a flow collection: a scalar, or (where allowed) a nested flow collection. */
  private flowNode(p: number, depth: number, collectionAllowed: boolean): number {
    const c = this.at(p);
    if (c === 0x22 || c === 0x27) return this.quoted(p);
    if (c === 0x5b || c === 0x7b) {
      if (!collectionAllowed) throw GIVE_UP;
      return this.flow(p, depth + 1);
    }
    if (!this.plainStart(p, true)) throw GIVE_UP;
    const t = this.t;
    const n = this.n;
    const start = p;
    let end = p;
    for (;;) {
      const ch = p < n ? t.charCodeAt(p) : 0;
      if (ch === LF || ch === 0) throw GIVE_UP;
      if (ch === COLON) {
        const next = this.at(p + 1);
        if (next === SPACE || next === LF || next === 0 || isFlowIndicator(next)) break;
      } else if (ch === HASH && t.charCodeAt(p - 1) === SPACE) {
        throw GIVE_UP;
      } else if (isFlowIndicator(ch)) {
        break;
      }
      if (ch !== SPACE) end = p + 1;
      p++;
    }
    if (end === start) throw GIVE_UP;
    this.events.push(scalar(start, end, PLAIN, true));
    return end;
  }
}
