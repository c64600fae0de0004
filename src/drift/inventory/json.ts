/**
 * A small JSON parser that remembers where every object and property is, so inventory findings
 * can name the line of the record or property they are about. JSON.parse gives values only.
 * Strict JSON (what ConvertTo-Json writes); the first error stops the parse with its offset.
 */

export interface Span {
  start: number;
  end: number;
}

export interface ObjectSpans {
  span: Span;
  /** Property name → spans of its key and its value. */
  props: Map<string, { key: Span; value: Span }>;
}

export type JsonParse =
  { ok: true; value: unknown; spans: WeakMap<object, ObjectSpans> } | { ok: false; message: string; offset: number };

class JsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 256;

/** The one-character escapes of JSON strings (`\\u` is handled apart). */
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const WORDS = [
  ['true', true],
  ['false', false],
  ['null', null],
] as const;

export function parseJson(text: string): JsonParse {
  const parser = new PositionedJsonParser(text);
  try {
    return { ok: true, value: parser.document(), spans: parser.spans };
  } catch (error) {
    if (error instanceof JsonError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}

/** Recursive descent over `text`, `i` the offset of the next character; the first error throws a JsonError. */
class PositionedJsonParser {
  readonly spans = new WeakMap<object, ObjectSpans>();
  private i = 0;

  constructor(private readonly text: string) {}

  /** The whole text: one value (undefined for an empty file), then nothing but white space. */
  document(): unknown {
    this.skipSpace();
    if (this.i >= this.text.length) return undefined;
    const value = this.value(0);
    this.skipSpace();
    if (this.i < this.text.length) this.fail(`unexpected ${this.describe(this.i)} after the end of the JSON value`);
    return value;
  }

  private describe(at: number): string {
    return at >= this.text.length ? 'the end of the file' : `${JSON.stringify(this.text[at])}`;
  }

  private fail(message: string, at = this.i): never {
    throw new JsonError(message, at);
  }

  /** Fails with `cutOff` at the end of the text, else with `expected`. */
  private failAt(cutOff: string, expected: string): never {
    return this.fail(this.i >= this.text.length ? cutOff : expected);
  }

  private skipSpace(): void {
    const text = this.text;
    while (this.i < text.length) {
      const c = text.charCodeAt(this.i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.i++;
      else break;
    }
  }

  private string(): string {
    const text = this.text;
    const start = this.i;
    this.i++; // opening quote
    let out = '';
    let chunk = this.i;
    while (true) {
      if (this.i >= text.length) this.fail('unexpected end of the file inside a string: the JSON is cut off', start);
      const c = text.charCodeAt(this.i);
      if (c === 0x22) {
        out += text.slice(chunk, this.i);
        this.i++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunk, this.i) + this.escape();
        chunk = this.i;
        continue;
      }
      if (c < 0x20) this.fail('line break or control character inside a string');
      this.i++;
    }
  }

  /** The escape at `i` (a backslash), decoded; `i` moves past it. */
  private escape(): string {
    const e = this.text[this.i + 1];
    if (e !== undefined && Object.hasOwn(ESCAPES, e)) {
      this.i += 2;
      return ESCAPES[e]!;
    }
    if (e === 'u') {
      const hex = this.text.slice(this.i + 2, this.i + 6);
      if (!/^[0-9A-Fa-f]{4}$/.test(hex)) this.fail('bad \\u escape in a string');
      this.i += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return this.fail(`bad escape ${e === undefined ? 'at the end of the file' : `"\\${e}"`} in a string`);
  }

  private number(): number {
    const start = this.i;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(this.text.slice(start, start + 64));
    if (!m) this.fail(`unexpected ${this.describe(start)}`);
    this.i += m[0].length;
    return Number(this.text.slice(start, this.i));
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH) this.fail('nested too deeply');
    this.skipSpace();
    if (this.i >= this.text.length) this.fail('unexpected end of the file: the JSON is cut off');
    const c = this.text[this.i]!;
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return value;
      }
    }
    return this.fail(`unexpected ${this.describe(this.i)}`);
  }

  private object(depth: number): Record<string, unknown> {
    const start = this.i;
    this.i++;
    const object: Record<string, unknown> = {};
    const props = new Map<string, { key: Span; value: Span }>();
    this.skipSpace();
    if (this.text[this.i] !== '}') {
      while (true) {
        this.property(object, props, depth);
        this.skipSpace();
        if (this.text[this.i] !== ',') break;
        this.i++;
      }
      if (this.text[this.i] !== '}')
        this.failAt(
          'unexpected end of the file inside an object: the JSON is cut off',
          `expected "," or "}", got ${this.describe(this.i)}`,
        );
    }
    this.i++;
    this.spans.set(object, { span: { start, end: this.i }, props });
    return object;
  }

  /** `"key": value` into `object`, with the spans of both. */
  private property(object: Record<string, unknown>, props: ObjectSpans['props'], depth: number): void {
    this.skipSpace();
    if (this.i >= this.text.length) this.fail('unexpected end of the file inside an object: the JSON is cut off');
    if (this.text[this.i] !== '"') this.fail(`expected a property name, got ${this.describe(this.i)}`);
    const keyStart = this.i;
    const key = this.string();
    const keyEnd = this.i;
    this.skipSpace();
    if (this.text[this.i] !== ':')
      this.failAt(
        'unexpected end of the file: the JSON is cut off',
        `expected ":" after property "${key}", got ${this.describe(this.i)}`,
      );
    this.i++;
    this.skipSpace();
    const valueStart = this.i;
    const value = this.value(depth + 1);
    // `__proto__` must stay an ordinary property.
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    props.set(key, { key: { start: keyStart, end: keyEnd }, value: { start: valueStart, end: this.i } });
  }

  private array(depth: number): unknown[] {
    this.i++;
    const array: unknown[] = [];
    this.skipSpace();
    if (this.text[this.i] !== ']') {
      while (true) {
        array.push(this.value(depth + 1));
        this.skipSpace();
        if (this.text[this.i] !== ',') break;
        this.i++;
      }
      if (this.text[this.i] !== ']')
        this.failAt(
          'unexpected end of the file inside a list: the JSON is cut off',
          `expected "," or "]", got ${this.describe(this.i)}`,
        );
    }
    this.i++;
    return array;
  }
}
