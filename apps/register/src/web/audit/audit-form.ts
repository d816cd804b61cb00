import { isCalendarDate } from '@register/domain';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { mayAudit } from '../../audit/audit-scope';
import { calendarDateIn } from '../../write-side/clock';
import type { PageFieldError } from '../shared/page-model';

/** The partners of the arrangement, Maastricht first, and Eijsden-Margraten, which left: its past stays auditable. */
const AUDITABLE = ['GM0935', 'GM1729', 'GM0938', 'GM0981', 'GM0994', 'GM1903'] as const;

/** The audit page's question, with the API's parameter names (ui.md): a municipality and a period of Dutch calendar days. */
export interface AuditQuestion {
  readonly municipality: string;
  readonly from: string;
  readonly until: string;
}

export type ParsedAuditForm =
  | { readonly kind: 'question'; readonly question: AuditQuestion }
  | { readonly kind: 'invalid'; readonly form: AuditQuestion; readonly errors: PageFieldError[] }
  /** A municipality the user may not audit: the "niet gevonden" page, as for anything out of scope. */
  | { readonly kind: 'not-found' };

/** The municipalities `subject` may audit: all for a registrar, an auditor's own. */
export function auditableBy(subject: AuthenticatedSubject): string[] {
  return AUDITABLE.filter((code) => mayAudit(subject, [code]));
}

/**
 * Reads the form; what is not given defaults to the first municipality the
 * user may audit and this calendar year up to today (Dutch time), so an
 * auditor who opens the page sees their municipality's year at once.
 */
export function parseAuditForm(raw: Record<string, unknown>, subject: AuthenticatedSubject, now: Date): ParsedAuditForm {
  const today = calendarDateIn(now);
  const text = (name: string) => (typeof raw[name] === 'string' && raw[name] !== '' ? (raw[name] as string) : undefined);
  const form = { municipality: text('municipality') ?? auditableBy(subject)[0] ?? '', from: text('from') ?? `${today.slice(0, 4)}-01-01`, until: text('until') ?? today };
  if (!auditableBy(subject).includes(form.municipality)) return { kind: 'not-found' };
  const errors: PageFieldError[] = [];
  if (!isCalendarDate(form.from)) errors.push({ field: 'from', message: 'Vul bij "Van" een datum in, zoals 2026-01-01.' });
  if (!isCalendarDate(form.until)) errors.push({ field: 'until', message: 'Vul bij "Tot en met" een datum in, zoals 2026-12-31.' });
  if (errors.length === 0 && form.until < form.from) errors.push({ field: 'until', message: '"Tot en met" ligt vóór "Van": kies een einddatum op of na de begindatum.' });
  return errors.length > 0 ? { kind: 'invalid', form, errors } : { kind: 'question', question: form };
}
