import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { calendarDateIn, type Clock } from '../../write-side/clock';
import { ProblemError } from '../problem/problem.error';
import { IsCalendarDate, IsZonedInstant, zonedInstantOf } from './date-time.validators';

import { AXES, type Axis } from '@register/projections';

// The read model's axes (authority-answer.ts), which every read takes.
export { AXES, type Axis };

/** A bitemporal question with its defaults filled in. */
export interface TemporalQuery {
  readonly validOn: string;
  readonly knownAt: string;
  readonly axis: Axis;
}

/**
 * The query parameters every read takes (api.md "Conventions"). Extend it for
 * a route with more parameters (`class AuthorityQueryDto extends
 * TemporalQueryDto`): the pipe refuses parameters the DTO does not declare.
 * The defaults depend on the clock, so `resolveTemporalQuery` applies them.
 */
export class TemporalQueryDto {
  @ApiPropertyOptional({ description: 'The date the question is about; default today in Europe/Amsterdam', example: '2026-01-15', format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  validOn?: string;

  @ApiPropertyOptional({
    description: 'Answer as the register stood at this instant, any ISO-8601 instant with a time zone, not in the future; default now',
    example: '2026-11-23T10:00:00.000Z',
    format: 'date-time',
  })
  @IsOptional()
  @IsZonedInstant()
  knownAt?: string;

  @ApiPropertyOptional({ enum: AXES, default: 'valid', description: '`valid`: the rules applied on validOn; `inForce`: they were legally in force' })
  @IsOptional()
  @IsIn(AXES)
  axis?: Axis;
}

/**
 * The query with its defaults: `knownAt` is now; `validOn` is the date of now
 * in Europe/Amsterdam, because dates carry no time zone (domain.md "Time") and
 * the municipalities' own calendar decides what "today" is: at 00:30 on
 * 1 January in Maastricht it is already 1 January, though UTC says 31 December.
 * Both come from one reading of the injected clock, so they never straddle midnight.
 * A given knownAt is answered as the UTC instant it names (knownAtOf).
 *
 * @throws ProblemError VALIDATION_FAILED for a knownAt in the future.
 */
export function resolveTemporalQuery(query: TemporalQueryDto, clock: Pick<Clock, 'now'>): TemporalQuery {
  const now = clock.now();
  return {
    validOn: query.validOn ?? calendarDateIn(now),
    knownAt: knownAtOf(query, now) ?? now.toISOString(),
    axis: query.axis ?? 'valid',
  };
}

/**
 * The knownAt asked, as the UTC instant with milliseconds the register's
 * instants are written in (so they compare as text), or undefined when none
 * was. The future is refused: what the register will know then it cannot say
 * yet, and an answer that later events could still change would mislead.
 *
 * @throws ProblemError VALIDATION_FAILED for a knownAt in the future, or one that is no zoned instant (which the DTO already refuses).
 */
export function knownAtOf(query: Pick<TemporalQueryDto, 'knownAt'>, now: Date): string | undefined {
  if (query.knownAt === undefined) return undefined;
  const instant = zonedInstantOf(query.knownAt);
  if (instant === undefined) throw ProblemError.validationFailed([{ field: 'knownAt', message: 'must be an ISO-8601 instant with a time zone' }]);
  if (Date.parse(instant) > now.getTime()) {
    const message = `must not lie in the future: the register cannot say yet what it will know then (it is now ${now.toISOString()})`;
    throw ProblemError.validationFailed([{ field: 'knownAt', message }]);
  }
  return instant;
}
