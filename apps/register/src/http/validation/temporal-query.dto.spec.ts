import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { resolveTemporalQuery, TemporalQueryDto } from './temporal-query.dto';

const clockAt = (iso: string) => ({ now: () => new Date(iso) });

describe('resolveTemporalQuery', () => {
  it('fills in today in Europe/Amsterdam, now and the valid axis', () => {
    expect(resolveTemporalQuery({}, clockAt('2026-01-28T10:00:00.000Z'))).toEqual({
      validOn: '2026-01-28',
      knownAt: '2026-01-28T10:00:00.000Z',
      axis: 'valid',
    });
  });

  it('dates 22:30 UTC on 30 June as 1 July: in summer Amsterdam is two hours ahead', () => {
    expect(resolveTemporalQuery({}, clockAt('2026-06-30T22:30:00.000Z')).validOn).toBe('2026-07-01');
  });

  it('keeps what the client gave', () => {
    const query = { validOn: '2026-01-15', knownAt: '2026-11-23T10:00:00.000Z', axis: 'inForce' as const };
    expect(resolveTemporalQuery(query, clockAt('2026-12-01T00:00:00.000Z'))).toEqual(query);
  });
});

describe('TemporalQueryDto', () => {
  function invalidFields(query: Record<string, unknown>): string[] {
    return validateSync(plainToInstance(TemporalQueryDto, query), { whitelist: true, forbidNonWhitelisted: true }).map(
      (error) => error.property,
    );
  }

  it('takes no parameter at all', () => {
    expect(invalidFields({})).toEqual([]);
  });

  it('refuses a date that does not exist, a date for knownAt and an axis of its own', () => {
    expect(invalidFields({ validOn: '2026-02-29', knownAt: '2026-11-23', axis: 'recorded' })).toEqual(['validOn', 'knownAt', 'axis']);
  });
});
