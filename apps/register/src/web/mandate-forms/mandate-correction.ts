import { amountOf, linesOf, type PostedForm, textOf } from '../forms/posted-form';
import type { PageFieldError } from '../shared/page-model';

/**
 * The corrected value as the command takes it: a date, an open end (an
 * empty "geldig tot"), an amount or none, instruction lines, a document id.
 */
export function correctionValueOf(field: string, form: PostedForm): { value: unknown; errors: PageFieldError[] } {
  switch (field) {
    case 'validUntil':
      return { value: textOf(form, 'value'), errors: [] };
    case 'ceiling': {
      const amount = amountOf(form, 'value');
      return Number.isNaN(amount) ? { value: null, errors: [{ field: 'value', message: 'Vul een bedrag in euro in, zoals 25000, of laat het leeg voor geen maximum.' }] } : { value: amount, errors: [] };
    }
    case 'instructions':
      return { value: linesOf(form, 'value'), errors: [] };
    case 'validFrom':
    case 'decision': {
      const value = textOf(form, 'value');
      return value === null ? { value, errors: [{ field: 'value', message: 'Vul de juiste waarde in.' }] } : { value, errors: [] };
    }
    default:
      return { value: null, errors: [{ field: 'field', message: 'Kies wat verkeerd is vastgelegd.' }] };
  }
}
