import { csvField, writeCsv } from './csv-table';

describe('csvField', () => {
  it.each([
    ['plain text as it is', 'college:GM0938', 'college:GM0938'],
    ['a comma inside quotes', 'a,b', '"a,b"'],
    ['a quote doubled inside quotes', 'say "yes"', '"say ""yes"""'],
    ['a line feed inside quotes', 'line\nnext', '"line\nnext"'],
    ['a carriage return inside quotes', 'line\rnext', '"line\rnext"'],
  ])('writes %s', (_, cell, written) => {
    expect(csvField(cell)).toBe(written);
  });

  it('writes null as an empty field, a number as its digits and a list joined by semicolons', () => {
    expect([csvField(null), csvField(25000), csvField(['GM0938', 'GM0981'])]).toEqual(['', '25000', 'GM0938;GM0981']);
  });
});

describe('writeCsv', () => {
  it('writes the header, then each row, every line ended by CRLF', () => {
    expect(writeCsv(['a', 'b'], [['x', null], [1, ['p', 'q']]])).toBe('a,b\r\nx,\r\n1,p;q\r\n');
  });
});
