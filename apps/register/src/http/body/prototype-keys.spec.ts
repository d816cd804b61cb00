import { MAX_FIELD_ERRORS } from '../validation/field-errors.mapper';
import { prototypeKeyPaths } from './prototype-keys';

describe('prototypeKeyPaths', () => {
  it('finds nothing in an ordinary body', () => {
    expect(prototypeKeyPaths(JSON.parse('{"id":"m-1","consentBasis":{"type":"statutory"},"powers":["PW-A"]}'))).toEqual([]);
  });

  it('finds an own __proto__ key, which JSON.parse keeps as a plain key', () => {
    expect(prototypeKeyPaths(JSON.parse('{"__proto__":{"registrar":true},"id":"m-1"}'))).toEqual(['__proto__']);
  });

  it('finds constructor and prototype keys at any depth, inside lists too, by their paths', () => {
    const body = JSON.parse('{"consentBasis":{"constructor":{"prototype":1}},"parties":[{"id":"a"},{"prototype":{}}]}');
    expect(prototypeKeyPaths(body)).toEqual(['consentBasis.constructor', 'parties[1].prototype']);
  });

  it('takes a field that merely contains the word for an ordinary field', () => {
    expect(prototypeKeyPaths({ constructorName: 'x', proto: 1 })).toEqual([]);
  });

  it('walks a body nested 100,000 levels deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}`);
    expect(prototypeKeyPaths(deep)).toEqual([`${'[0]'.repeat(100_000)}.__proto__`]);
  });

  it(`stops after ${MAX_FIELD_ERRORS} finds`, () => {
    const many = JSON.parse(`[${Array.from({ length: 500 }, () => '{"__proto__":1}').join(',')}]`);
    expect(prototypeKeyPaths(many)).toHaveLength(MAX_FIELD_ERRORS);
  });
});
