/** The roles of api.md; a token may carry others, which the service ignores. */
export const ROLES = ['registrar', 'publication-officer', 'auditor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

/** A CBS municipality code, as in `GM0938`. */
export const MUNICIPALITY_CODE = /^GM\d{4}$/;

/**
 * Who made a request, taken from a verified bearer token. `sub` is what events
 * record as `recordedBy`; `municipalities` limits what an auditor may read.
 */
export interface AuthenticatedSubject {
  readonly sub: string;
  readonly roles: readonly Role[];
  readonly municipalities: readonly string[];
}

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}
