import type { PageFieldError } from '../shared/page-model';
import { FORM_KEY_FIELD, newFormKey, type PostedForm } from './posted-form';

/** What a form's template gets: the values to show (as typed, after a refusal), each field's error, and a fresh key. */
export interface FormPageData {
  readonly values: PostedForm;
  readonly formKey: string;
  readonly formKeyField: string;
  readonly fieldError: (field: string) => string | undefined;
}

/**
 * A form shown anew, or again after a refusal with what was typed: every
 * showing gets a new key, so the corrected form is a new request, while a
 * double click on one showing sends its one key twice.
 */
export function formPageData(values: PostedForm, errors: readonly PageFieldError[]): FormPageData {
  return {
    values,
    formKey: newFormKey(),
    formKeyField: FORM_KEY_FIELD,
    fieldError: (field) => errors.filter((error) => error.field === field).map((error) => error.message).join(' ') || undefined,
  };
}

/** The fields a form needs before the register is asked, each with a Dutch message naming it. */
export function requiredErrors(form: PostedForm, labels: Readonly<Record<string, string>>): PageFieldError[] {
  return Object.entries(labels)
    .filter(([name]) => (form[name] ?? '').trim() === '')
    .map(([field, label]) => ({ field, message: `Vul ${label} in.` }));
}
