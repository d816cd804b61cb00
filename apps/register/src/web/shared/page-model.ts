import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import type { WebSession } from '../session/web-session';
import * as format from './dutch-format';

/** A field error for the summary at the top of a form and the message beside its field (ui.md "What makes a page done"). */
export interface PageFieldError {
  readonly field: string;
  readonly message: string;
}

/** What every page template gets besides its own data: who is signed in, the form token, the formatting helpers. */
export interface PageModel {
  readonly title: string;
  readonly user: AuthenticatedSubject | undefined;
  readonly csrfToken: string | undefined;
  readonly format: typeof format;
  readonly errors: readonly PageFieldError[];
}

export function pageModel<T extends object>(title: string, session: WebSession | undefined, data: T, errors: readonly PageFieldError[] = []): PageModel & T {
  return { title, user: session?.subject, csrfToken: session?.csrfToken, format, errors, ...data };
}
