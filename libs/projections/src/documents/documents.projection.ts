import {
  type AmendmentAdopted,
  type AmendmentApproved,
  type AmendmentProposed,
  assertNever,
  type DecisionPublished,
  type DocumentEvent,
  type DocumentRegistered,
  originalValidity,
} from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection';
import { sqlDialectOf, sqlParameters } from '../runtime/projection-sql';
import { closeVersion, currentVersions, insertVersion, valid, type VersionRow } from './document-version.rows';
import {
  createDocumentTables,
  DOCUMENT_AMENDMENTS_TABLE,
  DOCUMENT_APPROVALS_TABLE,
  DOCUMENT_PUBLICATIONS_TABLE,
  DOCUMENT_VERSIONS_TABLE,
  dropDocumentTables,
} from './documents.schema';

export { DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE, DOCUMENT_PUBLICATIONS_TABLE, DOCUMENT_VERSIONS_TABLE };

const EVENT_TYPES: readonly DocumentEvent['type'][] = ['DocumentRegistered', 'DecisionPublished', 'AmendmentProposed', 'AmendmentApproved', 'AmendmentAdopted'];

/**
 * Every document as the register knew it at every instant (tables in
 * documents.schema.ts).
 *
 * Versions are bitemporal: a row holds one version's validity
 * (`valid_from`/`valid_until`) during one recorded period
 * (`recorded_from`/`recorded_until`, open: current). DocumentRegistered
 * inserts version 1, the original (`amendment_id` and `in_force_from` null:
 * its entry into force follows from its publications). AmendmentAdopted
 * closes the current row of the version it amends, inserts that version again
 * ending where the amendment starts, and inserts the new version; the
 * adoption date is the new version's `decided_on`. So the versions current at
 * knownAt also tell which amendments were adopted by then.
 *
 * Proposals, approvals and publications never change: one row each, known
 * from its `recorded_from`. Lists (decided_by, concerns, parties) are JSON
 * text: a reader asks for one document by id, so an auditor's concerns are
 * checked in code after the indexed lookup. Dates and instants are TEXT in
 * their canonical forms, as in the participants projection.
 */
export class DocumentsProjection implements Projection {
  readonly name = 'documents.v2';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async createSchema(tx: EntityManager): Promise<void> {
    await createDocumentTables(tx);
  }

  async reset(tx: EntityManager): Promise<void> {
    await dropDocumentTables(tx);
    await createDocumentTables(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    const documentEvent = { type: event.type, data: event.data } as DocumentEvent;
    switch (documentEvent.type) {
      case 'DocumentRegistered':
        return this.register(documentEvent.data, event, tx);
      case 'DecisionPublished':
        return this.publish(documentEvent.data, event, tx);
      case 'AmendmentProposed':
        return this.propose(documentEvent.data, event, tx);
      case 'AmendmentApproved':
        return this.approve(documentEvent.data, event, tx);
      case 'AmendmentAdopted':
        return this.adopt(documentEvent.data, event, tx);
      case 'PublicationCorrected':
        // Issue 12 phase 2 applies publication corrections on the read side; until then they change nothing here.
        return;
      default:
        return assertNever(documentEvent);
    }
  }

  /** A plain loop over `apply`: an adoption must see the version rows written earlier in the same step. */
  async applyBatch(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    for (const event of events) await this.apply(event, tx);
  }

  private async register(data: DocumentRegistered['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    const original: VersionRow = {
      document_id: data.documentId,
      version: 1,
      amendment_id: null,
      type: data.type,
      title: data.title,
      decided_on: data.decidedOn,
      decided_by: JSON.stringify(data.decidedBy),
      concerns: JSON.stringify(data.concerns),
      parties: JSON.stringify(data.parties),
      content_sha256: data.contentSha256,
      ...valid(originalValidity(data.decidedOn, data.term)),
      in_force_from: null,
    };
    await insertVersion(tx, original, event);
  }

  private async publish(data: DecisionPublished['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO ${DOCUMENT_PUBLICATIONS_TABLE} (position, document_id, publication_id, medium, published_on, in_force_from, recorded_from)
       VALUES (${sqlParameters(sqlDialectOf(tx), 7)})`,
      [event.position, data.documentId, data.publicationId, data.medium, data.publishedOn, data.inForceFrom, event.recordedAt],
    );
  }

  private async propose(data: AmendmentProposed['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO ${DOCUMENT_AMENDMENTS_TABLE} (position, document_id, amendment_id, summary, valid_from, content_sha256, recorded_from)
       VALUES (${sqlParameters(sqlDialectOf(tx), 7)})`,
      [event.position, data.documentId, data.amendmentId, data.summary, data.validFrom, data.contentSha256, event.recordedAt],
    );
  }

  private async approve(data: AmendmentApproved['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO ${DOCUMENT_APPROVALS_TABLE} (position, document_id, amendment_id, organ, decision, approved_on, recorded_from)
       VALUES (${sqlParameters(sqlDialectOf(tx), 7)})`,
      [event.position, data.documentId, data.amendmentId, data.organ, data.decision, data.approvedOn, event.recordedAt],
    );
  }

  /** The amended version ends where the amendment starts, from the adoption's instant on; the new version follows it. */
  private async adopt(data: AmendmentAdopted['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    const current = await currentVersions(tx, data.documentId);
    const amended = current.find((row) => Number(row.version) === data.amendsVersion);
    const original = current.find((row) => Number(row.version) === 1);
    if (amended === undefined || original === undefined) {
      throw new Error(`AmendmentAdopted at ${event.position} amends version ${data.amendsVersion} of ${data.documentId}, which the read model does not hold`);
    }
    await closeVersion(tx, data.documentId, data.amendsVersion, event.recordedAt);
    await insertVersion(tx, { ...amended, version: data.amendsVersion, valid_until: data.validFrom }, event);
    await insertVersion(
      tx,
      {
        ...original,
        version: data.version,
        amendment_id: data.amendmentId,
        decided_on: data.adoptedOn,
        content_sha256: data.contentSha256,
        ...valid(data),
        in_force_from: data.inForceFrom,
      },
      event,
    );
  }
}
