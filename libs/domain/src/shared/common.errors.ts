import { DomainError } from './domain.error';

/**
 * Error factories shared by several aggregates. Each builds the sentence a
 * lawyer reads in the problem document, naming the article where a rule of law
 * is at stake.
 */

export type ReferenceKind = 'participant' | 'organ' | 'function' | 'power' | 'document' | 'mandate' | 'amendment' | 'approval' | 'publication';

export function validationFailed(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field}: ${message}`, { errors: [{ field, message }] });
}

export function unknownReference(kind: ReferenceKind, id: string): DomainError {
  return new DomainError('UNKNOWN_REFERENCE', `The register does not know the ${kind} ${id}.`, { kind, id });
}

export function alreadyExists(kind: ReferenceKind, id: string): DomainError {
  return new DomainError('ALREADY_EXISTS', `The register already holds the ${kind} ${id}.`, { kind, id });
}

/** What a decision document is required for, with the article that requires it. */
const DECISION_BASIS = {
  grant: 'Awb 10:5 lid 1: a general mandate is granted in writing, so a grant',
  revocation: 'Awb 10:8 and 10:5: a revocation of a mandate is made in writing, so it',
  exit: 'GR SZMH art. 21: an exit from the arrangement is decided by the college, so it',
} as const;

export function decisionDocumentRequired(act: keyof typeof DECISION_BASIS, documentId: string): DomainError {
  return new DomainError(
    'DECISION_DOCUMENT_REQUIRED',
    `${DECISION_BASIS[act]} must refer to a registered decision document; ${documentId} is not registered.`,
    { act, document: documentId },
  );
}

export function chronology(detail: string, meta: Record<string, unknown> = {}): DomainError {
  return new DomainError('CHRONOLOGY', detail, meta);
}

export function invalidPeriod(detail: string, meta: Record<string, unknown> = {}): DomainError {
  return new DomainError('INVALID_PERIOD', detail, meta);
}

/** Refuses a date that lies after today where only a past date makes sense (a decision taken, a publication made). */
export function requireNotAfterToday(date: string, today: string, what: string, field: string): void {
  if (date > today) {
    throw chronology(`${what} on ${date} lies after today, ${today}: the register records facts that have happened.`, {
      field,
      date,
      today,
    });
  }
}
