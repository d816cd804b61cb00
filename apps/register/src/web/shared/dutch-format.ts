import { MUNICIPALITY_NAMES, organTitle, parseParty } from '@register/domain';
import { REGISTER_TIME_ZONE } from '../../write-side/clock';

const DATE = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const INSTANT = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: REGISTER_TIME_ZONE,
});
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const CENTS = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "15 januari 2026" for `2026-01-15`; a date has no time zone, so it is read as UTC. */
export function dutchDate(date: string | null | undefined): string {
  if (date === null || date === undefined || date === '') return '';
  return DATE.format(new Date(`${date}T00:00:00.000Z`));
}

/** "23 november 2026 om 11:00:00" for an instant, in Dutch time: the users' clock, not UTC. */
export function dutchInstant(instant: string): string {
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
