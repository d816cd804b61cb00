import { canonicalJson, sha256Hex } from './canonical-json';

describe('canonicalJson', () => {
  it('writes the keys of objects in one order, at every depth', () => {
    const one = { b: 1, a: { d: [1, 2], c: null } };
    const other = { a: { c: null, d: [1, 2] }, b: 1 };
    expect(canonicalJson(one)).toBe('{"a":{"c":null,"d":[1,2]},"b":1}');
    expect(canonicalJson(other)).toBe(canonicalJson(one));
  });

  it('keeps the order of lists: the same powers in another order are another request', () => {
    expect(canonicalJson({ powers: ['A', 'B'] })).not.toBe(canonicalJson({ powers: ['B', 'A'] }));
  });

  it('tells a missing field from a null one, as the request itself does', () => {
    expect(canonicalJson({ validUntil: null })).not.toBe(canonicalJson({}));
  });

  it('sorts inside objects held in lists', () => {
    expect(canonicalJson([{ y: 1, x: 2 }])).toBe('[{"x":2,"y":1}]');
  });

  it('writes a lone undefined as null rather than nothing', () => {
    expect(canonicalJson(undefined)).toBe('null');
  });
});

describe('sha256Hex', () => {
  it('is the SHA-256 of the UTF-8 text in lower-case hex', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
