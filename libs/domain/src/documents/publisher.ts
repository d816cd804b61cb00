import { parseParty } from '../shared/party-id';
import type { AmendmentAdopted } from './amendment.events';
import type { DecisionPublished } from './document.events';
import type { DocumentRecord, DocumentType, PublicationRecord } from './document.state';

/** The college of the central municipality, Maastricht (GR SZMH art. 3). */
export const CENTRAL_COLLEGE = 'college:GM0935';

/**
 * The organ that must publish a decision (domain.md "Who publishes"), in its
 * own municipality's gemeenteblad (Awb 3:42 lid 1):
 *   - an amendment of the arrangement, the arrangement itself and an exit
 *     decision: the central college (GR SZMH art. 27 lid 1);
 *   - a sub-mandate decision: the central college (art. 5 lid 6);
 *   - a mandate or revocation decision: its grantor, the organ that took it
 *     (art. 5 lid 3). Decided by functions alone it can only pass on a
 *     sub-mandate, which the central college publishes (art. 5 lid 6);
 *   - anything else has no duty to publish in the arrangement: the first organ
 *     that decided it, so a recorded publication still names a sheet.
 */
export function requiredPublisherOf(document: Pick<DocumentRecord, 'type' | 'decidedBy'>, amendmentId: string | null): string {
  if (amendmentId !== null) return CENTRAL_COLLEGE;
  switch (document.type) {
    case 'arrangement':
    case 'exit-decision':
    case 'sub-mandate-decision':
      return CENTRAL_COLLEGE;
    default:
      return document.decidedBy.find((party) => parseParty(party)?.type === 'organ') ?? CENTRAL_COLLEGE;
  }
}

/**
 * Whether a publication brings its decision into force (Awb 3:40, 3:42 lid
 * 1): it must appear in the gemeenteblad of the public body whose organ must
 * publish. A notice in the Staatscourant, a newspaper or another
 * municipality's gemeenteblad is recorded, but brings nothing into force. For
 * the read side, which decides the inForce axis.
 */
export function bringsIntoForce(publication: Pick<PublicationRecord, 'medium' | 'publisher' | 'requiredPublisher'>): boolean {
  return (
    publication.medium === 'gemeenteblad' &&
    parseParty(publication.publisher)?.municipality === parseParty(publication.requiredPublisher)?.municipality
  );
}

/**
 * The publication a DecisionPublished records, for the decider's state and
 * the read side alike: an event recorded before publishers were recorded is
 * a publication of the document itself by the organ that must publish it.
 */
export function publicationRecordOf(data: DecisionPublished['data'], document: Pick<DocumentRecord, 'type' | 'decidedBy'>): PublicationRecord {
  const amendmentId = data.amendmentId ?? null;
  const requiredPublisher = data.requiredPublisher ?? requiredPublisherOf(document, amendmentId);
  const { medium, publicationId, publishedOn, inForceFrom } = data;
  return { amendmentId, medium, publicationId, publishedOn, inForceFrom, publisher: data.publisher ?? requiredPublisher, requiredPublisher };
}

/**
 * Whether an adopted amendment enters into force only by its publication (GR
 * SZMH art. 27, an amendment of the arrangement) rather than from its
 * adoption. An adoption recorded before `entryIntoForce` was recorded is read
 * by the type of the document it amends.
 */
export function entersIntoForceByPublication(adoption: Pick<AmendmentAdopted['data'], 'entryIntoForce'>, documentType: DocumentType): boolean {
  return (adoption.entryIntoForce ?? (documentType === 'arrangement' ? 'publication' : 'adoption')) === 'publication';
}
