import {
  type AmendmentAdopted,
  assertNever,
  type DocumentEvent,
  type DocumentRegistered,
  originalValidity,
} from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { sql } from '@register/database';
import { type EntityManager, IsNull } from 'typeorm';
import { insertRows, type VersionedTable } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { DocumentAmendmentEntity, DocumentApprovalEntity } from './document-records.entities';
import { DocumentVersionEntity } from './document-version.entity';

export { DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE, DOCUMENT_VERSIONS_TABLE } from './documents.tables';

const EVENT_TYPES: readonly DocumentEvent['type'][] = ['DocumentRegistered', 'AmendmentProposed', 'AmendmentApproved', 'AmendmentAdopted'];
/** A version's current row, the one an adoption closes. */
const VERSIONS: VersionedTable<DocumentVersionEntity> = {
  entity: DocumentVersionEntity,
  keyProperties: ['documentId', 'version'],
  open: { where: { recordedUntil: IsNull() }, sql: sql`recorded_until IS NULL`, test: (row) => row.recordedUntil === null },
};

/** The rows of one step, by table. */
interface DocumentRows {
  readonly versions: VersionedRowsBatch<DocumentVersionEntity>;
  readonly amendments: DocumentAmendmentEntity[];
  readonly approvals: DocumentApprovalEntity[];
}

/**
 * Every document as the register knew it at every instant (tables in
 * documents.tables.ts).
 *
 * Versions are bitemporal: a row holds one version's validity
 * (`validFrom`/`validUntil`) during one recorded period
 * (`recordedFrom`/`recordedUntil`, open: current). DocumentRegistered
 * inserts version 1, the original (`amendmentId` and `inForceFrom` null:
 * its entry into force follows from its publications). AmendmentAdopted
 * closes the current row of the version it amends, inserts that version again
 * ending where the amendment starts, and inserts the new version; the
 * adoption date is the new version's `decidedOn`. So the versions current at
 * knownAt also tell which amendments were adopted by then.
 *
 * Proposals and approvals never change: one row each, known from its
 * `recordedFrom`. Publications, which corrections change, live in the
 * publications read model (PublicationsProjection). Lists (decidedBy, concerns, parties) are JSON
 * text: a reader asks for one document by id, so an auditor's concerns are
 * checked in code after the indexed lookup. A step reads the current versions
 * of the documents it adopts amendments of once, folds in memory (an adoption
 * sees the versions written earlier in the step), and writes a few statements.
 */
export class DocumentsProjection implements Projection {
  readonly name = 'documents.v2';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [DocumentVersionEntity, DocumentAmendmentEntity, DocumentApprovalEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const adopted = events.filter((event) => event.type === 'AmendmentAdopted').map((event) => (event.data as AmendmentAdopted['data']).documentId);
    const rows: DocumentRows = { versions: await VersionedRowsBatch.load(tx, VERSIONS, adopted), amendments: [], approvals: [] };
    for (const event of events) fold(event, rows);
    await rows.versions.write(tx);
    await insertRows(tx, DocumentAmendmentEntity, rows.amendments);
    await insertRows(tx, DocumentApprovalEntity, rows.approvals);
  }
}

function fold(event: StoredEvent, rows: DocumentRows): void {
  const documentEvent = { type: event.type, data: event.data } as DocumentEvent;
  const recorded = { position: event.position, recordedFrom: event.recordedAt };
  switch (documentEvent.type) {
    case 'DocumentRegistered':
      return rows.versions.add(originalVersion(documentEvent.data, event));
    case 'AmendmentProposed': {
      const { documentId, amendmentId, summary, validFrom, contentSha256 } = documentEvent.data;
      rows.amendments.push({ ...recorded, documentId, amendmentId, summary, validFrom, contentSha256 });
      return;
    }
    case 'AmendmentApproved': {
      const { documentId, amendmentId, organ, decision, approvedOn } = documentEvent.data;
      rows.approvals.push({ ...recorded, documentId, amendmentId, organ, decision, approvedOn });
      return;
    }
    case 'AmendmentAdopted':
      return adopt(documentEvent.data, event, rows.versions);
    case 'DecisionPublished':
    case 'PublicationCorrected':
      // Not subscribed (eventTypes): publications are PublicationsProjection's.
      return;
    default:
      return assertNever(documentEvent);
  }
}

function originalVersion(data: DocumentRegistered['data'], event: StoredEvent): DocumentVersionEntity {
  const { validFrom, validUntil } = originalValidity(data.decidedOn, data.term);
  return {
    position: event.position,
    version: 1,
    documentId: data.documentId,
    amendmentId: null,
    type: data.type,
    title: data.title,
    decidedOn: data.decidedOn,
    decidedBy: JSON.stringify(data.decidedBy),
    concerns: JSON.stringify(data.concerns),
    parties: JSON.stringify(data.parties),
    contentSha256: data.contentSha256,
    validFrom,
    validUntil,
    inForceFrom: null,
    recordedFrom: event.recordedAt,
    recordedUntil: null,
  };
}

/** The amended version ends where the amendment starts, from the adoption's instant on; the new version follows it. */
function adopt(data: AmendmentAdopted['data'], event: StoredEvent, versions: VersionedRowsBatch<DocumentVersionEntity>): void {
  const original = versions.current([data.documentId, 1]);
  const amended = versions.current([data.documentId, data.amendsVersion]);
  if (amended === undefined || original === undefined) {
    throw new Error(`AmendmentAdopted at ${event.position} amends version ${data.amendsVersion} of ${data.documentId}, which the read model does not hold`);
  }
  const recorded = { position: event.position, recordedFrom: event.recordedAt, recordedUntil: null };
  versions.replace([data.documentId, data.amendsVersion], (current) => ({ ...current, ...recorded, validUntil: data.validFrom }), event.recordedAt);
  versions.add({
    ...original,
    ...recorded,
    version: data.version,
    amendmentId: data.amendmentId,
    decidedOn: data.adoptedOn,
    contentSha256: data.contentSha256,
    validFrom: data.validFrom,
    validUntil: data.validUntil,
    inForceFrom: data.inForceFrom,
  });
}
