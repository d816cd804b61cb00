import type { DocumentRegistered } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { VersionedRow } from '../runtime/versioned-rows.batch';

/** One version of a decision on the publication work list, as a row of `rm_decision_publication_status`. */
export interface PublicationStatusRow extends VersionedRow {
  readonly position: number | string;
  readonly document_id: string;
  readonly type: string;
  readonly decided_on: string;
  readonly publisher: string;
  /** 0 or 1, which both databases store and compare alike. */
  readonly published: number;
  readonly recorded_from: string;
}

/** Column order of the multi-row INSERT; `publicationStatusValues` follows it. */
export const PUBLICATION_STATUS_COLUMNS: readonly (keyof PublicationStatusRow)[] = [
  'position',
  'document_id',
  'type',
  'decided_on',
  'publisher',
  'published',
  'recorded_from',
  'recorded_until',
];

export function publicationStatusValues(row: PublicationStatusRow): unknown[] {
  return PUBLICATION_STATUS_COLUMNS.map((column) => row[column]);
}

export function unpublishedRow(data: DocumentRegistered['data'], publisher: string, event: StoredEvent): PublicationStatusRow {
  const { documentId, type, decidedOn } = data;
  return { position: event.position, document_id: documentId, type, decided_on: decidedOn, publisher, published: 0, recorded_from: event.recordedAt, recorded_until: null };
}

/** The version a publication inserts: the unpublished one's facts, published from the publication's recordedAt. */
export function publishedRow(unpublished: PublicationStatusRow, event: StoredEvent): PublicationStatusRow {
  return { ...unpublished, position: event.position, published: 1, recorded_from: event.recordedAt, recorded_until: null };
}
