import { ProblemError } from '../../http/problem/problem.error';
import { auditPeriod } from './audit-period';

describe('an audit period of Dutch calendar days', () => {
  const now = new Date('2026-03-01T12:00:00.000Z');

  it('runs from 00:00 Dutch time on from to 00:00 on the day after until: 2025 is 23:00 UTC on 31 December 2024 to 23:00 UTC on 31 December 2025', () => {
    expect(auditPeriod('2025-01-01', '2025-12-31', now)).toEqual({
      from: '2025-01-01',
      until: '2025-12-31',
      fromInstant: '2024-12-31T23:00:00.000Z',
      untilInstant: '2025-12-31T23:00:00.000Z',
      // The read models as the register stood in the last millisecond of the period.
      knownAt: '2025-12-31T22:59:59.999Z',
    });
  });

  it('counts a summer day from 22:00 UTC, and reads the register as it stands now when the period ends later', () => {
    expect(auditPeriod('2025-07-01', '2026-07-01', now)).toMatchObject({ fromInstant: '2025-06-30T22:00:00.000Z', untilInstant: '2026-07-01T22:00:00.000Z', knownAt: now.toISOString() });
  });

  it('takes one day, from and until being the same', () => {
    expect(auditPeriod('2025-10-26', '2025-10-26', now)).toMatchObject({ fromInstant: '2025-10-25T22:00:00.000Z', untilInstant: '2025-10-26T23:00:00.000Z' });
  });

  it('refuses until before from, naming until', () => {
    expect(() => auditPeriod('2026-02-01', '2026-01-31', now)).toThrow(ProblemError);
    expect(() => auditPeriod('2026-02-01', '2026-01-31', now)).toThrow('VALIDATION_FAILED');
  });
});
