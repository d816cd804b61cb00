import { nameBookOf, participatesOn, type ParticipantRecord } from '../participants/participation';
import type { CalendarDate } from '../shared/calendar-date';
import type { OrganParty } from '../shared/party-id';
import { approvalsMissing, councilConsentMissing } from './amendment.errors';
import type { AmendableDocumentType, AmendmentRecord, DocumentAggregate } from './document.state';

export type AmendableDocument = DocumentAggregate & { readonly type: AmendableDocumentType };

/**
 * Who approves an amendment: an agreement's parties (GR SZMH art. 8 lid 5);
 * the colleges for the charter (art. 13 lid 4); for the arrangement the
 * colleges, its participants, and their councils, whose consent the colleges
 * need (art. 19 lid 2, Wgr art. 1 lid 2).
 */
export function mayApprove(document: AmendableDocument, organ: OrganParty): boolean {
  switch (document.type) {
    case 'agreement':
      return document.parties.includes(organ.id);
    case 'arrangement':
      return organ.organKind === 'college' || organ.organKind === 'raad';
    default:
      return organ.organKind === 'college';
  }
}

/**
 * The approvals an adoption on `adoptedOn` rests on, or the refusal naming
 * who is missing: first the colleges (the parties, or every college taking
 * part that day), then for the arrangement every council taking part that
 * day. An approval dated after the adoption does not count.
 */
export function requireApprovals(
  document: AmendableDocument,
  amendment: AmendmentRecord,
  adoptedOn: CalendarDate,
  participants: readonly ParticipantRecord[],
): string[] {
  const counted = amendment.approvals.filter((a) => a.approvedOn <= adoptedOn).map((a) => a.organ);
  const names = nameBookOf(participants);
  const taking = participants.filter((p) => participatesOn(p, adoptedOn)).map((p) => p.municipality);
  const missing = missingApprovers(document, counted, taking);
  if (missing.colleges.length > 0) throw approvalsMissing(document, amendment.amendmentId, adoptedOn, missing.colleges, names);
  if (missing.councils.length > 0) throw councilConsentMissing(document.documentId, amendment.amendmentId, adoptedOn, missing.councils, names);
  return counted;
}

/**
 * Whose approval an adoption would still lack, given the organs that
 * approved and the municipalities taking part on the adoption's date: the
 * colleges (an agreement's parties, else every college taking part), and for
 * the arrangement the councils. The refusal of an adoption and the work list
 * of who is missing (the document page) read it alike.
 */
export function missingApprovers(
  document: { readonly type: AmendableDocumentType; readonly parties: readonly string[] },
  approved: readonly string[],
  takingPart: readonly string[],
): { readonly colleges: string[]; readonly councils: string[] } {
  const colleges = document.type === 'agreement' ? [...document.parties] : takingPart.map((code) => `college:${code}`).sort();
  const councils = document.type === 'arrangement' ? takingPart.map((code) => `raad:${code}`).sort() : [];
  return { colleges: colleges.filter((organ) => !approved.includes(organ)), councils: councils.filter((organ) => !approved.includes(organ)) };
}
