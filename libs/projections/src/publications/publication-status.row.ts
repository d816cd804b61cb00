import type { DocumentRegistered } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { PublicationStatusEntity } from './publication-status.entity';

/** The unpublished version a decision's registration inserts. */
export function unpublishedRow(data: DocumentRegistered['data'], publisher: string, event: StoredEvent): PublicationStatusEntity {
  const { documentId, type, decidedOn } = data;
  return { position: event.position, documentId, type, decidedOn, publisher, published: 0, recordedFrom: event.recordedAt, recordedUntil: null };
}

/** The version a publication inserts: the unpublished one's facts, published from the publication's recordedAt. */
export function publishedRow(unpublished: PublicationStatusEntity, event: StoredEvent): PublicationStatusEntity {
  return { ...unpublished, position: event.position, published: 1, recordedFrom: event.recordedAt, recordedUntil: null };
}
