import { assertNever, type DecisionPublished, type DocumentEvent, type DocumentRegistered, originalValidity } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection';
import { sqlDialectOf, sqlParameters } from '../runtime/projection-sql';

/** The bitemporal table of document versions; GET /documents/{id} reads it by document and recorded time. */
export const DOCUMENT_VERSIONS_TABLE = 'rm_document_versions';
/** The publications of each document, one row per DecisionPublished, never replaced. */
export const DOCUMENT_PUBLICATIONS_TABLE = 'rm_document_publications';

const VERSIONS = DOCUMENT_VERSIONS_TABLE;
const PUBLICATIONS = DOCUMENT_PUBLICATIONS_TABLE;
const EVENT_TYPES: readonly DocumentEvent['type'][] = ['DocumentRegistered', 'DecisionPublished'];

/**
 * Every document as the register knew it at every instant, in two tables.
 *
 * `rm_document_versions`: one row per version of a document's text (version 1
 * is the original, `amendment_id` null; adopted amendments add versions in
 * issue 5), valid in recorded time from `recorded_from` until
 * `recorded_until` (open: current). Lists (decided_by, concerns, parties) are
 * JSON text: a reader asks for one document by id, so an auditor's concerns
 * are checked in code after the indexed lookup, and no query filters on them.
 *
 * `rm_document_publications`: one row per publication, known from its
 * `recorded_from`; a publication is never replaced, so it has no end.
 *
 * `position` is the event that wrote the row, so a replayed event is refused
 * by the primary key. Dates and instants are TEXT in their canonical forms, as
 * in the participants projection.
 */
export class DocumentsProjection implements Projection {
  readonly name = 'documents.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async createSchema(tx: EntityManager): Promise<void> {
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${VERSIONS} (
        position BIGINT PRIMARY KEY,
        document_id TEXT NOT NULL,
        version INTEGER NOT NULL,
        amendment_id TEXT NULL,
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        decided_by TEXT NOT NULL,
        concerns TEXT NOT NULL,
        parties TEXT NOT NULL,
        content_sha256 TEXT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT NULL,
        recorded_from TEXT NOT NULL,
        recorded_until TEXT NULL
      )`,
    );
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${PUBLICATIONS} (
        position BIGINT PRIMARY KEY,
        document_id TEXT NOT NULL,
        publication_id TEXT NOT NULL,
        medium TEXT NOT NULL,
        published_on TEXT NOT NULL,
        in_force_from TEXT NOT NULL,
        recorded_from TEXT NOT NULL
      )`,
    );
    // A document at knownAt is a lookup by id, then a range on recorded time.
    await tx.query(`CREATE INDEX IF NOT EXISTS ${VERSIONS}_document ON ${VERSIONS} (document_id, recorded_from)`);
    await tx.query(`CREATE INDEX IF NOT EXISTS ${PUBLICATIONS}_document ON ${PUBLICATIONS} (document_id, recorded_from)`);
  }

  async reset(tx: EntityManager): Promise<void> {
    await tx.query(`DROP TABLE IF EXISTS ${VERSIONS}`);
    await tx.query(`DROP TABLE IF EXISTS ${PUBLICATIONS}`);
    await this.createSchema(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    const documentEvent = { type: event.type, data: event.data } as DocumentEvent;
    switch (documentEvent.type) {
      case 'DocumentRegistered':
        return this.register(documentEvent.data, event, tx);
      case 'DecisionPublished':
        return this.publish(documentEvent.data, event, tx);
      default:
        return assertNever(documentEvent);
    }
  }

  /** A plain loop over `apply`: each event is one indexed INSERT. */
  async applyBatch(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    for (const event of events) await this.apply(event, tx);
  }

  private async register(data: DocumentRegistered['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    const { validFrom, validUntil } = originalValidity(data.decidedOn, data.term);
    await tx.query(
      `INSERT INTO ${VERSIONS} (position, document_id, version, type, title, decided_on, decided_by, concerns, parties,
         content_sha256, valid_from, valid_until, recorded_from, amendment_id, recorded_until)
       VALUES (${sqlParameters(sqlDialectOf(tx), 13)}, NULL, NULL)`,
      [
        event.position,
        data.documentId,
        1,
        data.type,
        data.title,
        data.decidedOn,
        JSON.stringify(data.decidedBy),
        JSON.stringify(data.concerns),
        JSON.stringify(data.parties),
        data.contentSha256,
        validFrom,
        validUntil,
        event.recordedAt,
      ],
    );
  }

  private async publish(data: DecisionPublished['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO ${PUBLICATIONS} (position, document_id, publication_id, medium, published_on, in_force_from, recorded_from)
       VALUES (${sqlParameters(sqlDialectOf(tx), 7)})`,
      [event.position, data.documentId, data.publicationId, data.medium, data.publishedOn, data.inForceFrom, event.recordedAt],
    );
  }
}
