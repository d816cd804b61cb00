import { canonicalJson, NotCanonicalJsonError } from './canonical-json';
import vectors from './testing/vectors/rfc8785-canonical-json.json';

describe('canonical JSON (RFC 8785)', () => {
  it.each(vectors.cases.map((vector) => [vector.name, vector] as const))(
    'writes the RFC 8785 test vector "%s" byte for byte',
    (_name, vector) => {
      const bytes = Buffer.from(canonicalJson(JSON.parse(vector.input)), 'utf8');
      expect(bytes.toString('hex')).toBe(vector.expectedHex);
    },
  );

  it('sorts keys by UTF-16 code units at every depth, not by locale or code point', () => {
    // U+FB33 sorts after U+1F602 by code point, before it by UTF-16 units (0xD83D < 0xFB33).
    const value = { b: { z: 1, a: [{ y: 2, x: 3 }] }, '\ufb33': 0, '\u{1f602}': 0, a: null };
    expect(canonicalJson(value)).toBe('{"a":null,"b":{"a":[{"x":3,"y":2}],"z":1},"\u{1f602}":0,"\ufb33":0}');
  });

  it('writes numbers as JSON.stringify does: -0 as 0, exponents from 1e21, no trailing zeros', () => {
    expect(canonicalJson([-0, 1e21, 1e20, 0.1 + 0.2, 5e-7, 4.5])).toBe('[0,1e+21,100000000000000000000,0.30000000000000004,5e-7,4.5]');
  });

  it('leaves out an object member whose value is undefined, as JSON.stringify and every store do', () => {
    expect(canonicalJson({ kept: 1, dropped: undefined })).toBe('{"kept":1}');
  });

  it.each([
    ['NaN', { data: { amount: Number.NaN } }, '$.data.amount is NaN, which JSON cannot hold'],
    ['Infinity', [Number.POSITIVE_INFINITY], '$[0] is Infinity, which JSON cannot hold'],
    ['a bigint', { n: BigInt(1) }, '$.n is a bigint, which JSON cannot hold'],
    ['undefined in an array', [1, undefined], '$[1] is a undefined, which JSON cannot hold'],
    ['a Date', { at: new Date(0) }, '$.at is a Date, not a plain JSON object'],
  ])('refuses %s, naming where it is', (_what, value, message) => {
    expect(() => canonicalJson(value)).toThrow(new NotCanonicalJsonError(message));
  });
});
