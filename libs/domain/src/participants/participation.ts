import type { CalendarDate } from '../shared/calendar-date';
import { unknownReference } from '../shared/common.errors';
import { DomainError } from '../shared/domain.error';
import type { NameBook } from '../shared/organ-names';
import type { MunicipalityCode } from '../shared/party-id';
import { municipalityName } from '../shared/organ-names';

/**
 * A participant's membership of the arrangement as periods: joining opens one,
 * an exit closes it. `exitOn` is the first day the municipality no longer takes
 * part (GR SZMH art. 21 lid 4: the exit "gaat in" on that date).
 */
export interface ParticipationPeriod {
  readonly joinedOn: CalendarDate;
  readonly exitOn: CalendarDate | null;
  readonly exitDecision: string | null;
}

export interface ParticipantRecord {
  readonly municipality: MunicipalityCode;
  readonly name: string;
  readonly periods: readonly ParticipationPeriod[];
}

export function participatesOn(record: ParticipantRecord, date: CalendarDate): boolean {
  return record.periods.some((p) => p.joinedOn <= date && (p.exitOn === null || date < p.exitOn));
}

export function currentPeriod(record: ParticipantRecord): ParticipationPeriod {
  return record.periods[record.periods.length - 1];
}

/** The names participants registered themselves with, for error details and signature lines. */
export function nameBookOf(records: readonly ParticipantRecord[]): NameBook {
  return Object.fromEntries(records.map((r) => [r.municipality, r.name]));
}

/** The participant from a handler-loaded context, or UNKNOWN_REFERENCE when the register never knew it. */
function findParticipant(records: readonly ParticipantRecord[], code: MunicipalityCode): ParticipantRecord {
  const record = records.find((r) => r.municipality === code);
  if (!record) throw unknownReference('participant', code);
  return record;
}

export function notAParticipant(code: MunicipalityCode, date: CalendarDate, role: string, names: NameBook): DomainError {
  return new DomainError(
    'NOT_A_PARTICIPANT',
    `GR SZMH art. 21: ${municipalityName(code, names)} (${code}), ${role}, does not take part in the arrangement on ${date}.`,
    { municipality: code, date, role },
  );
}

/**
 * Participation is judged on the date the act takes effect, not the date it was
 * decided (domain.md): a municipality decides before it joins, and decides its
 * exit while it still takes part.
 */
export function requireParticipation(
  records: readonly ParticipantRecord[],
  code: MunicipalityCode,
  date: CalendarDate,
  role: string,
): void {
  if (!participatesOn(findParticipant(records, code), date)) {
    throw notAParticipant(code, date, role, nameBookOf(records));
  }
}
