/**
 * One scanner of YAML text, line by line and without parsing: where quoted scalars, block
 * scalars, flow brackets and comments are. The loader asks it where an unclosed bracket or
 * quote was opened (`findUnclosed`, for syntax errors js-yaml places lines later); the
 * suppression filter asks it where comments start (`YamlLines`), so a `#` inside a string or
 * a block scalar is not taken for a comment and no second parse of the file is needed.
 *
 * Brackets and quotes count only where a value can start (after `: `, `- `, `? `, `,`, an
 * opening bracket, an anchor or tag, or at the start of a line), so `it's` or `a[1]` in a
 * plain value are not openers. A block scalar (`|` or `>`) holds every following line that is
 * blank or indented further than the node it belongs to.
 */

/** Where each line's comment starts, and which lines begin inside a scalar; filled by `scan`. */
interface LineRecord {
  /** Line start offset → offset of the `#` that starts the line's comment. */
  comments: Map<number, number>;
  /** Start offsets of lines that begin inside a scalar (a block scalar's content, a quoted scalar's continuation). */
  inScalar: Set<number>;
}

const BLOCK_INDICATOR = /[|>][1-9+-]*[ \t]*(?:#[^\n]*)?\r?(?:\n|$)/y;

function scan(text: string, end: number, lines?: LineRecord): { quote: number | undefined; stack: number[] } {
  const stack: number[] = [];
  let quote: number | undefined;
  // The last character that was not white space ('\n' at the start of a line), and whether
  // white space came after it: together they tell where a value may start.
  let last = '\n';
  let spaced = false;
  let lineStart = 0;
  /** Column of the node the line's last value started, and of its last `- ` entry (-1: none). */
  let nodeColumn = 0;
  let dashColumn = -1;
  /** The indent a block scalar's content lines exceed (-2: not in a block scalar); set for the next line when one starts. */
  let block = -2;
  let nextBlock = -2;
  let i = 0;
  while (i < end) {
    if (i === lineStart) {
      // A new line: inside a block scalar, or a quoted scalar going on, or ordinary.
      nodeColumn = 0;
      dashColumn = -1;
      if (nextBlock !== -2) {
        block = nextBlock;
        nextBlock = -2;
      }
      if (block !== -2) {
        let p = i;
        while (p < text.length && text[p] === ' ') p++;
        const blank = p >= text.length || text[p] === '\n' || (text[p] === '\r' && text[p + 1] === '\n');
        if ((blank || p - i > block) && !documentMarker(text, i)) {
          lines?.inScalar.add(i);
          const nl = text.indexOf('\n', i);
          if (nl === -1 || nl >= end) break;
          i = lineStart = nl + 1;
          continue;
        }
        block = -2;
      }
      if (quote === undefined && text.startsWith('---', i) && documentMarker(text, i)) {
        stack.length = 0; // a document starts: nothing of the previous one stays open
      }
      if (quote !== undefined) lines?.inScalar.add(i);
    }
    const c = text[i]!;
    if (quote !== undefined) {
      const q = text[quote]!;
      if (q === '"' && c === '\\') {
        if (text[i + 1] === '\n') lineStart = i + 2;
        i++;
      } else if (q === "'" && c === "'" && text[i + 1] === "'") i++;
      else if (c === q) {
        quote = undefined;
        last = c;
        spaced = false;
      }
      if (c === '\n') lineStart = i + 1;
      i++;
      continue;
    }
    if (c === '\n') {
      last = '\n';
      spaced = false;
      lineStart = ++i;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      spaced = true;
      i++;
      continue;
    }
    if (c === '#' && (last === '\n' || spaced)) {
      lines?.comments.set(lineStart, i);
      const nl = text.indexOf('\n', i);
      if (nl === -1 || nl >= end) break;
      i = nl;
      continue;
    }
    const valueStart =
      last === '\n' ||
      last === '[' ||
      last === '{' ||
      last === ',' ||
      ((last === ':' || last === '-' || last === '?') && spaced);
    if ((c === '"' || c === "'") && valueStart) quote = i;
    else if ((c === '[' || c === '{') && (valueStart || stack.length > 0)) stack.push(i);
    else if ((c === ']' || c === '}') && stack.length > 0) stack.pop();
    else if ((c === '|' || c === '>') && valueStart && stack.length === 0) {
      BLOCK_INDICATOR.lastIndex = i;
      if (BLOCK_INDICATOR.test(text)) {
        const indent = text.slice(lineStart, i).search(/\S|$/);
        nextBlock = last === ':' || last === '?' ? nodeColumn : last === '-' ? dashColumn : indent - 1;
      }
    } else if (valueStart && stack.length === 0) {
      const next = text[i + 1];
      if (c === '-' && (next === ' ' || next === '\n' || next === undefined)) dashColumn = i - lineStart;
      else if (c !== '&' && c !== '!') nodeColumn = i - lineStart;
    }
    // An anchor or a tag keeps the place a value may start.
    if ((c === '&' || c === '!') && valueStart) {
      while (i + 1 < end && !/[\s,[\]{}]/.test(text[i + 1]!)) i++;
      i++;
      continue;
    }
    last = c;
    spaced = false;
    i++;
  }
  return { quote, stack };
}

/** Whether a `---` or `...` line starts at `i`. */
function documentMarker(text: string, i: number): boolean {
  return /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(i, i + 4));
}

/**
 * The offset of the innermost `[`, `{` or quote that is still open at `end`, if any; comments
 * and block scalars are skipped.
 */
export function findUnclosed(text: string, end: number): number | undefined {
  const { quote, stack } = scan(text, end);
  if (quote !== undefined) return quote;
  return stack.length > 0 ? stack[stack.length - 1] : undefined;
}

/** Where the comments of a YAML text are, line by line. */
export class YamlLines {
  private readonly record: LineRecord = { comments: new Map(), inScalar: new Set() };

  constructor(text: string) {
    scan(text, text.length, this.record);
  }

  /** Offset of the `#` that starts a comment on the line starting at `lineStart`, or -1. */
  commentStart(lineStart: number): number {
    return this.record.comments.get(lineStart) ?? -1;
  }

  /** Whether the line starting at `lineStart` begins inside a scalar (a block scalar, a quoted scalar that goes on). */
  startsInScalar(lineStart: number): boolean {
    return this.record.inScalar.has(lineStart);
  }
}
