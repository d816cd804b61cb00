import { nameBookOf, requireParticipation } from '../participants/participation';
import { assertNever } from '../shared/assert-never';
import { requireDate, requireOptionalDate, type CalendarDate } from '../shared/calendar-date';
import { alreadyExists, chronology, requireNotAfterToday, unknownReference } from '../shared/common.errors';
import { requireOptionalText, requireText } from '../shared/input-validation';
import { requireOrgan } from '../shared/party-id';
import { mayApprove, requireApprovals, type AmendableDocument } from './amendment-approvers';
import type { AdoptAmendment, ApproveAmendment, ProposeAmendment } from './amendment.commands';
import { adoptedAfterTerm, alreadyAdopted, approverNotAParty, notAmendable, outsideTerm } from './amendment.errors';
import type { AmendmentAdopted, AmendmentApproved, AmendmentEvent, AmendmentProposed } from './amendment.events';
import {
  type AmendmentRecord,
  type DocumentAggregate,
  type DocumentVersionRecord,
  isAmendable,
  referencedDocument,
} from './document.state';

/**
 * Amendments of agreements, the charter and the arrangement (GR SZMH arts. 8
 * lid 5, 13 lid 4 and 19 lid 2): proposed, approved organ by organ (for the
 * arrangement councils too, amendment-approvers.ts), then adopted as the next
 * version of the document. Participation is judged on
 * the date each act takes effect (domain.md): an approval on its date, the
 * charter's unanimity on the adoption date.
 */
export function decideProposeAmendment({ data, contentSha256 }: ProposeAmendment, state: DocumentAggregate | null): AmendmentProposed {
  const amendmentId = requireText(data.amendmentId, 'id');
  const summary = requireText(data.summary, 'summary');
  const content = requireOptionalText(data.content, 'content');
  const validFrom = requireDate(data.validFrom, 'validFrom');
  const document = requireAmendable(state, data.documentId);
  if (document.amendments.some((a) => a.amendmentId === amendmentId)) throw alreadyExists('amendment', amendmentId);
  requireWithinTerm(document, validFrom);
  requireAfterLatestVersion(document, amendmentId, validFrom);
  if (content !== null && (contentSha256 === null || !/^[0-9a-f]{64}$/.test(contentSha256))) {
    throw new Error('ProposeAmendment with content needs its SHA-256 as 64 hex digits');
  }
  const { documentId, concerns } = document;
  return {
    type: 'AmendmentProposed',
    data: { documentId, amendmentId, summary, content, contentSha256: content === null ? null : contentSha256, validFrom, concerns },
  };
}

export function decideApproveAmendment({ data, today, context }: ApproveAmendment, state: DocumentAggregate | null): AmendmentApproved {
  const organ = requireOrgan(data.organ, 'organ');
  const decision = requireOptionalText(data.decision, 'decision');
  const explicitDate = requireOptionalDate(data.approvedOn, 'approvedOn');
  const document = requireAmendable(state, data.documentId);
  const amendment = requireOpenAmendment(document, data.amendmentId);
  const decisionDocument = decision === null ? null : referencedDocument(context.decision, decision);
  if (decision !== null && decisionDocument === null) throw unknownReference('document', decision);
  const approvedOn = explicitDate ?? decisionDocument?.decidedOn ?? today;
  requireNotAfterToday(approvedOn, today, `The approval by ${organ.id}`, 'approvedOn');
  if (decisionDocument !== null && approvedOn < decisionDocument.decidedOn) {
    throw chronology(`The approval by ${organ.id} on ${approvedOn} lies before its decision ${decision}, taken on ${decisionDocument.decidedOn}.`, {
      field: 'approvedOn',
      approvedOn,
      decidedOn: decisionDocument.decidedOn,
    });
  }
  if (!mayApprove(document, organ)) throw approverNotAParty(document.documentId, document.type, organ.id, nameBookOf(context.participants));
  requireParticipation(context.participants, organ.municipality, approvedOn, `approving ${amendment.amendmentId} as ${organ.id}`);
  if (amendment.approvals.some((a) => a.organ === organ.id)) throw alreadyExists('approval', `${organ.id} of ${amendment.amendmentId}`);
  const { documentId, concerns } = document;
  return {
    type: 'AmendmentApproved',
    data: { documentId, amendmentId: amendment.amendmentId, organ: organ.id, decision, approvedOn, concerns },
  };
}

export function decideAdoptAmendment({ data, today, context }: AdoptAmendment, state: DocumentAggregate | null): AmendmentAdopted {
  const explicitDate = requireOptionalDate(data.adoptedOn, 'adoptedOn');
  const document = requireAmendable(state, data.documentId);
  const amendment = requireOpenAmendment(document, data.amendmentId);
  const adoptedOn = explicitDate ?? today;
  requireNotAfterToday(adoptedOn, today, `The adoption of ${amendment.amendmentId}`, 'adoptedOn');
  if (adoptedOn < document.decidedOn) {
    throw chronology(`${document.documentId} was decided on ${document.decidedOn}; it cannot be amended on ${adoptedOn}.`, {
      field: 'adoptedOn',
      adoptedOn,
      decidedOn: document.decidedOn,
    });
  }
  requireWithinTerm(document, amendment.validFrom);
  requireAdoptedWithinTerm(document, adoptedOn);
  const amended = requireAfterLatestVersion(document, amendment.amendmentId, amendment.validFrom);
  const counted = requireApprovals(document, amendment, adoptedOn, context.participants);
  const { documentId, concerns } = document;
  return {
    type: 'AmendmentAdopted',
    data: {
      documentId,
      amendmentId: amendment.amendmentId,
      adoptedOn,
      approvedBy: counted,
      version: amended.version + 1,
      amendsVersion: amended.version,
      validFrom: amendment.validFrom,
      validUntil: amended.validUntil,
      inForceFrom: amendment.validFrom > adoptedOn ? amendment.validFrom : adoptedOn,
      entryIntoForce: document.type === 'arrangement' ? 'publication' : 'adoption',
      contentSha256: amendment.contentSha256,
      concerns,
    },
  };
}

/** The document's state after an amendment event; the original version comes from DocumentRegistered. */
export function evolveAmendment(document: DocumentAggregate, event: AmendmentEvent): DocumentAggregate {
  switch (event.type) {
    case 'AmendmentProposed': {
      const { amendmentId, summary, validFrom, contentSha256 } = event.data;
      const proposed: AmendmentRecord = { amendmentId, summary, validFrom, contentSha256, approvals: [], adoptedOn: null };
      return { ...document, amendments: [...document.amendments, proposed] };
    }
    case 'AmendmentApproved': {
      const { amendmentId, organ, decision, approvedOn } = event.data;
      return withAmendment(document, amendmentId, (a) => ({ ...a, approvals: [...a.approvals, { organ, decision, approvedOn }] }));
    }
    case 'AmendmentAdopted': {
      const { amendmentId, adoptedOn, version, amendsVersion, validFrom, validUntil, inForceFrom, contentSha256 } = event.data;
      const cut = document.versions.map((v) => (v.version === amendsVersion ? { ...v, validUntil: validFrom } : v));
      const added: DocumentVersionRecord = { version, amendmentId, validFrom, validUntil, inForceFrom, contentSha256 };
      return { ...withAmendment(document, amendmentId, (a) => ({ ...a, adoptedOn })), versions: [...cut, added] };
    }
    default:
      return assertNever(event);
  }
}

function withAmendment(document: DocumentAggregate, amendmentId: string, change: (a: AmendmentRecord) => AmendmentRecord): DocumentAggregate {
  return { ...document, amendments: document.amendments.map((a) => (a.amendmentId === amendmentId ? change(a) : a)) };
}

function requireAmendable(state: DocumentAggregate | null, documentId: string): AmendableDocument {
  if (state === null) throw unknownReference('document', documentId);
  if (!isAmendable(state.type)) throw notAmendable(state.documentId, state.type);
  return state as AmendableDocument;
}

function requireOpenAmendment(document: DocumentAggregate, amendmentId: string): AmendmentRecord {
  const amendment = document.amendments.find((a) => a.amendmentId === amendmentId);
  if (amendment === undefined) throw unknownReference('amendment', `${amendmentId} of ${document.documentId}`);
  if (amendment.adoptedOn !== null) throw alreadyAdopted(document.documentId, amendmentId, amendment.adoptedOn);
  return amendment;
}

/** "An agreement amendment is outside the term when its validFrom is" (domain.md); the charter's term binds it alike. */
function requireWithinTerm(document: AmendableDocument, validFrom: CalendarDate): void {
  const { term } = document;
  if (term !== null && (validFrom < term.from || (term.until !== null && validFrom >= term.until))) {
    throw outsideTerm(document, term, validFrom);
  }
}

/** GR SZMH art. 8 lid 5: changed "tijdens de looptijd", so an amendment adopted once the term has ended changes nothing. */
function requireAdoptedWithinTerm(document: AmendableDocument, adoptedOn: CalendarDate): void {
  const { term } = document;
  if (term !== null && term.until !== null && adoptedOn >= term.until) throw adoptedAfterTerm(document, term, adoptedOn);
}

/**
 * An amendment replaces the latest version from its validFrom on, so it may
 * not start before that version does: one that did would silently undo an
 * amendment adopted since it was proposed. Starting on the same day replaces
 * the latest version entirely (a retroactive rewrite from the start of the
 * term); that version keeps its place in the in-force history. Returns the
 * version it amends.
 */
function requireAfterLatestVersion(document: DocumentAggregate, amendmentId: string, validFrom: CalendarDate): DocumentVersionRecord {
  const latest = document.versions[document.versions.length - 1];
  if (validFrom < latest.validFrom) {
    throw chronology(
      `The amendment ${amendmentId} would apply from ${validFrom}, but version ${latest.version} of ${document.documentId} already applies from ${latest.validFrom}; an amendment takes effect no earlier than the version it amends.`,
      { field: 'validFrom', validFrom, latestVersion: latest.version, latestValidFrom: latest.validFrom },
    );
  }
  return latest;
}
