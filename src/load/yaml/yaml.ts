/**
 * YAML → values with source positions.
 *
 * js-yaml's `parseEvents` gives a flat event stream with source offsets; we build plain
 * JavaScript values from it ourselves (YAML 1.2 core schema, no custom tags) and, beside
 * them, a tree of source ranges so any JSON path can be located later. Building values
 * ourselves is what lets us enforce alias budgets, refuse recursive aliases, report
 * duplicate keys and unsupported tags as findings, and keep `__proto__` an ordinary key.
 */
import { parseEvents, getScalarValue, EVENT_ID, SCALAR_STYLE } from 'js-yaml';
import type { Event, ScalarEvent } from 'js-yaml';
import type { SourceFile } from '../source.js';
import { clip } from '../../util/strings.js';
import { fastEvents } from './fast-events.js';
import { findUnclosed } from './lines.js';

export interface Limits {
  /** Largest file read, in bytes. */
  maxFileBytes: number;
  /** Deepest nesting of collections in one document. */
  maxDepth: number;
  /** Most alias nodes (`*name`) in one document. */
  maxAliases: number;
  /** Most nodes in one document after expanding aliases (stops "billion laughs"). */
  maxNodes: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 100_000,
};

/** Source range of a value, and of its key when it is a mapping member. Offsets are zero-based, end-exclusive. */
export interface PosNode {
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
  map?: Map<string, PosNode>;
  seq?: PosNode[];
}

export interface YamlProblem {
  ruleId: 'yaml-syntax' | 'yaml-duplicate-key' | 'yaml-unsupported-tag' | 'yaml-limits';
  message: string;
  start: number;
  end: number;
  related?: { start: number; end: number; message: string }[];
}

export interface YamlDocument {
  /** 0-based index of the document in its file. */
  index: number;
  /** Offsets of the document's text in the file. */
  start: number;
  end: number;
  value: unknown;
  root: PosNode;
}

export interface ParsedYaml {
  documents: YamlDocument[];
  problems: YamlProblem[];
}

const CORE_TAG = 'tag:yaml.org,2002:';

/** Thrown when a tree-less parse meets something (a duplicate key) whose finding needs the tree. */
class NeedTrees extends Error {}

/**
 * Parse every document of a file. A broken document becomes a problem; the others still load.
 * `trees: false` skips building the source trees' key indexes (documents' `root` is then
 * incomplete): for callers that rebuild trees on demand (src/load/yaml/trees.ts).
 */
export function parseYaml(
  source: SourceFile,
  limits: Limits = DEFAULT_LIMITS,
  options: { trees?: boolean } = {},
): ParsedYaml {
  if (options.trees === false) {
    try {
      return parse(source, limits, false);
    } catch (error) {
      if (!(error instanceof NeedTrees)) throw error;
    }
  }
  return parse(source, limits, true);
}

function parse(source: SourceFile, limits: Limits, trees: boolean): ParsedYaml {
  const text = source.text;
  const out: ParsedYaml = { documents: [], problems: [] };
  let events: Event[] | undefined;
  try {
    events = fastEvents(text, limits.maxDepth) ?? parseEvents(text, { maxDepth: limits.maxDepth });
  } catch {
    events = undefined;
  }
  const counter = { next: 0 };
  if (events) {
    construct(text, events, 0, text.length, limits, out, counter, trees);
    return out;
  }
  // Some document is broken: parse each chunk between `---` lines on its own, so one
  // syntax error costs only its own document.
  for (const [start, end] of splitDocuments(text)) {
    const chunk = text.slice(start, end);
    let chunkEvents: Event[];
    try {
      chunkEvents = parseEvents(chunk, { maxDepth: limits.maxDepth });
    } catch (error) {
      out.problems.push(syntaxProblem(error, start, chunk));
      counter.next++;
      continue;
    }
    construct(chunk, chunkEvents, start, end, limits, out, counter, trees);
  }
  return out;
}

function syntaxProblem(error: unknown, base: number, chunk: string): YamlProblem {
  const mark = (error as { mark?: { position?: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String((error as Error).message ?? error).split('\n')[0]!;
  // An error "at the end of the input" belongs to the last line of this document, not to the
  // `---` of the next one.
  const contentEnd = chunk.trimEnd().length;
  const relative = typeof mark?.position === 'number' ? mark.position : 0;
  const at = base + (relative >= contentEnd ? Math.max(0, contentEnd - 1) : relative);
  const plain = reason.replace(/ \(\d+:\d+\)$/, '');
  if (error instanceof RangeError) {
    // A maxDepth raised past what the parser's stack holds.
    return {
      ruleId: 'yaml-limits',
      message:
        'document is nested too deeply for the parser: flatten it, or lower limits.maxDepth so it is refused early',
      start: base,
      end: base + 1,
    };
  }
  if (/maxDepth/.test(reason)) {
    return {
      ruleId: 'yaml-limits',
      message: `${plain}: flatten the document or raise limits.maxDepth`,
      start: at,
      end: at + 1,
    };
  }
  // js-yaml notices an unclosed bracket or quote only lines later ("deficient indentation");
  // the mistake is where it was opened.
  const unclosed = findUnclosed(chunk, Math.min(relative, chunk.length));
  if (unclosed) {
    const opener = chunk[unclosed]!;
    const message =
      opener === '"' || opener === "'"
        ? `this quoted value is never closed: add the closing ${opener}`
        : `"${opener}" is never closed: add "${opener === '[' ? ']' : '}'}" after its last item`;
    return { ruleId: 'yaml-syntax', message, start: base + unclosed, end: base + unclosed + 1 };
  }
  return { ruleId: 'yaml-syntax', message: `${plain}${SYNTAX_HINTS[plain] ?? ''}`, start: at, end: at + 1 };
}

/** What to do about js-yaml's most common complaints. */
const SYNTAX_HINTS: Record<string, string> = {
  'bad indentation of a mapping entry':
    ': align this key with the other keys of its mapping, and put a space after each ":"',
  'tab characters must not be used in indentation': ': indent with spaces',
  'deficient indentation': ': indent this line further than the key it belongs to',
  'end of the stream or a document separator is expected':
    ': this line does not fit the structure above it; check its indentation and that each key is followed by ": "',
  'duplicated mapping key': ': remove one of the two keys',
};

/** Offsets of each document's text: boundaries are `---` lines (a directives-only prefix joins the next chunk). */
export function splitDocuments(text: string): Array<[number, number]> {
  const bounds: number[] = [0];
  const re = /^---(?=[ \t\r\n]|$)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index !== 0) bounds.push(m.index);
  }
  bounds.push(text.length);
  const chunks: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i < bounds.length; i++) {
    const end = bounds[i]!;
    const body = text.slice(start, end);
    const onlyPreamble = /^(?:[ \t]*(?:#.*|%.*)?\r?\n?)*$/.test(body);
    if (onlyPreamble && i < bounds.length - 1 && /(^|\n)%/.test(body)) continue; // directives belong to the next document
    chunks.push([start, end]);
    start = end;
  }
  return chunks;
}

interface Frame {
  isMap: boolean;
  value: Record<string, unknown> | unknown[];
  pos: PosNode;
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
  /** Set when this collection is itself used as a mapping key (unsupported). */
  asKey: boolean;
  anchor: string | undefined;
}

interface Anchor {
  value: unknown;
  pos: PosNode;
  weight: number;
  open: boolean;
}

class DocumentAbort extends Error {}

function construct(
  text: string,
  events: Event[],
  base: number,
  docsEnd: number,
  limits: Limits,
  out: ParsedYaml,
  counter: { next: number },
  trees: boolean,
): void {
  let stack: Frame[] = [];
  let anchors = new Map<string, Anchor>();
  let anchorWeightStart = new Map<string, number>();
  let nodes = 0;
  let aliases = 0;
  let docStart = base;
  let root: { value: unknown; pos: PosNode } | undefined;
  let aborted = false;
  let docIndex = 0;

  const fail = (problem: YamlProblem): never => {
    out.problems.push(problem);
    throw new DocumentAbort();
  };

  const attach = (value: unknown, pos: PosNode, keyText?: string): void => {
    const parent = stack[stack.length - 1];
    if (!parent) {
      root = { value, pos };
      return;
    }
    if (!parent.isMap) {
      (parent.value as unknown[]).push(value);
      parent.pos.seq?.push(pos);
      parent.pos.end = Math.max(parent.pos.end, pos.end);
      return;
    }
    if (parent.key === undefined) {
      // This node is a key.
      parent.key = keyText ?? '';
      parent.keyStart = pos.start;
      parent.keyEnd = pos.end;
      return;
    }
    const key = parent.key;
    parent.key = undefined;
    pos.keyStart = parent.keyStart;
    pos.keyEnd = parent.keyEnd;
    parent.pos.end = Math.max(parent.pos.end, pos.end);
    const map = parent.value as Record<string, unknown>;
    // Without trees, a duplicate is found on the value; its finding needs the first key's position.
    if (!parent.pos.map && Object.prototype.hasOwnProperty.call(map, key)) throw new NeedTrees();
    const seen = parent.pos.map?.get(key);
    if (seen) {
      out.problems.push({
        ruleId: 'yaml-duplicate-key',
        message: `duplicate key "${clip(key)}": remove one of them (the first one is used)`,
        start: pos.keyStart,
        end: pos.keyEnd,
        related: [{ start: seen.keyStart, end: seen.keyEnd, message: `"${clip(key)}" first defined here` }],
      });
      return;
    }
    parent.pos.map?.set(key, pos);
    if (key === '__proto__') {
      Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
    } else {
      map[key] = value;
    }
  };

  const countNode = (weight: number): void => {
    nodes += weight;
    if (nodes > limits.maxNodes) {
      fail({
        ruleId: 'yaml-limits',
        message:
          aliases > 0
            ? `document expands to more than ${limits.maxNodes} nodes (aliases included): write the aliased values out or raise limits.maxNodes`
            : `document has more than ${limits.maxNodes} nodes: split it into smaller documents or raise limits.maxNodes`,
        start: docStart,
        end: docStart + 1,
      });
    }
  };

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (aborted && event.type !== EVENT_ID.DOCUMENT) continue;
    try {
      switch (event.type) {
        case EVENT_ID.DOCUMENT: {
          stack = [];
          anchors = new Map();
          anchorWeightStart = new Map();
          nodes = 0;
          aliases = 0;
          root = undefined;
          aborted = false;
          // Find where this document starts: the first offset of its first node, or after the previous document.
          docStart = firstOffset(events, i + 1, base);
          docIndex = counter.next++;
          break;
        }
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          if (stack.length >= limits.maxDepth) {
            fail({
              ruleId: 'yaml-limits',
              message: `nesting deeper than ${limits.maxDepth}: flatten the document or raise limits.maxDepth`,
              start: base + event.start,
              end: base + event.start + 1,
            });
          }
          countNode(1);
          checkTag(text, event, base, out, event.type === EVENT_ID.MAPPING ? 'map' : 'seq');
          const isMap = event.type === EVENT_ID.MAPPING;
          const parent = stack[stack.length - 1];
          const pos: PosNode = { start: base + event.start, end: base + event.start + 1, keyStart: -1, keyEnd: -1 };
          if (trees) {
            if (isMap) pos.map = new Map();
            else pos.seq = [];
          }
          const frame: Frame = {
            isMap,
            value: isMap ? {} : [],
            pos,
            key: undefined,
            keyStart: -1,
            keyEnd: -1,
            asKey: Boolean(parent && parent.isMap && parent.key === undefined),
            anchor: event.anchorStart >= 0 ? text.slice(event.anchorStart, event.anchorEnd) : undefined,
          };
          if (frame.anchor !== undefined) {
            anchors.set(frame.anchor, { value: frame.value, pos, weight: 0, open: true });
            anchorWeightStart.set(frame.anchor, nodes);
          }
          stack.push(frame);
          break;
        }
        case EVENT_ID.POP: {
          const frame = stack.pop();
          if (!frame) {
            // End of a document.
            if (root) {
              const end = nextDocumentStart(events, i + 1, base, docsEnd);
              out.documents.push({ index: docIndex, start: docStart, end, value: root.value, root: root.pos });
            }
            root = undefined;
            break;
          }
          if (frame.isMap && frame.key !== undefined) {
            // A key without a value at the end of a flow mapping: value is null.
            const keyPos: PosNode = { start: frame.keyEnd, end: frame.keyEnd, keyStart: -1, keyEnd: -1 };
            stack.push(frame);
            attach(null, keyPos);
            stack.pop();
          }
          if (frame.pos.end <= frame.pos.start + 1)
            frame.pos.end = emptyCollectionEnd(text, frame.pos.start - base) + base;
          if (frame.anchor !== undefined) {
            const anchor = anchors.get(frame.anchor);
            if (anchor && anchor.value === frame.value) {
              anchor.open = false;
              anchor.weight = nodes - (anchorWeightStart.get(frame.anchor) ?? nodes) + 1;
            }
          }
          if (frame.asKey) {
            out.problems.push({
              ruleId: 'yaml-syntax',
              message: 'a mapping key must be a plain value, not a collection',
              start: frame.pos.start,
              end: frame.pos.end,
            });
            attach(null, frame.pos, '\u0000complex-key');
          } else {
            attach(frame.value, frame.pos);
          }
          break;
        }
        case EVENT_ID.SCALAR: {
          countNode(1);
          const value = scalar(text, event, base, out);
          const { raw, start, end } = scalarOut;
          const parent = stack[stack.length - 1];
          // Without trees a scalar's PosNode is read by attach() and dropped: reuse one, unless
          // something keeps it (a document's root, an anchor).
          const pos: PosNode =
            trees || !parent || event.anchorStart >= 0
              ? { start, end, keyStart: -1, keyEnd: -1 }
              : scratchPos(start, end);
          if (event.anchorStart >= 0) {
            const name = text.slice(event.anchorStart, event.anchorEnd);
            anchors.set(name, { value, pos, weight: 1, open: false });
          }
          if (parent && parent.isMap && parent.key === undefined) {
            if (start < 0) {
              // An empty key (`: value`) sits where the value would be.
              attach(null, { start: parent.pos.end, end: parent.pos.end, keyStart: -1, keyEnd: -1 }, '');
            } else {
              attach(value, pos, raw);
            }
          } else {
            if (start < 0) {
              // An empty value: point just after its key.
              const at = parent && parent.isMap ? parent.keyEnd : parent ? parent.pos.end : docStart;
              pos.start = at;
              pos.end = at;
            }
            attach(value, pos);
          }
          break;
        }
        case EVENT_ID.ALIAS: {
          const name = text.slice(event.anchorStart, event.anchorEnd);
          const start = base + event.anchorStart - 1;
          const end = base + event.anchorEnd;
          aliases++;
          if (aliases > limits.maxAliases) {
            fail({
              ruleId: 'yaml-limits',
              message: `more than ${limits.maxAliases} aliases in one document: write the values out or raise limits.maxAliases`,
              start,
              end,
            });
          }
          const anchor = anchors.get(name);
          if (!anchor) {
            fail({
              ruleId: 'yaml-syntax',
              message: `alias *${clip(name)} refers to no anchor: define &${clip(name)} before using it`,
              start,
              end,
            });
          }
          if (anchor!.open) {
            fail({
              ruleId: 'yaml-limits',
              message: `alias *${clip(name)} refers to a node that contains it: recursive aliases are not allowed`,
              start,
              end,
            });
          }
          countNode(anchor!.weight);
          const pos: PosNode = { start, end, keyStart: -1, keyEnd: -1 };
          if (anchor!.pos.map) pos.map = anchor!.pos.map;
          if (anchor!.pos.seq) pos.seq = anchor!.pos.seq;
          const value = anchor!.value;
          attach(value, pos, typeof value === 'string' ? value : String(value));
          break;
        }
      }
    } catch (error) {
      if (!(error instanceof DocumentAbort)) throw error;
      aborted = true;
      stack = [];
      root = undefined;
    }
  }
}

/** First source offset at or after event `from` (the start of a document's content). */
function firstOffset(events: Event[], from: number, base: number): number {
  const event = events[from];
  if (!event) return base;
  if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE)
    return base + (event.anchorStart >= 0 ? Math.min(event.anchorStart, event.start) : event.start);
  if (event.type === EVENT_ID.SCALAR) return base + Math.max(0, event.valueStart);
  if (event.type === EVENT_ID.ALIAS) return base + event.anchorStart - 1;
  return base;
}

function nextDocumentStart(events: Event[], from: number, base: number, docsEnd: number): number {
  for (let i = from; i < events.length; i++) {
    const event = events[i]!;
    if (event.type === EVENT_ID.DOCUMENT) {
      const next = firstOffset(events, i + 1, base);
      return next;
    }
  }
  return docsEnd;
}

function emptyCollectionEnd(text: string, start: number): number {
  const open = text.charCodeAt(start);
  if (open === 0x5b /* [ */ || open === 0x7b /* { */) {
    const close = text.indexOf(open === 0x5b ? ']' : '}', start);
    if (close !== -1) return close + 1;
  }
  return start + 1;
}

function tagName(text: string, tagStart: number, tagEnd: number): string {
  const raw = text.slice(tagStart, tagEnd);
  if (raw.startsWith('!!')) return CORE_TAG + raw.slice(2);
  if (raw.startsWith('!<') && raw.endsWith('>')) return raw.slice(2, -1);
  return raw;
}

function checkTag(
  text: string,
  event: { tagStart: number; tagEnd: number },
  base: number,
  out: ParsedYaml,
  kind: 'map' | 'seq',
): void {
  if (event.tagStart < 0) return;
  const tag = tagName(text, event.tagStart, event.tagEnd);
  if (tag === CORE_TAG + kind || tag === '!') return;
  out.problems.push(unsupportedTag(text, event.tagStart, event.tagEnd, base));
}

function unsupportedTag(text: string, tagStart: number, tagEnd: number, base: number): YamlProblem {
  const raw = text.slice(tagStart, tagEnd);
  return {
    ruleId: 'yaml-unsupported-tag',
    message: `tag ${clip(raw)} is not supported: manifests use plain YAML 1.2 values, remove the tag`,
    start: base + tagStart,
    end: base + tagEnd,
  };
}

const INT_DEC = /^[-+]?[0-9]+$/;
const INT_OCT = /^0o[0-7]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INF = /^[-+]?\.(?:inf|Inf|INF)$/;
const NAN = /^\.(?:nan|NaN|NAN)$/;

/** YAML 1.2 core schema resolution of a plain scalar. */
export function resolvePlain(raw: string): unknown {
  if (raw.length === 0) return null;
  const c = raw.charCodeAt(0);
  // Fast path: a scalar starting with a letter other than n/N/t/T/f/F is always a string.
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
    switch (raw) {
      case 'null':
      case 'Null':
      case 'NULL':
        return null;
      case 'true':
      case 'True':
      case 'TRUE':
        return true;
      case 'false':
      case 'False':
      case 'FALSE':
        return false;
      default:
        return raw;
    }
  }
  if (raw === '~') return null;
  if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
    if (INT_DEC.test(raw)) return Number.parseInt(raw, 10);
    if (INT_OCT.test(raw)) return Number.parseInt(raw.slice(2), 8);
    if (INT_HEX.test(raw)) return Number.parseInt(raw.slice(2), 16);
    if (FLOAT.test(raw)) return Number.parseFloat(raw);
    if (INF.test(raw)) return raw.startsWith('-') ? -Infinity : Infinity;
    if (NAN.test(raw)) return Number.NaN;
  }
  return raw;
}

/** The PosNode reused for scalars when no tree is built (see construct). */
const SCRATCH_POS: PosNode = { start: -1, end: -1, keyStart: -1, keyEnd: -1 };

function scratchPos(start: number, end: number): PosNode {
  SCRATCH_POS.start = start;
  SCRATCH_POS.end = end;
  SCRATCH_POS.keyStart = -1;
  SCRATCH_POS.keyEnd = -1;
  return SCRATCH_POS;
}

/** scalar()'s other results, written here rather than in a new object per scalar. */
const scalarOut = { raw: '', start: -1, end: -1 };

/** A scalar's value; its raw text and range (quotes included) are left in `scalarOut`. */
function scalar(text: string, event: ScalarEvent, base: number, out: ParsedYaml): unknown {
  if (event.valueStart < 0) {
    scalarOut.raw = '';
    scalarOut.start = -1;
    scalarOut.end = -1;
    return null;
  }
  const raw = event.fast ? text.slice(event.valueStart, event.valueEnd) : getScalarValue(text, event);
  let start = base + event.valueStart;
  let end = base + event.valueEnd;
  const quoted = event.style === SCALAR_STYLE.SINGLE_QUOTED || event.style === SCALAR_STYLE.DOUBLE_QUOTED;
  if (quoted) {
    // Include the quotes in the range, so an underline covers the whole token.
    start -= 1;
    end += 1;
  }
  let value: unknown;
  if (event.tagStart >= 0) {
    const tag = tagName(text, event.tagStart, event.tagEnd);
    switch (tag) {
      case '!':
      case CORE_TAG + 'str':
        value = raw;
        break;
      case CORE_TAG + 'int':
      case CORE_TAG + 'float':
      case CORE_TAG + 'bool':
      case CORE_TAG + 'null': {
        const resolved = resolvePlain(raw);
        const want = tag.slice(CORE_TAG.length);
        const got =
          resolved === null
            ? 'null'
            : typeof resolved === 'boolean'
              ? 'bool'
              : typeof resolved === 'number'
                ? Number.isInteger(resolved)
                  ? 'int'
                  : 'float'
                : 'str';
        if (got === want || (want === 'float' && got === 'int')) {
          value = resolved;
        } else {
          out.problems.push({
            ruleId: 'yaml-syntax',
            message: `"${clip(raw)}" is not a valid ${tag.slice(CORE_TAG.length)}: fix the value or remove the tag`,
            start,
            end,
          });
          value = raw;
        }
        break;
      }
      default:
        out.problems.push(unsupportedTag(text, event.tagStart, event.tagEnd, base));
        value = raw;
    }
  } else if (event.style === SCALAR_STYLE.PLAIN) {
    value = resolvePlain(raw);
  } else {
    value = raw;
  }
  scalarOut.raw = raw;
  scalarOut.start = start;
  scalarOut.end = end;
  return value;
}
