import { type AmendmentAdopted, type DocumentRegistered, type DocumentType, type PublicationRecord, requiredPublisherOf, bringsIntoForce } from '@register/domain';
import type { PublicationDutyEntity } from './publication-duty.entity';
import type { PublicationVersionEntity } from './publication-version.entity';

/** How PublicationsProjection writes its rows, one function per kind of row. */
interface Recorded {
  readonly position: number;
  readonly recordedAt: string;
}

/** The key of a document's own duty: amendmentId is the empty string, not null (publication-duty.entity.ts). */
export const OWN = '';

/** A registered document must be published by the organ publisher.ts names; it is not in force by publication yet. */
export function registeredDuty(data: DocumentRegistered['data'], event: Recorded): PublicationDutyEntity {
  const { documentId, type, title, decidedOn, concerns } = data;
  const publisher = requiredPublisherOf(data, null);
  return { position: event.position, documentId, amendmentId: OWN, type, title, decidedOn, concerns: JSON.stringify(concerns), publisher, inForce: 0, recordedFrom: event.recordedAt, recordedUntil: null };
}

/** An amendment that enters into force by publication: the central college must publish it, from its adoption on (GR SZMH art. 27). */
export function adoptedDuty(own: PublicationDutyEntity, data: AmendmentAdopted['data'], event: Recorded): PublicationDutyEntity {
  const publisher = requiredPublisherOf({ type: own.type as DocumentType, decidedBy: [] }, data.amendmentId);
  return { ...own, position: event.position, amendmentId: data.amendmentId, decidedOn: data.adoptedOn, publisher, inForce: 0, recordedFrom: event.recordedAt, recordedUntil: null };
}

/** The duty's next version, in force by publication or no longer. */
export function dutyInForce(duty: PublicationDutyEntity, inForce: boolean, event: Recorded): PublicationDutyEntity {
  return { ...duty, position: event.position, inForce: inForce ? 1 : 0, recordedFrom: event.recordedAt, recordedUntil: null };
}

export function publicationRow(documentId: string, record: PublicationRecord, event: Recorded): PublicationVersionEntity {
  const { amendmentId, publicationId, medium, publishedOn, inForceFrom, publisher, requiredPublisher } = record;
  return {
    ...{ position: event.position, documentId, amendmentId, publicationId, medium, publishedOn, inForceFrom, publisher, requiredPublisher },
    ...{ bringsIntoForce: bringsIntoForce(record) ? 1 : 0, recordedFrom: event.recordedAt, recordedUntil: null },
  };
}
