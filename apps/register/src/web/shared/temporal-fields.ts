import { isCalendarDate } from '@register/domain';
import { AXES, type Axis } from '../../http/validation/temporal-query.dto';
import { calendarDateIn } from '../../write-side/clock';
import { instantFromField } from './local-instant';
import type { PageFieldError } from './page-model';

/** The time fields of every page that answers a question, with their defaults filled in (api.md "Conventions"). */
export interface TemporalFields {
  readonly validOn: string;
  readonly knownAt: string;
  readonly axis: Axis;
}

const TEMPORAL_MESSAGES = {
  validOn: 'Vul een bestaande datum in.',
  knownAt: 'Vul bij "zoals bekend op" een tijdstip in dat niet in de toekomst ligt.',
  knownAtFuture: 'Het tijdstip bij "zoals bekend op" ligt in de toekomst; het register weet nog niet wat het dan weet.',
  axis: 'Kies de as geldig of in werking.',
} as const;

export type Fail = (field: string, message: string) => undefined;

/** A GET form sends its empty fields too: an empty field is an absent one; a repeated one counts once, the last. */
export function filledFields(raw: Readonly<Record<string, unknown>>): Record<string, string | undefined> {
  const values: Record<string, string | undefined> = Object.create(null);
  for (const [field, value] of Object.entries(raw)) {
    const text = Array.isArray(value) ? value.at(-1) : value;
    if (typeof text === 'string' && text.trim() !== '') values[field] = text.trim();
  }
  return values;
}

/** validOn, knownAt and axis as given, each undefined when absent or wrong (and then reported through `fail`). */
export function readTemporalFields(values: Record<string, string | undefined>, now: Date, fail: Fail) {
  const validOn = values.validOn === undefined || isCalendarDate(values.validOn) ? values.validOn : fail('validOn', TEMPORAL_MESSAGES.validOn);
  const axisOk = values.axis === undefined || (AXES as readonly string[]).includes(values.axis);
  const axis = axisOk ? ((values.axis ?? 'valid') as Axis) : fail('axis', TEMPORAL_MESSAGES.axis);
  let knownAt: string | undefined;
  if (values.knownAt !== undefined) {
    const instant = instantFromField(values.knownAt);
    if (instant === undefined) fail('knownAt', TEMPORAL_MESSAGES.knownAt);
    else if (Date.parse(instant) > now.getTime()) fail('knownAt', TEMPORAL_MESSAGES.knownAtFuture);
    else knownAt = instant;
  }
  return { validOn, knownAt, axis };
}

/** The time fields of a page with only those (registers, mandates, documents): defaults for what is absent or wrong, and the errors. */
export function parseTemporalFields(raw: Readonly<Record<string, unknown>>, now: Date): { fields: TemporalFields; errors: PageFieldError[] } {
  const errors: PageFieldError[] = [];
  const read = readTemporalFields(filledFields(raw), now, (field, message) => void errors.push({ field, message }));
  return { fields: { validOn: read.validOn ?? calendarDateIn(now), knownAt: read.knownAt ?? now.toISOString(), axis: read.axis ?? 'valid' }, errors };
}
