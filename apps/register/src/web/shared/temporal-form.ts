import { fieldValueOfInstant } from './local-instant';
import type { TemporalFields } from './temporal-fields';

/** The values layout/temporal-form.eta shows: the question's own, knownAt on the Dutch clock. */
function temporalFormValues(fields: TemporalFields): { validOn: string; knownAt: string; axis: string } {
  return { validOn: fields.validOn, knownAt: fieldValueOfInstant(fields.knownAt), axis: fields.axis };
}

/** `validOn=…&knownAt=…&axis=…` for links that keep the question's time. */
export function temporalQueryString(fields: TemporalFields): string {
  return new URLSearchParams({ validOn: fields.validOn, knownAt: fields.knownAt, axis: fields.axis }).toString();
}

/** What layout/temporal-form.eta and the page's links need: the question's time, the form's values, where it posts, the links' query. */
export function temporalPageData(fields: TemporalFields, action: string) {
  return { time: fields, form: temporalFormValues(fields), action, linkTime: temporalQueryString(fields) };
}
