import { correlationIdFor } from './correlation-id';

const generated = (): string => 'generated-id';

describe('correlationIdFor', () => {
  it.each(['abc', 'A1.b2_c3:d4-e5', '0f8fad5b-d9cb-469f-a165-70867728950e', 'x'.repeat(128)])(
    'keeps the client id %j',
    (header) => {
      expect(correlationIdFor(header, generated)).toBe(header);
    },
  );

  it.each([
    ['absent', undefined],
    ['empty', ''],
    ['longer than 128 characters', 'x'.repeat(129)],
    ['with a space', 'abc def'],
    ['with a line break that could forge a log line', 'abc\n{"level":60}'],
    ['with a slash', 'a/b'],
    ['with non-ASCII letters', 'zaakïd'],
    ['repeated, as Node joins it', 'one, two'],
  ])('replaces a header that is %s by a generated id', (_why, header) => {
    expect(correlationIdFor(header, generated)).toBe('generated-id');
  });

  it('replaces a header given as a list', () => {
    expect(correlationIdFor(['one', 'two'], generated)).toBe('generated-id');
  });

  it('generates a UUID by default', () => {
    expect(correlationIdFor(undefined)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
