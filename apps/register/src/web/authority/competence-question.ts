import { isCalendarDate } from '@register/domain';
import { isMunicipalityCode, isPartyId, isRegisterId } from '../../http/validation';
import { AXES, type Axis } from '../../http/validation/temporal-query.dto';
import { instantFromField } from '../shared/local-instant';
import type { PageFieldError } from '../shared/page-model';

/** The competence check's question, in the API's parameter names (ui.md): what /bevoegdheid and its statement take. */
export interface CompetenceQuestion {
  readonly actor: string;
  readonly power: string;
  readonly municipality: string;
  readonly validOn: string | undefined;
  readonly knownAt: string | undefined;
  readonly axis: Axis;
  readonly amount: number | undefined;
}

export type ParsedQuestion =
  | { readonly kind: 'empty' }
  | { readonly kind: 'question'; readonly question: CompetenceQuestion }
  | { readonly kind: 'invalid'; readonly errors: readonly PageFieldError[] };

const FIELDS = ['actor', 'power', 'municipality', 'validOn', 'knownAt', 'axis', 'amount'] as const;

/** api.md: digits with at most two decimals after a point; "6.000" and "6,000" are refused with how to write it. */
const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

const MESSAGES = {
  actor: 'Vul de functie of het orgaan in dat besloot, zoals GM0935.manager-sociale-zekerheid of college:GM0938.',
  power: 'Vul de bevoegdheid in, zoals PW-BIJSTAND.',
  municipality: 'Kies de gemeente namens wie besloten is.',
  validOn: 'Vul de datum van het besluit in als een bestaande datum.',
  knownAt: 'Vul bij "zoals bekend op" een tijdstip in dat niet in de toekomst ligt.',
  knownAtFuture: 'Het tijdstip bij "zoals bekend op" ligt in de toekomst; het register weet nog niet wat het dan weet.',
  axis: 'Kies de as geldig of in werking.',
  amount: 'Schrijf het bedrag in euro\'s zonder punten of komma\'s voor duizendtallen, met hoogstens twee decimalen na een punt: 6000 of 6000.50.',
  unknown: 'Deze vraag kent het veld niet.',
} as const;

/** Reads the form's fields: nothing asked yet, a valid question, or each wrong field with a Dutch message. */
export function parseCompetenceQuestion(raw: Readonly<Record<string, unknown>>, now: Date): ParsedQuestion {
  const values = filledFields(raw);
  if (values.actor === undefined && values.power === undefined && values.municipality === undefined) return { kind: 'empty' };
  const errors: PageFieldError[] = [];
  const fail = (field: string, message: string): undefined => void errors.push({ field, message });
  for (const field of Object.keys(values)) if (!(FIELDS as readonly string[]).includes(field)) fail(field, MESSAGES.unknown);
  const actor = isPartyId(values.actor) ? values.actor : fail('actor', MESSAGES.actor);
  const power = isRegisterId(values.power) ? values.power : fail('power', MESSAGES.power);
  const municipality = isMunicipalityCode(values.municipality) ? values.municipality : fail('municipality', MESSAGES.municipality);
  const validOn = values.validOn === undefined || isCalendarDate(values.validOn) ? values.validOn : fail('validOn', MESSAGES.validOn);
  const knownAt = knownAtOf(values.knownAt, now, fail);
  const axis = values.axis === undefined ? 'valid' : (AXES as readonly string[]).includes(values.axis) ? (values.axis as Axis) : fail('axis', MESSAGES.axis);
  const amount = values.amount === undefined ? undefined : AMOUNT.test(values.amount) ? Number(values.amount) : fail('amount', MESSAGES.amount);
  if (errors.length > 0 || !actor || !power || !municipality || !axis) return { kind: 'invalid', errors };
  return { kind: 'question', question: { actor, power, municipality, validOn, knownAt, axis, amount } };
}

/** The question's parameters for a link (the permalink, the statement), with knownAt fixed so the link answers the same later. */
export function questionParameters(question: CompetenceQuestion, validOn: string, knownAt: string): string {
  const params = new URLSearchParams({ actor: question.actor, power: question.power, municipality: question.municipality, validOn, knownAt });
  if (question.amount !== undefined) params.set('amount', String(question.amount));
  if (question.axis !== 'valid') params.set('axis', question.axis);
  return params.toString();
}

function knownAtOf(value: string | undefined, now: Date, fail: (field: string, message: string) => undefined): string | undefined {
  if (value === undefined) return undefined;
  const instant = instantFromField(value);
  if (instant === undefined) return fail('knownAt', MESSAGES.knownAt);
  return Date.parse(instant) > now.getTime() ? fail('knownAt', MESSAGES.knownAtFuture) : instant;
}

/** A GET form sends its empty fields too: an empty field is an absent one. */
function filledFields(raw: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = Object.create(null);
  for (const [field, value] of Object.entries(raw)) {
    const text = Array.isArray(value) ? value.at(-1) : value;
    if (typeof text === 'string' && text.trim() !== '') values[field] = text.trim();
  }
  return values;
}
