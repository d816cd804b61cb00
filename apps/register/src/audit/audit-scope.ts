import type { AuthenticatedSubject } from '../auth/authenticated-subject';

/**
 * Who may take the proofs, bundles and access log of what concerns
 * `municipalities` (api.md "Audit"; GR SZMH arts. 11, 12): a registrar all of
 * them, an auditor those of their own municipalities, and nobody else. Unlike
 * the register's reads, a reader or publication officer gets nothing here:
 * the plain 404, as if there were nothing to see.
 */
export function mayAudit(subject: AuthenticatedSubject, municipalities: readonly string[]): boolean {
  if (subject.roles.includes('registrar')) return true;
  return subject.roles.includes('auditor') && municipalities.some((municipality) => subject.municipalities.includes(municipality));
}
