import { assertNever, type DecisionPublished, type DocumentEvent, type DocumentType } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { sql } from '@register/database';
import { type EntityManager, IsNull } from 'typeorm';
import { insertRows, type VersionedTable } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { DecisionConcernEntity } from './decision-concern.entity';
import { PublicationStatusEntity } from './publication-status.entity';
import { publishedRow, unpublishedRow } from './publication-status.row';

export { DECISION_CONCERNS_TABLE } from './decision-concern.entity';
export { DECISION_PUBLICATION_STATUS_TABLE } from './publication-status.entity';

const EVENT_TYPES: readonly DocumentEvent['type'][] = ['DocumentRegistered', 'DecisionPublished'];
/** The version a publication closes: still unpublished and current. */
const STATUS: VersionedTable<PublicationStatusEntity> = {
  entity: PublicationStatusEntity,
  keyProperties: ['documentId'],
  open: {
    where: { published: 0, recordedUntil: IsNull() },
    sql: sql`published = 0 AND recorded_until IS NULL`,
    test: (row) => row.published === 0 && row.recordedUntil === null,
  },
};

/**
 * The document types whose publication the work list tracks: the decisions of
 * an organ with general scope, which do not enter into force before they are
 * published (Awb 3:40, 3:42). The arrangement, the charter and the (model)
 * agreements are agreements between the parties, adopted and amended by
 * approvals rather than published as one organ's decision, and `other` says
 * nothing about what a document is, so listing them would only bury the
 * decisions that must be published.
 */
export const DECISIONS_TO_PUBLISH: ReadonlySet<DocumentType> = new Set<DocumentType>([
  'mandate-decision',
  'sub-mandate-decision',
  'revocation-decision',
  'exit-decision',
]);

/** The college of the central municipality, which publishes every sub-mandate (GR SZMH art. 5 lid 6). */
const SUB_MANDATE_PUBLISHER = 'college:GM0935';

const ORGAN = /^(college|burgemeester|raad):/;

/**
 * The organ that must publish a decision: the central college for a
 * sub-mandate; otherwise the deciding organ, in its own gemeenteblad (the first
 * organ of `decidedBy`, or its first party when only functions decided).
 */
export function publisherOf(type: DocumentType, decidedBy: readonly string[]): string {
  if (type === 'sub-mandate-decision') return SUB_MANDATE_PUBLISHER;
  return decidedBy.find((party) => ORGAN.test(party)) ?? decidedBy[0];
}

/**
 * Every decision to publish as the register knew it at every instant: one row
 * per version (document_id, type, decided_on, publisher, published), valid in
 * recorded time from `recorded_from` until `recorded_until` (open: current).
 * `position` is the event that wrote the row, so a replayed event is refused by
 * the primary key.
 *
 * DocumentRegistered of a decision type inserts its unpublished version and
 * its concerns. The first DecisionPublished closes that version at its
 * recordedAt and inserts the published one; a later publication of the same
 * decision finds no unpublished version and changes nothing, as does the
 * publication of a document that is not on the list. `published` is 0 or 1,
 * which both databases store and compare alike; dates and instants are TEXT
 * in their canonical forms, as in the participants projection.
 *
 * A step is a few statements: one read of the unpublished versions its
 * publications find stored, the step folded in memory (VersionedRowsBatch: a
 * publication sees the version its registration wrote earlier in the step
 * there), then one UPDATE closing the stored versions and multi-row INSERTs.
 */
export class PendingPublicationsProjection implements Projection {
  readonly name = 'pending-publications.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [PublicationStatusEntity, DecisionConcernEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const published = events.filter((event) => event.type === 'DecisionPublished').map((event) => (event.data as DecisionPublished['data']).documentId);
    const batch = await VersionedRowsBatch.load(tx, STATUS, published);
    const concerns: DecisionConcernEntity[] = [];
    for (const event of events) fold(event, batch, concerns);
    await batch.write(tx);
    await insertRows(tx, DecisionConcernEntity, concerns);
  }
}

function fold(event: StoredEvent, batch: VersionedRowsBatch<PublicationStatusEntity>, concerns: DecisionConcernEntity[]): void {
  const documentEvent = { type: event.type, data: event.data } as DocumentEvent;
  switch (documentEvent.type) {
    case 'DocumentRegistered': {
      const { data } = documentEvent;
      if (!DECISIONS_TO_PUBLISH.has(data.type)) return;
      batch.add(unpublishedRow(data, publisherOf(data.type, data.decidedBy), event));
      for (const municipality of data.concerns) concerns.push({ documentId: data.documentId, municipality });
      return;
    }
    case 'DecisionPublished':
      return batch.replace([documentEvent.data.documentId], (unpublished) => publishedRow(unpublished, event), event.recordedAt);
    case 'AmendmentProposed':
    case 'AmendmentApproved':
    case 'AmendmentAdopted':
    case 'PublicationCorrected':
      // Not subscribed (eventTypes) or, for corrections, not yet applied here: the read side's second reading does that.
      return;
    default:
      return assertNever(documentEvent);
  }
}
