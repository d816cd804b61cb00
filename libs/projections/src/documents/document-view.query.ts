import { dialectOf, rulesOf } from '@register/database';
import { type DataSource, type EntityManager, IsNull, LessThanOrEqual, MoreThan, Or } from 'typeorm';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import { DocumentAmendmentEntity, DocumentApprovalEntity, DocumentPublicationEntity } from './document-records.entities';
import { DocumentVersionEntity } from './document-version.entity';
import type { AmendmentApprovalView, AmendmentView, DocumentPublicationView, DocumentVersionView, DocumentView } from './document-view';

export type * from './document-view';

/**
 * The document `documentId` as known at `knownAt`, or null when it was not
 * registered by then: its versions recorded by then and not yet replaced,
 * and the publications, proposals and approvals recorded by then; one
 * indexed lookup by id per table, through the entities' repositories in one
 * snapshot. An amendment is adopted when one of those versions is its own.
 * The document's own fields are those of its original text. Publication ids
 * are ordered in code-unit order on both databases (PostgreSQL's "C" collation).
 */
export function documentKnownAt(dataSource: DataSource, documentId: string, knownAt: string): Promise<DocumentView | null> {
  return inReadSnapshot(dataSource, (reader) => documentIn(reader, documentId, knownAt));
}

/** `documentKnownAt` inside a snapshot a caller already holds (a page of GET /documents asks it per document). */
export async function documentIn({ manager }: SqlReader, documentId: string, knownAt: string): Promise<DocumentView | null> {
  const recorded = { documentId, recordedFrom: LessThanOrEqual(knownAt) };
  const versions = await manager.find(DocumentVersionEntity, {
    where: { ...recorded, recordedUntil: Or(IsNull(), MoreThan(knownAt)) },
    order: { version: 'ASC' },
  });
  const original = versions.find((row) => row.version === 1);
  if (original === undefined) return null;
  const [publications, amendments, approvals] = [
    await publicationsKnownAt(manager, documentId, knownAt),
    await manager.find(DocumentAmendmentEntity, { where: recorded, order: { position: 'ASC' } }),
    await manager.find(DocumentApprovalEntity, { where: recorded, order: { position: 'ASC' } }),
  ];
  const versionViews = versions.map(toVersion);
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

function publicationsKnownAt(manager: EntityManager, documentId: string, knownAt: string): Promise<DocumentPublicationEntity[]> {
  return manager
    .createQueryBuilder(DocumentPublicationEntity, 'publication')
    .where('publication.documentId = :documentId AND publication.recordedFrom <= :knownAt', { documentId, knownAt })
    .orderBy('publication.publishedOn', 'ASC')
    .addOrderBy(`publication.publication_id${rulesOf(dialectOf(manager)).codeUnitOrder}`, 'ASC')
    .getMany();
}

function toVersion(row: DocumentVersionEntity): DocumentVersionView {
  return {
    version: row.version,
    amendmentId: row.amendmentId,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    contentSha256: row.contentSha256,
    decidedOn: row.decidedOn,
    inForceFrom: row.inForceFrom,
  };
}

function toPublication(row: DocumentPublicationEntity): DocumentPublicationView {
  return { medium: row.medium, publicationId: row.publicationId, publishedOn: row.publishedOn, inForceFrom: row.inForceFrom };
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
