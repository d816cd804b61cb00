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
  const colleges = document.type === 'agreement' ? [...document.parties] : taking.map((code) => `college:${code}`).sort();
  const missingColleges = colleges.filter((organ) => !counted.includes(organ));
  if (missingColleges.length > 0) throw approvalsMissing(document, amendment.amendmentId, adoptedOn, missingColleges, names);
  if (document.type !== 'arrangement') return counted;
  const missingCouncils = taking.map((code) => `raad:${code}`).sort().filter((organ) => !counted.includes(organ));
  if (missingCouncils.length > 0) throw councilConsentMissing(document.documentId, amendment.amendmentId, adoptedOn, missingCouncils, names);
  return counted;
}
