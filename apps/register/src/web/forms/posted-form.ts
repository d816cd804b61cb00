import { randomUUID } from 'node:crypto';

/** A page form's fields as posted, each once (shared/form-body.parser.ts). */
export type PostedForm = Readonly<Record<string, string | undefined>>;

/** The hidden field that makes one filled-in form one request: a double submit sends the same key, and records once. */
export const FORM_KEY_FIELD = '_sleutel';

/** A new key for a form about to be shown. */
export function newFormKey(): string {
  return randomUUID();
}

/** The field's text, trimmed; null when empty or absent, so the domain can say it is required. */
export function textOf(form: PostedForm, name: string): string | null {
  const value = form[name]?.trim();
  return value === undefined || value === '' ? null : value;
}

/** The values of a group of checkboxes named `<group>:<value>`: the body parser keeps one value per name. */
export function checkedOf(form: PostedForm, group: string): string[] {
  const prefix = `${group}:`;
  return Object.keys(form).filter((name) => name.startsWith(prefix)).map((name) => name.slice(prefix.length));
}

/** The lines of a textarea, without empty ones. */
export function linesOf(form: PostedForm, name: string): string[] {
  return (form[name] ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

/**
 * An amount in euros as typed (`25000`, `25.000`, `€ 25.000,50`): Dutch
 * writing with a dot for thousands and a comma for cents, as the page shows
 * amounts. Null when empty; NaN when it is not an amount, for the domain to refuse.
 */
export function amountOf(form: PostedForm, name: string): number | null {
  const text = textOf(form, name);
  if (text === null) return null;
  const plain = text.replace(/^€\s*/, '').replace(/\./g, '').replace(',', '.');
  return /^\d+(\.\d{1,2})?$/.test(plain) ? Number(plain) : Number.NaN;
}
