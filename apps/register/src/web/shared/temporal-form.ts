import { fieldValueOfInstant } from './local-instant';
import type { TemporalFields } from './temporal-fields';

/** The values layout/temporal-form.eta shows: the question's own, knownAt on the Dutch clock. */
export function temporalFormValues(fields: TemporalFields): { validOn: string; knownAt: string; axis: string } {
  return { validOn: fields.validOn, knownAt: fieldValueOfInstant(fields.knownAt), axis: fields.axis };
}

/** `validOn=…&knownAt=…&axis=…` for links that keep the question's time. */
export function temporalQueryString(fields: TemporalFields): string {
  return new URLSearchParams({ validOn: fields.validOn, knownAt: fields.knownAt, axis: fields.axis }).toString();
}
