import { assertNever } from '../shared/assert-never';
import { DomainError } from '../shared/domain.error';
import { describeParty, type NameBook } from '../shared/organ-names';
import type { CalendarDate } from '../shared/calendar-date';
import type { AmendableDocumentType, DocumentRecord, DocumentTerm, DocumentType } from './document.state';

/**
 * The error sentences of the amendment rules. Each names the article and what
 * is missing, so legal affairs can act on the detail alone.
 */

export function notAmendable(documentId: string, type: DocumentType): DomainError {
  return new DomainError(
    'DOCUMENT_NOT_AMENDABLE',
    `Only an agreement, the charter and the arrangement are amended in the register; ${documentId} is a ${type}, which is changed by a new decision.`,
    { document: documentId, type },
  );
}

export function outsideTerm(document: DocumentRecord, term: DocumentTerm, validFrom: CalendarDate): DomainError {
  const until = term.until === null ? 'without end' : `until ${term.until}`;
  const rule = document.type === 'agreement' ? 'GR SZMH art. 8 lid 5: an agreement is changed during its term only' : `the ${document.type} is changed during its term only`;
  return new DomainError(
    'AGREEMENT_TERM_ENDED',
    `${rule}; the term of ${document.documentId} runs from ${term.from} ${until}, so an amendment valid from ${validFrom} falls outside it.`,
    { document: document.documentId, term, validFrom },
  );
}

/** "the college van burgemeester en wethouders van Meerssen (college:GM0938), ...": who a refusal says is missing. */
function namedOrgans(organs: readonly string[], names: NameBook): string {
  return organs.map((organ) => `${describeParty(organ, names)} (${organ})`).join(', ');
}

/** Art. 8 lid 5 allows changes "tijdens de looptijd": an adoption after the term changes an agreement that no longer runs. */
export function adoptedAfterTerm(document: DocumentRecord, term: DocumentTerm, adoptedOn: CalendarDate): DomainError {
  const rule = document.type === 'agreement' ? 'GR SZMH art. 8 lid 5: an agreement is changed during its term only' : `the ${document.type} is changed during its term only`;
  return new DomainError(
    'AGREEMENT_TERM_ENDED',
    `${rule}; the term of ${document.documentId} ended on ${term.until}, so an amendment adopted on ${adoptedOn} no longer changes it.`,
    { document: document.documentId, term, adoptedOn },
  );
}

/** GR SZMH art. 19 lid 2 with Wgr art. 1 lid 2: the colleges decide only after their councils consented. */
export function councilConsentMissing(
  documentId: string,
  amendmentId: string,
  adoptedOn: CalendarDate,
  missing: readonly string[],
  names: NameBook,
): DomainError {
  const who = namedOrgans(missing, names);
  return new DomainError(
    'ARRANGEMENT_REQUIRES_COUNCIL_CONSENT',
    `GR SZMH art. 19 lid 2 and Wgr art. 1 lid 2: the colleges change the arrangement only after every participating council has consented; ` +
      `on ${adoptedOn} the amendment ${amendmentId} of ${documentId} lacks the consent of ${who}.`,
    { document: documentId, amendment: amendmentId, adoptedOn, missing },
  );
}

const APPROVERS: Readonly<Record<AmendableDocumentType, string>> = {
  agreement: 'GR SZMH art. 8 lid 5: an agreement is changed only by its parties, the colleges of the central municipality and the partner',
  charter: 'GR SZMH art. 13 lid 4: the charter is adopted and changed by the colleges',
  arrangement: 'GR SZMH art. 19 lid 2: the arrangement is changed by its participants, the colleges, with the consent of their councils',
};

export function approverNotAParty(documentId: string, type: AmendableDocumentType, organ: string, names: NameBook): DomainError {
  return new DomainError(
    'APPROVER_NOT_A_PARTY',
    `${APPROVERS[type]}; ${describeParty(organ, names)} cannot approve an amendment of ${documentId}.`,
    { document: documentId, organ },
  );
}

export function alreadyAdopted(documentId: string, amendmentId: string, adoptedOn: CalendarDate): DomainError {
  return new DomainError(
    'AMENDMENT_ALREADY_ADOPTED',
    `The amendment ${amendmentId} of ${documentId} was adopted on ${adoptedOn}; an adopted amendment is changed by a new amendment.`,
    { document: documentId, amendment: amendmentId, adoptedOn },
  );
}

/** The refusal when approvals are missing, with the code and article that fit the kind of document. */
export function approvalsMissing(
  document: DocumentRecord & { type: AmendableDocumentType },
  amendmentId: string,
  adoptedOn: CalendarDate,
  missing: readonly string[],
  names: NameBook,
): DomainError {
  const who = namedOrgans(missing, names);
  const meta = { document: document.documentId, amendment: amendmentId, adoptedOn, missing };
  switch (document.type) {
    case 'agreement':
      return new DomainError(
        'AMENDMENT_REQUIRES_ALL_PARTIES',
        `GR SZMH art. 8 lid 5: an agreement is changed during its term only when both colleges agree; the amendment ${amendmentId} of ${document.documentId} lacks the approval of ${who}.`,
        meta,
      );
    case 'arrangement':
      return new DomainError(
        'AMENDMENT_REQUIRES_ALL_PARTIES',
        `GR SZMH art. 19 lid 2: the participants change the arrangement only once they all agree; on ${adoptedOn} the amendment ${amendmentId} lacks the approval of ${who}.`,
        meta,
      );
    case 'charter':
      return new DomainError(
        'CHARTER_REQUIRES_UNANIMITY',
        `GR SZMH art. 13 lid 4: the colleges adopt and change the charter unanimously; on ${adoptedOn} the amendment ${amendmentId} lacks the approval of ${who}.`,
        meta,
      );
    default:
      return assertNever(document.type);
  }
}
