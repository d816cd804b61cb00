import type { AuthenticatedSubject } from '../../auth/authenticated-subject';

/** Thirty minutes without a request end a session (ui.md "Signing in"). */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

/** What a sign-in in progress remembers between its two requests. */
export interface PendingSignIn {
  /** Where to send the user once signed in: a path of this service. */
  readonly returnTo: string;
  /** OpenID Connect only: the values the callback must see again. */
  readonly oidc?: { readonly state: string; readonly nonce: string; readonly codeVerifier: string };
}

/** A live session as the pages see it: the visitor's, or a signed-in user's. */
export interface WebSession {
  /** The cookie's value; never stored, only its hash is. */
  readonly id: string;
  readonly subject: AuthenticatedSubject | undefined;
  readonly csrfToken: string;
  readonly pending: PendingSignIn | undefined;
}
