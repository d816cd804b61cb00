import type { AuthenticatedSubject, Role } from '../../auth/authenticated-subject';

/** A local page account as the command line and the sign-in see it. */
export interface WebAccount {
  readonly name: string;
  readonly roles: readonly Role[];
  readonly municipalities: readonly string[];
  readonly createdAt: string;
  readonly disabledAt: string | null;
}

/** What a signed-in account may do: the same subject a bearer token would give. */
export function subjectOfAccount(account: WebAccount): AuthenticatedSubject {
  return { sub: account.name, roles: account.roles, municipalities: account.municipalities };
}

/** Account names are what events record as `recordedBy`: short, without spaces, the API's identifier alphabet. */
export const ACCOUNT_NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,127}$/;
