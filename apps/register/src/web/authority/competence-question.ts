import { isMunicipalityCode, isPartyId, isRegisterId } from '../../http/validation';
import type { Axis } from '../../http/validation/temporal-query.dto';
import type { PageFieldError } from '../shared/page-model';
import { filledFields, readTemporalFields } from '../shared/temporal-fields';

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
  const { validOn, knownAt, axis } = readTemporalFields(values, now, fail);
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
