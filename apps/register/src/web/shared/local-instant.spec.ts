import { fieldValueOfInstant, instantFromField } from './local-instant';

describe('instantFromField', () => {
  it('reads a datetime-local value as Dutch time: winter is UTC+1, summer UTC+2', () => {
    expect(instantFromField('2026-01-15T10:00')).toBe('2026-01-15T09:00:00.000Z');
    expect(instantFromField('2026-07-01T10:00:30')).toBe('2026-07-01T08:00:30.000Z');
  });

  it('takes a pasted instant with its own zone as it is, normalised to UTC with milliseconds', () => {
    expect(instantFromField('2026-03-01T00:00:00Z')).toBe('2026-03-01T00:00:00.000Z');
    expect(instantFromField('2026-03-01T01:00:00+01:00')).toBe('2026-03-01T00:00:00.000Z');
  });

  it('refuses what is no moment: a date alone, a day that does not exist, text', () => {
    expect(instantFromField('2026-01-15')).toBeUndefined();
    expect(instantFromField('2026-02-30T10:00')).toBeUndefined();
    expect(instantFromField('gisteren')).toBeUndefined();
  });
});

describe('fieldValueOfInstant', () => {
  it('writes an instant as the Dutch wall clock shows it, which instantFromField reads back to the same instant', () => {
    expect(fieldValueOfInstant('2026-11-23T10:00:00.000Z')).toBe('2026-11-23T11:00:00');
    expect(instantFromField(fieldValueOfInstant('2026-06-23T10:00:05.000Z'))).toBe('2026-06-23T10:00:05.000Z');
  });
});
