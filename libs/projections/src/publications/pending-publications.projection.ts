import { assertNever, type DecisionPublished, type DocumentEvent, type DocumentRegistered, type DocumentType } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { closeVersions, insertRows, queryByKeys } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { dropTables, sqlDialectOf, sqlParameter, sqlParameters } from '../runtime/projection-sql';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { PUBLICATION_STATUS_COLUMNS, type PublicationStatusRow, publicationStatusValues, publishedRow, unpublishedRow } from './publication-status.row';

/** The bitemporal table of the publication work list; GET /publications/pending reads it by recorded time. */
export const DECISION_PUBLICATION_STATUS_TABLE = 'rm_decision_publication_status';
/** Whom each listed decision concerns, one row per municipality, so an auditor's filter is an indexed lookup. */
export const DECISION_CONCERNS_TABLE = 'rm_decision_concerns';

const TABLE = DECISION_PUBLICATION_STATUS_TABLE;
const CONCERNS = DECISION_CONCERNS_TABLE;
const EVENT_TYPES: readonly DocumentEvent['type'][] = ['DocumentRegistered', 'DecisionPublished'];
/** The version a publication closes, as in `publish`. */
const UNPUBLISHED = 'published = 0 AND recorded_until IS NULL';
const STATUS_VERSIONS = {
  keyOf: (row: PublicationStatusRow) => row.document_id,
  isOpen: (row: PublicationStatusRow) => row.published === 0 && row.recorded_until === null,
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
export const SUB_MANDATE_PUBLISHER = 'college:GM0935';

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
 */
export class PendingPublicationsProjection implements Projection {
  readonly name = 'pending-publications.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async createSchema(tx: EntityManager): Promise<void> {
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
        position BIGINT PRIMARY KEY,
        document_id TEXT NOT NULL,
        type TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        publisher TEXT NOT NULL,
        published INTEGER NOT NULL,
        recorded_from TEXT NOT NULL,
        recorded_until TEXT NULL
      )`,
    );
    // The list at knownAt is a range lookup on recorded time; a publication finds the open row by document.
    await tx.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_recorded ON ${TABLE} (recorded_from, recorded_until)`);
    await tx.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_document ON ${TABLE} (document_id, recorded_until)`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${CONCERNS} (
        document_id TEXT NOT NULL,
        municipality TEXT NOT NULL,
        PRIMARY KEY (document_id, municipality)
      )`,
    );
  }

  async reset(tx: EntityManager): Promise<void> {
    await dropTables(tx, [TABLE, CONCERNS]);
    await this.createSchema(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    const documentEvent = { type: event.type, data: event.data } as DocumentEvent;
    switch (documentEvent.type) {
      case 'DocumentRegistered':
        return this.register(documentEvent.data, event, tx);
      case 'DecisionPublished':
        return this.publish(documentEvent.data, event, tx);
      case 'AmendmentProposed':
      case 'AmendmentApproved':
      case 'AmendmentAdopted':
        // Not subscribed (eventTypes): an amendment is adopted by agreement, not by a decision this list waits on.
        return;
      case 'PublicationCorrected':
        // Issue 12 phase 2 applies publication corrections on the read side; until then they change nothing here.
        return;
      default:
        return assertNever(documentEvent);
    }
  }

  /**
   * The same rows as `apply` event by event, in a few statements per step: one
   * SELECT of the unpublished versions the step's publications find stored,
   * the step folded in memory (VersionedRowsBatch: a publication sees the
   * version its registration wrote earlier in the step there), then one UPDATE
   * closing the stored versions and multi-row INSERTs.
   */
  async applyBatch(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const published = events.filter((event) => event.type === 'DecisionPublished').map((event) => (event.data as DecisionPublished['data']).documentId);
    const stored = await queryByKeys<PublicationStatusRow>(tx, [...new Set(published)], (ids) => `SELECT * FROM ${TABLE} WHERE ${UNPUBLISHED} AND document_id IN (${ids})`);
    const batch = new VersionedRowsBatch(new Map(stored.map((row) => [row.document_id, row])), STATUS_VERSIONS);
    const concerns: string[][] = [];
    for (const event of events) foldIntoStep(event, batch, concerns);
    await closeVersions(tx, { table: TABLE, keyColumn: 'document_id', open: UNPUBLISHED }, batch.closings);
    await insertRows(tx, TABLE, PUBLICATION_STATUS_COLUMNS, batch.inserts.map(publicationStatusValues));
    await insertRows(tx, CONCERNS, ['document_id', 'municipality'], concerns);
  }

  private async register(data: DocumentRegistered['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    if (!DECISIONS_TO_PUBLISH.has(data.type)) return;
    const dialect = sqlDialectOf(tx);
    await tx.query(
      `INSERT INTO ${TABLE} (position, document_id, type, decided_on, publisher, recorded_from, published, recorded_until)
       VALUES (${sqlParameters(dialect, 6)}, 0, NULL)`,
      [event.position, data.documentId, data.type, data.decidedOn, publisherOf(data.type, data.decidedBy), event.recordedAt],
    );
    for (const municipality of data.concerns) {
      await tx.query(`INSERT INTO ${CONCERNS} (document_id, municipality) VALUES (${sqlParameters(dialect, 2)})`, [data.documentId, municipality]);
    }
  }

  /**
   * Inserts the published version first: its `published` is 1, so the UPDATE
   * that then closes the unpublished version cannot touch it. The casts give
   * PostgreSQL the types of parameters that only appear in a SELECT list.
   */
  private async publish(data: DecisionPublished['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    const p = (index: number) => sqlParameter(sqlDialectOf(tx), index);
    await tx.query(
      `INSERT INTO ${TABLE} (position, document_id, type, decided_on, publisher, published, recorded_from, recorded_until)
       SELECT CAST(${p(1)} AS BIGINT), document_id, type, decided_on, publisher, 1, CAST(${p(2)} AS TEXT), NULL
       FROM ${TABLE} WHERE document_id = ${p(3)} AND published = 0 AND recorded_until IS NULL`,
      [event.position, event.recordedAt, data.documentId],
    );
    await tx.query(
      `UPDATE ${TABLE} SET recorded_until = ${p(1)}
       WHERE document_id = ${p(2)} AND published = 0 AND recorded_until IS NULL`,
      [event.recordedAt, data.documentId],
    );
  }
}

/** What `apply` writes for one event, added to the step's rows instead. */
function foldIntoStep(event: StoredEvent, batch: VersionedRowsBatch<PublicationStatusRow>, concerns: string[][]): void {
  const documentEvent = { type: event.type, data: event.data } as DocumentEvent;
  switch (documentEvent.type) {
    case 'DocumentRegistered': {
      const { data } = documentEvent;
      if (!DECISIONS_TO_PUBLISH.has(data.type)) return;
      batch.add(unpublishedRow(data, publisherOf(data.type, data.decidedBy), event));
      for (const municipality of data.concerns) concerns.push([data.documentId, municipality]);
      return;
    }
    case 'DecisionPublished':
      return batch.replace(documentEvent.data.documentId, (unpublished) => publishedRow(unpublished, event), event.recordedAt);
    case 'AmendmentProposed':
    case 'AmendmentApproved':
    case 'AmendmentAdopted':
    case 'PublicationCorrected':
      return;
    default:
      return assertNever(documentEvent);
  }
}
