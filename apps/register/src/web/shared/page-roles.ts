import type { AuthenticatedSubject } from '../../auth/authenticated-subject';

/** Publication officers record and correct publications, and so do registrars (api.md "Conventions"). */
export function mayRecordPublications(subject: AuthenticatedSubject): boolean {
  return subject.roles.some((role) => role === 'publication-officer' || role === 'registrar');
}

/** Registrars record decisions and mandates. */
export function isRegistrar(subject: AuthenticatedSubject): boolean {
  return subject.roles.includes('registrar');
}
