import { parseJson } from '../../src/drift/inventory/json.js';

/** A deterministic pseudo-random JSON value: the shapes ConvertTo-Json writes, and escapes. */
function randomValue(seed: number, depth = 0): unknown {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a * 1664525 + 1013904223) >>> 0;
    return a / 2 ** 32;
  };
  const make = (d: number): unknown => {
    const r = next();
    if (d > 3 || r < 0.3) {
      const k = Math.floor(next() * 6);
      if (k === 0) return Math.floor(next() * 1e6) - 5e5;
      if (k === 1) return next() * 100;
      if (k === 2) return next() < 0.5;
      if (k === 3) return null;
      return ['Ethernet 3', 'C:\\ClusterStorage\\Volume1\\a.vhdx', 'tab\there', 'quote "q"', 'é ü \u2028', '/Date(1)/'][
        Math.floor(next() * 6)
      ];
    }
    if (r < 0.6) return Array.from({ length: Math.floor(next() * 4) }, () => make(d + 1));
    const o: Record<string, unknown> = {};
    for (let i = 0; i < Math.floor(next() * 5); i++) o[['Name', 'VMId', 'State', '__proto__', 'x y'][i]!] = make(d + 1);
    return o;
  };
  return make(depth);
}

describe('parseJson (positioned JSON for inventory files)', () => {
  it('gives the same values as JSON.parse, in compact and indented form', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const value = randomValue(seed);
      for (const text of [JSON.stringify(value), JSON.stringify(value, null, 4)]) {
        const parsed = parseJson(text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(parsed.value).toEqual(JSON.parse(text));
      }
    }
  });

  it('keeps __proto__ an ordinary property and records its span', () => {
    const text = '{"__proto__": {"polluted": 1}, "Name": "VM1"}';
    const parsed = parseJson(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const value = parsed.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'Name']);
    const spans = parsed.spans.get(value)!;
    expect(text.slice(spans.props.get('Name')!.value.start, spans.props.get('Name')!.value.end)).toBe('"VM1"');
  });

  it.each([
    ['{"a": 1,}', 'expected a property name, got "}"', 8],
    ['[1, 2,]', 'unexpected "]"', 6],
    ['{"a" 1}', 'expected ":" after property "a", got "1"', 5],
    ['{"a": 1', 'unexpected end of the file inside an object: the JSON is cut off', 7],
    ['[1, 2', 'unexpected end of the file inside a list: the JSON is cut off', 5],
    ['"abc', 'unexpected end of the file inside a string: the JSON is cut off', 0],
    ['"a\\x"', 'bad escape "\\x" in a string', 2],
    ['"\\u12G4"', 'bad \\u escape in a string', 1],
    ['{} {}', 'unexpected "{" after the end of the JSON value', 3],
    ['[' + '['.repeat(300), 'nested too deeply', 257],
  ])('rejects %j: %s at offset %i', (text, message, offset) => {
    expect(parseJson(text)).toEqual({ ok: false, message, offset });
  });
});
