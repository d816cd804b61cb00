import { MUNICIPALITY_NAMES, organTitle, parseParty } from '@register/domain';
import { REGISTER_TIME_ZONE } from '../../write-side/clock';
import { fieldValueOfInstant } from './local-instant';

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: REGISTER_TIME_ZONE,
});
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/;
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * "15 januari 2026" for `2026-01-15`; a date has no time zone, so it is read as UTC.
 * Written from the date's digits as nl-NL's long date writes it (the spec
 * compares every day of several years with Intl): a call of Intl per date
 * cost more than the rest of the competence check's view (bench: web.authority).
 */
export function dutchDate(date: string | null | undefined): string {
  if (date === null || date === undefined || date === '') return '';
  const digits = CALENDAR_DATE.exec(date);
  // What is no day of the calendar (2026-02-30) goes to Intl, which writes it as it always did.
  if (digits === null || !isCalendarDay(+digits[1], +digits[2], +digits[3])) return DATE.format(new Date(`${date}T00:00:00.000Z`));
  return dayMonthYear(digits[1], digits[2], digits[3]);
}

/** "23 november 2026 om 11:00:00" for an instant, in Dutch time: the users' clock, not UTC; from its wall-clock time as dutchDate writes a date. */
export function dutchInstant(instant: string): string {
  const wall = WALL_CLOCK.exec(fieldValueOfInstant(instant));
  if (wall === null) return instantFromParts(instant);
  return `${dayMonthYear(wall[1], wall[2], wall[3])} om ${wall[4]}:${wall[5]}:${wall[6]}`;
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  const utc = new Date(Date.UTC(year, month - 1, day));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
}

function dayMonthYear(year: string, month: string, day: string): string {
  return `${Number(day)} ${MONTHS[Number(month) - 1]} ${Number(year)}`;
}

/** Intl's own parts, for an instant whose wall-clock time is not written with four-digit years. */
function instantFromParts(instant: string): string {
  const parts = INSTANT.formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} om ${part('hour')}:${part('minute')}:${part('second')}`;
}

/** "€ 5.000", or "€ 5.000,50" with cents; a plain space after the sign, as ui.md writes it. */
export function dutchAmount(euros: number | null | undefined): string {
  if (euros === null || euros === undefined) return '';
  return `€ ${Number.isInteger(euros) ? WHOLE.format(euros) : CENTS.format(euros)}`;
}

/** "college van burgemeester en wethouders van Meerssen" for `college:GM0938`; a function keeps its id. */
export function partyName(partyId: string): string {
  const party = parseParty(partyId);
  if (party === null || party.type === 'function') return partyId;
  return organTitle(party.organKind, party.municipality);
}

/** "Meerssen" for GM0938. */
export function municipalityLabel(code: string): string {
  return (MUNICIPALITY_NAMES as Readonly<Record<string, string>>)[code] ?? code;
}

/** "a, b of c": the choices a field allows, or the kinds a rule accepts. */
export function dutchChoice(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} of ${words[words.length - 1]}`;
}

/** "1 rij", "3 rijen": a count with the words that follow it in the number Dutch needs. */
export function dutchCount(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
