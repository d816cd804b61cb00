import { type DocumentType, entersIntoForceByPublication, laterDate } from '@register/domain';
import { type DataSource, IsNull, LessThanOrEqual, MoreThan, Or } from 'typeorm';
import { type PublicationFacts, publicationsOfDocumentIn } from '../publications/publication-lookups';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import { DocumentAmendmentEntity, DocumentApprovalEntity } from './document-records.entities';
import { DocumentVersionEntity } from './document-version.entity';
import type { AmendmentApprovalView, AmendmentView, DocumentPublicationView, DocumentVersionView, DocumentView } from './document-view';

export type * from './document-view';

/**
 * The document `documentId` as known at `knownAt`, or null when it was not
 * registered by then: its versions recorded by then and not yet replaced,
 * and the publications, proposals and approvals recorded by then; one
 * indexed lookup by id per table, through the entities' repositories in one
 * snapshot; its publications, as corrected by then, from the publications
 * read model. An amendment is adopted when one of those versions is its own.
 * The document's own fields are those of its original text.
 */
export function documentKnownAt(dataSource: DataSource, documentId: string, knownAt: string): Promise<DocumentView | null> {
  return inReadSnapshot(dataSource, (reader) => documentIn(reader, documentId, knownAt));
}

/** `documentKnownAt` inside a snapshot a caller already holds (a page of GET /documents asks it per document). */
export async function documentIn(reader: SqlReader, documentId: string, knownAt: string): Promise<DocumentView | null> {
  const { manager } = reader;
  const recorded = { documentId, recordedFrom: LessThanOrEqual(knownAt) };
  const versions = await manager.find(DocumentVersionEntity, {
    where: { ...recorded, recordedUntil: Or(IsNull(), MoreThan(knownAt)) },
    order: { version: 'ASC' },
  });
  const original = versions.find((row) => row.version === 1);
  if (original === undefined) return null;
  const [publications, amendments, approvals] = [
    await publicationsOfDocumentIn(reader, documentId, knownAt),
    await manager.find(DocumentAmendmentEntity, { where: recorded, order: { position: 'ASC' } }),
    await manager.find(DocumentApprovalEntity, { where: recorded, order: { position: 'ASC' } }),
  ];
  const byPublication = entersIntoForceByPublication({}, original.type as DocumentType);
  const versionViews = versions.map((row) => toVersion(row, byPublication ? publications : null));
  return {
    id: documentId,
    type: original.type,
    title: original.title,
    decidedOn: original.decidedOn,
    decidedBy: JSON.parse(original.decidedBy) as string[],
    concerns: JSON.parse(original.concerns) as string[],
    parties: JSON.parse(original.parties) as string[],
    contentSha256: original.contentSha256,
    publications: publications.map(toPublication),
    versions: versionViews,
    amendments: amendments.map((row) => toAmendment(row, versionViews, approvals)),
  };
}

/**
 * An amendment of a document that enters into force by publication (the
 * arrangement, GR SZMH art. 27) is in force from the later of its own
 * inForceFrom and the first publication of it that brings it into force;
 * without one it is not in force. The version rows keep no entryIntoForce:
 * the write side derives it from the document's type, as this does.
 */
function toVersion(row: DocumentVersionEntity, publishedAmendments: readonly PublicationFacts[] | null): DocumentVersionView {
  return {
    ...versionFields(row),
    inForceFrom: row.amendmentId === null || publishedAmendments === null ? row.inForceFrom : publishedInForceFrom(row, publishedAmendments),
  };
}

function publishedInForceFrom(row: DocumentVersionEntity, publications: readonly PublicationFacts[]): string | null {
  const counting = publications.filter((p) => p.amendmentId === row.amendmentId && p.bringsIntoForce === 1).map((p) => p.inForceFrom);
  if (counting.length === 0) return null;
  return laterDate(row.inForceFrom ?? row.validFrom, counting.sort()[0]);
}

function versionFields(row: DocumentVersionEntity): Omit<DocumentVersionView, 'inForceFrom'> {
  return {
    version: row.version,
    amendmentId: row.amendmentId,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    contentSha256: row.contentSha256,
    decidedOn: row.decidedOn,
  };
}

function toPublication(row: PublicationFacts): DocumentPublicationView {
  const { medium, publicationId, publishedOn, inForceFrom, amendmentId, publisher } = row;
  return { medium, publicationId, publishedOn, inForceFrom, amendmentId, publisher, bringsIntoForce: row.bringsIntoForce === 1 };
}

function toAmendment(row: DocumentAmendmentEntity, versions: readonly DocumentVersionView[], approvals: readonly DocumentApprovalEntity[]): AmendmentView {
  const adopted = versions.find((version) => version.amendmentId === row.amendmentId);
  return {
    id: row.amendmentId,
    summary: row.summary,
    validFrom: row.validFrom,
    contentSha256: row.contentSha256,
    status: adopted === undefined ? 'proposed' : 'adopted',
    adoptedOn: adopted?.decidedOn ?? null,
    version: adopted?.version ?? null,
    approvals: approvals.filter((approval) => approval.amendmentId === row.amendmentId).map(toApproval),
  };
}

function toApproval(row: DocumentApprovalEntity): AmendmentApprovalView {
  return { organ: row.organ, decision: row.decision, approvedOn: row.approvedOn };
}
