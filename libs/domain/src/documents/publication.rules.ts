import { requireKnownParty } from '../functions/known-parties';
import { requireDate, type CalendarDate } from '../shared/calendar-date';
import { chronology, requireNotAfterToday, unknownReference } from '../shared/common.errors';
import { DomainError } from '../shared/domain.error';
import { requireOneOf, requireOptionalText, requireText } from '../shared/input-validation';
import { requireOrgan } from '../shared/party-id';
import { DOCUMENT_TYPE_LABELS } from './decision-ground.rules';
import type { PublicationFacts, PublishDecision } from './document.commands';
import type { DecisionPublished } from './document.events';
import { PUBLICATION_MEDIA, type DocumentAggregate, type DocumentState, type PublicationRecord } from './document.state';
import { duplicatePublication, requirePublicationIdForm } from './publication-id';
import { requiredPublisherOf } from './publisher';

/** What a publication makes known: the document's own decision, or an adopted amendment of the arrangement. */
export interface PublicationTarget {
  readonly amendmentId: string | null;
  /** The day the published decision was taken: the document's decidedOn, an amendment's adoptedOn. */
  readonly decidedOn: CalendarDate;
  readonly description: string;
}

/**
 * Awb division 3.6: records a publication of a decision, by default by the
 * organ that must publish it. A publication in the wrong medium or sheet is
 * recorded all the same (it happened); whether it brings the decision into
 * force is the read side's question (`bringsIntoForce`).
 */
export function decidePublish({ data, today, context }: PublishDecision, state: DocumentState): DecisionPublished[] {
  const publicationId = requireText(data.publicationId, 'publicationId');
  const medium = requireOneOf(data.medium, PUBLICATION_MEDIA, 'medium');
  const publishedOn = requireDate(data.publishedOn, 'publishedOn');
  const inForceFrom = requireDate(data.inForceFrom, 'inForceFrom');
  const publisher = data.publisher === null || data.publisher === undefined ? null : requireOrgan(data.publisher, 'publisher').id;
  const amendmentId = requireOptionalText(data.amendmentId, 'amendmentId');
  if (state === null) throw unknownReference('document', data.documentId);
  const target = publicationTarget(state, amendmentId);
  const requiredPublisher = requiredPublisherOf(state, amendmentId);
  if (publisher !== null) requireKnownPublisher(publisher, context);
  const record: PublicationRecord = { amendmentId, medium, publicationId, publishedOn, inForceFrom, publisher: publisher ?? requiredPublisher, requiredPublisher };
  checkPublication(state, target, record, today);
  const { documentId, concerns } = state;
  return [{ type: 'DecisionPublished', data: { documentId, ...record, decidedOn: target.decidedOn, concerns } }];
}

/**
 * GR SZMH art. 27 lid 1 (with Wgr art. 26): the arrangement and each of its
 * amendments are published by the central college, an amendment once it is
 * adopted. Agreements and the charter are in force from their adoption; their
 * amendments are not published as decisions of their own.
 */
export function publicationTarget(state: DocumentAggregate, amendmentId: string | null): PublicationTarget {
  if (amendmentId === null) return { amendmentId, decidedOn: state.decidedOn, description: state.documentId };
  if (state.type !== 'arrangement') {
    throw new DomainError(
      'DOCUMENT_TYPE_MISMATCH',
      `GR SZMH art. 27 lid 1: an amendment is published as such only for the arrangement; ${state.documentId} is ${DOCUMENT_TYPE_LABELS[state.type]}, ` +
        'whose amendments are in force from their adoption.',
      { document: state.documentId, type: state.type, expectedTypes: ['arrangement'] },
    );
  }
  const amendment = state.amendments.find((a) => a.amendmentId === amendmentId);
  if (amendment === undefined) throw unknownReference('amendment', `${amendmentId} of ${state.documentId}`);
  const description = `the amendment ${amendmentId} of ${state.documentId}`;
  if (amendment.adoptedOn === null) {
    throw chronology(`Awb 3:40 and GR SZMH art. 27 lid 1: ${description} is not adopted yet; a decision is published once it is taken.`, {
      document: state.documentId,
      amendment: amendmentId,
    });
  }
  return { amendmentId, decidedOn: amendment.adoptedOn, description };
}

/**
 * The rules every publication obeys, a corrected one included: the
 * identifier's form and year, unique within the document (across documents
 * the handler's reservation), published after the decision and not after
 * today, and never in force before it is published (Awb 3:40).
 */
export function checkPublication(state: DocumentAggregate, target: PublicationTarget, record: PublicationRecord, today: CalendarDate): void {
  const { publicationId, publishedOn, inForceFrom } = record;
  requirePublicationIdForm(record.medium, publicationId, publishedOn);
  if (state.publications.some((p) => p.publicationId === publicationId)) throw duplicatePublication(publicationId, state.documentId);
  if (publishedOn < target.decidedOn) {
    throw chronology(
      `Awb 3:40: a decision is published after it is taken; ${target.description} was decided on ${target.decidedOn}, not published on ${publishedOn}.`,
      { field: 'publishedOn', publishedOn, decidedOn: target.decidedOn },
    );
  }
  requireNotAfterToday(publishedOn, today, `The publication ${publicationId} made`, 'publishedOn');
  if (inForceFrom < publishedOn) {
    throw new DomainError(
      'IN_FORCE_BEFORE_PUBLICATION',
      `Awb 3:40: a decision does not enter into force before it is published; ${target.description} is published on ${publishedOn}, so it cannot be in force from ${inForceFrom}.`,
      { publishedOn, inForceFrom },
    );
  }
}

/** A publisher named by the client must be an organ of a municipality the register knows. */
export function requireKnownPublisher(publisher: string, facts: PublicationFacts): void {
  requireKnownParty(requireOrgan(publisher, 'publisher'), facts.participants, []);
}
