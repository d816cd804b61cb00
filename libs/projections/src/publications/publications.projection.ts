import {
  assertNever,
  type DecisionPublished,
  type DocumentEvent,
  type DocumentType,
  entersIntoForceByPublication,
  type PublicationCorrected,
  publicationRecordOf,
} from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { sql } from '@register/database';
import { type EntityManager, IsNull } from 'typeorm';
import { insertRows, type VersionedTable } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { DecisionConcernEntity } from './decision-concern.entity';
import { PublicationDutyEntity } from './publication-duty.entity';
import { adoptedDuty, dutyInForce, OWN, publicationRow, registeredDuty } from './publication-rows';
import { PublicationVersionEntity } from './publication-version.entity';

type Event = Exclude<DocumentEvent, { type: 'AmendmentProposed' | 'AmendmentApproved' }>;
const EVENT_TYPES: readonly Event['type'][] = ['DocumentRegistered', 'DecisionPublished', 'PublicationCorrected', 'AmendmentAdopted'];

const open = { where: { recordedUntil: IsNull() }, sql: sql`recorded_until IS NULL` } as const;
const DUTIES: VersionedTable<PublicationDutyEntity> = {
  entity: PublicationDutyEntity,
  keyProperties: ['documentId', 'amendmentId'],
  open: { ...open, test: (row) => row.recordedUntil === null },
};
const PUBLICATIONS: VersionedTable<PublicationVersionEntity> = {
  entity: PublicationVersionEntity,
  keyProperties: ['documentId', 'publicationId'],
  open: { ...open, test: (row) => row.recordedUntil === null },
};

/** One step's rows, by table. */
interface PublicationRows {
  readonly duties: VersionedRowsBatch<PublicationDutyEntity>;
  readonly publications: VersionedRowsBatch<PublicationVersionEntity>;
  readonly concerns: DecisionConcernEntity[];
}

/**
 * Every publication as the register knew it at every instant, and what each
 * brings into force (tables: publication-version.entity.ts,
 * publication-duty.entity.ts; whom a document concerns:
 * decision-concern.entity.ts). The documents, mandates and authority queries
 * read the publications here; the work list reads the duties.
 *
 * - DocumentRegistered opens the document's duty: published by the organ that
 *   must publish it (requiredPublisherOf), not yet in force by publication.
 * - AmendmentAdopted of an amendment that enters into force by publication
 *   (the arrangement, GR SZMH art. 27) opens a duty of its own.
 * - DecisionPublished adds a publication; when it brings its decision into
 *   force (bringsIntoForce: the gemeenteblad of the organ that must publish,
 *   Awb 3:42 lid 1) the duty of the document, or of the amendment it
 *   publishes, is in force from the publication's recordedAt. One recorded
 *   before publishers were is the document's own, by that organ
 *   (publicationRecordOf), which the open duty names.
 * - PublicationCorrected closes the publication it corrects and opens the
 *   corrected one; the duty is in force exactly while one of its open
 *   publications brings it into force, so a correction can put a decision
 *   back on the work list, and an earlier knownAt still gives the old answer.
 *
 * A step reads the open duties and publications of the documents its
 * publications, corrections and adoptions touch once, folds in memory, and
 * writes a few statements.
 */
export class PublicationsProjection implements Projection {
  readonly name = 'publications.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [PublicationDutyEntity, PublicationVersionEntity, DecisionConcernEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const touched = events.filter((event) => event.type !== 'DocumentRegistered').map((event) => (event.data as { documentId: string }).documentId);
    const corrected = events.filter((event) => event.type === 'PublicationCorrected').map((event) => (event.data as { documentId: string }).documentId);
    const rows: PublicationRows = {
      duties: await VersionedRowsBatch.load(tx, DUTIES, touched),
      publications: await VersionedRowsBatch.load(tx, PUBLICATIONS, corrected),
      concerns: [],
    };
    for (const event of events) fold(event, rows);
    await rows.duties.write(tx);
    await rows.publications.write(tx);
    await insertRows(tx, DecisionConcernEntity, rows.concerns);
  }
}

function fold(event: StoredEvent, rows: PublicationRows): void {
  const typed = { type: event.type, data: event.data } as Event;
  switch (typed.type) {
    case 'DocumentRegistered': {
      rows.duties.add(registeredDuty(typed.data, event));
      for (const municipality of typed.data.concerns) rows.concerns.push({ documentId: typed.data.documentId, municipality });
      return;
    }
    case 'AmendmentAdopted': {
      const own = rows.duties.current([typed.data.documentId, OWN]);
      if (own !== undefined && entersIntoForceByPublication(typed.data, own.type as DocumentType)) rows.duties.add(adoptedDuty(own, typed.data, event));
      return;
    }
    case 'DecisionPublished':
      return published(typed.data, event, rows);
    case 'PublicationCorrected':
      return corrected(typed.data, event, rows);
    default:
      return assertNever(typed);
  }
}

function published(data: DecisionPublished['data'], event: StoredEvent, rows: PublicationRows): void {
  const own = rows.duties.current([data.documentId, OWN]);
  // The write side publishes registered documents only; one the read model does not hold is a damaged log.
  if (own === undefined) throw new Error(`DecisionPublished at ${event.position} publishes ${data.documentId}, which the read model does not hold`);
  const record = publicationRecordOf({ ...data, requiredPublisher: data.requiredPublisher ?? own.publisher }, { type: own.type as DocumentType, decidedBy: [] });
  const row = publicationRow(data.documentId, record, event);
  rows.publications.add(row);
  if (row.bringsIntoForce === 1) settleDuty(rows, data.documentId, record.amendmentId, event);
}

function corrected(data: PublicationCorrected['data'], event: StoredEvent, rows: PublicationRows): void {
  rows.publications.replace([data.documentId, data.publicationId], () => publicationRow(data.documentId, data.publication, event), event.recordedAt);
  settleDuty(rows, data.documentId, data.publication.amendmentId, event);
}

/** The duty is in force while one of its open publications brings it into force; a new version only when that changes. */
function settleDuty(rows: PublicationRows, documentId: string, amendmentId: string | null, event: StoredEvent): void {
  const key = [documentId, amendmentId ?? OWN];
  const duty = rows.duties.current(key);
  if (duty === undefined) return;
  const inForce = rows.publications
    .openRows()
    .some((p) => p.documentId === documentId && p.amendmentId === amendmentId && p.bringsIntoForce === 1);
  if (inForce !== (duty.inForce === 1)) rows.duties.replace(key, (current) => dutyInForce(current, inForce, event), event.recordedAt);
}
