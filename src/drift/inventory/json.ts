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

export function parseJson(text: string): JsonParse {
  const spans = new WeakMap<object, ObjectSpans>();
  let i = 0;

  const describe = (at: number): string => (at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`);
  const fail = (message: string, at = i): never => {
    throw new JsonError(message, at);
  };
  const skipSpace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };

  const parseString = (): string => {
    const start = i;
    i++; // opening quote
    let out = '';
    let chunk = i;
    while (true) {
      if (i >= text.length) fail('unexpected end of the file inside a string: the JSON is cut off', start);
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        out += text.slice(chunk, i);
        i++;
        return out;
      }
      if (c === 0x5c) {
        out += text.slice(chunk, i);
        const e = text[i + 1];
        switch (e) {
          case '"':
          case '\\':
          case '/':
            out += e;
            i += 2;
            break;
          case 'b':
            out += '\b';
            i += 2;
            break;
          case 'f':
            out += '\f';
            i += 2;
            break;
          case 'n':
            out += '\n';
            i += 2;
            break;
          case 'r':
            out += '\r';
            i += 2;
            break;
          case 't':
            out += '\t';
            i += 2;
            break;
          case 'u': {
            const hex = text.slice(i + 2, i + 6);
            if (!/^[0-9A-Fa-f]{4}$/.test(hex)) fail('bad \\u escape in a string');
            out += String.fromCharCode(parseInt(hex, 16));
            i += 6;
            break;
          }
          default:
            fail(`bad escape ${e === undefined ? 'at the end of the file' : `"\\${e}"`} in a string`);
        }
        chunk = i;
        continue;
      }
      if (c < 0x20) fail('line break or control character inside a string');
      i++;
    }
  };

  const parseNumber = (): number => {
    const start = i;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) fail(`unexpected ${describe(i)}`);
    i += m![0].length;
    return Number(text.slice(start, i));
  };

  const parseValue = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail('nested too deeply');
    skipSpace();
    if (i >= text.length) fail('unexpected end of the file: the JSON is cut off');
    const c = text[i];
    if (c === '{') return parseObject(depth);
    if (c === '[') return parseArray(depth);
    if (c === '"') return parseString();
    if (c === '-' || (c! >= '0' && c! <= '9')) return parseNumber();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return value;
      }
    }
    return fail(`unexpected ${describe(i)}`);
  };

  const parseObject = (depth: number): Record<string, unknown> => {
    const start = i;
    i++;
    const object: Record<string, unknown> = {};
    const props = new Map<string, { key: Span; value: Span }>();
    skipSpace();
    if (text[i] === '}') {
      i++;
      spans.set(object, { span: { start, end: i }, props });
      return object;
    }
    while (true) {
      skipSpace();
      if (i >= text.length) fail('unexpected end of the file inside an object: the JSON is cut off');
      if (text[i] !== '"') fail(`expected a property name, got ${describe(i)}`);
      const keyStart = i;
      const key = parseString();
      const keyEnd = i;
      skipSpace();
      if (text[i] !== ':')
        fail(
          i >= text.length
            ? 'unexpected end of the file: the JSON is cut off'
            : `expected ":" after property "${key}", got ${describe(i)}`,
        );
      i++;
      skipSpace();
      const valueStart = i;
      const value = parseValue(depth + 1);
      // `__proto__` must stay an ordinary property.
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
      props.set(key, { key: { start: keyStart, end: keyEnd }, value: { start: valueStart, end: i } });
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        spans.set(object, { span: { start, end: i }, props });
        return object;
      }
      fail(
        i >= text.length
          ? 'unexpected end of the file inside an object: the JSON is cut off'
          : `expected "," or "}", got ${describe(i)}`,
      );
    }
  };

  const parseArray = (depth: number): unknown[] => {
    i++;
    const array: unknown[] = [];
    skipSpace();
    if (text[i] === ']') {
      i++;
      return array;
    }
    while (true) {
      array.push(parseValue(depth + 1));
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return array;
      }
      fail(
        i >= text.length
          ? 'unexpected end of the file inside a list: the JSON is cut off'
          : `expected "," or "]", got ${describe(i)}`,
      );
    }
  };

  try {
    skipSpace();
    if (i >= text.length) return { ok: true, value: undefined, spans };
    const value = parseValue(0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value, spans };
  } catch (error) {
    if (error instanceof JsonError) return { ok: false, message: error.message, offset: error.offset };
    throw error;
  }
}
