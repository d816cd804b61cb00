import { validateSync } from 'class-validator';
import { IsFreeText, isFreeText, TEXT_LIMITS } from './free-text.validators';

describe('isFreeText', () => {
  it('accepts a text of exactly the limit and refuses one character more', () => {
    expect([isFreeText('x'.repeat(10), 10), isFreeText('x'.repeat(11), 10)]).toEqual([true, false]);
  });

  it('counts characters, not UTF-16 units: ten emoji fit a limit of ten', () => {
    const emoji = '📜'.repeat(10);
    expect(emoji.length).toBe(20);
    expect([isFreeText(emoji, 10), isFreeText(`${emoji}!`, 10)]).toEqual([true, false]);
  });

  it.each([
    ['empty', ''],
    ['only spaces', '   '],
    ['only a line break and a tab', '\n\t'],
  ])('refuses a text that is %s', (_why, text) => {
    expect(isFreeText(text, 100)).toBe(false);
  });

  it('keeps line breaks inside a text', () => {
    expect(isFreeText('Artikel 1\nArtikel 2', 100)).toBe(true);
  });

  it('refuses what is not a string', () => {
    expect([isFreeText(42, 100), isFreeText(['a'], 100), isFreeText(null, 100)]).toEqual([false, false, false]);
  });
});

describe('IsFreeText', () => {
  class Notes {
    @IsFreeText('name')
    name: unknown;

    @IsFreeText(5, { each: true })
    tags: unknown;
  }

  function failures(name: unknown, tags: unknown): Record<string, string[]> {
    const errors = validateSync(Object.assign(new Notes(), { name, tags }));
    return Object.fromEntries(errors.map((error) => [error.property, Object.values(error.constraints ?? {})]));
  }

  it(`takes the named limit from TEXT_LIMITS (name: ${TEXT_LIMITS.name}) and a number as it is`, () => {
    expect(failures('n'.repeat(TEXT_LIMITS.name + 1), ['abcdef'])).toEqual({
      name: [`must be a text of 1 to ${TEXT_LIMITS.name} characters, not only spaces`],
      tags: ['must be a text of 1 to 5 characters, not only spaces'],
    });
  });

  it('passes texts within their limits', () => {
    expect(failures('Meerssen', ['a', 'abcde'])).toEqual({});
  });
});
