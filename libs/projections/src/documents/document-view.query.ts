import type { DataSource } from 'typeorm';
import { sqlParameter } from '../runtime/projection-sql';
import { inReadSnapshot, type SqlReader } from '../runtime/read-snapshot';
import type { AmendmentApprovalView, AmendmentView, DocumentPublicationView, DocumentVersionView, DocumentView } from './document-view';
import type { VersionRow } from './document-version.rows';
import { DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE, DOCUMENT_PUBLICATIONS_TABLE, DOCUMENT_VERSIONS_TABLE } from './documents.schema';

export type * from './document-view';

/** A stored version as read back; the driver may hand `version` over as text. */
type StoredVersionRow = Omit<VersionRow, 'document_id' | 'version'> & { readonly version: number | string };

interface PublicationRow {
  readonly medium: string;
  readonly publication_id: string;
  readonly published_on: string;
  readonly in_force_from: string;
}

interface AmendmentRow {
  readonly amendment_id: string;
  readonly summary: string;
  readonly valid_from: string;
  readonly content_sha256: string | null;
}

interface ApprovalRow {
  readonly amendment_id: string;
  readonly organ: string;
  readonly decision: string | null;
  readonly approved_on: string;
}

/**
 * The document `documentId` as known at `knownAt`, or null when it was not
 * registered by then: its versions recorded by then and not yet replaced,
 * and the publications, proposals and approvals recorded by then; one
 * indexed lookup by id per table. An amendment is adopted when one of those
 * versions is its own. The document's own fields are those of its original
 * text. Publication ids are ordered in code-unit order on both databases
 * (PostgreSQL's "C" collation).
 */
export function documentKnownAt(dataSource: DataSource, documentId: string, knownAt: string): Promise<DocumentView | null> {
  return inReadSnapshot(dataSource, (reader) => documentIn(reader, documentId, knownAt));
}

async function documentIn(reader: SqlReader, documentId: string, knownAt: string): Promise<DocumentView | null> {
  const dialect = reader.dialect;
  const p = (index: number) => sqlParameter(dialect, index);
  const versions: StoredVersionRow[] = await reader.rows(
    `SELECT version, amendment_id, type, title, decided_on, decided_by, concerns, parties, content_sha256, valid_from, valid_until, in_force_from
     FROM ${DOCUMENT_VERSIONS_TABLE}
     WHERE document_id = ${p(1)} AND recorded_from <= ${p(2)} AND (recorded_until IS NULL OR recorded_until > ${p(3)})
     ORDER BY version`,
    [documentId, knownAt, knownAt],
  );
  const original = versions.find((row) => Number(row.version) === 1);
  if (original === undefined) return null;
  const [publications, amendments, approvals] = await Promise.all([
    publicationsKnownAt(reader, documentId, knownAt),
    recordedRows<AmendmentRow>(reader, DOCUMENT_AMENDMENTS_TABLE, 'amendment_id, summary, valid_from, content_sha256', documentId, knownAt),
    recordedRows<ApprovalRow>(reader, DOCUMENT_APPROVALS_TABLE, 'amendment_id, organ, decision, approved_on', documentId, knownAt),
  ]);
  const versionViews = versions.map(toVersion);
  return {
    id: documentId,
    type: original.type,
    title: original.title,
    decidedOn: original.decided_on,
    decidedBy: JSON.parse(original.decided_by) as string[],
    concerns: JSON.parse(original.concerns) as string[],
    parties: JSON.parse(original.parties) as string[],
    contentSha256: original.content_sha256,
    publications: publications.map(toPublication),
    versions: versionViews,
    amendments: amendments.map((row) => toAmendment(row, versionViews, approvals)),
  };
}

function publicationsKnownAt(reader: SqlReader, documentId: string, knownAt: string): Promise<PublicationRow[]> {
  const { dialect } = reader;
  return reader.rows(
    `SELECT medium, publication_id, published_on, in_force_from FROM ${DOCUMENT_PUBLICATIONS_TABLE}
     WHERE document_id = ${sqlParameter(dialect, 1)} AND recorded_from <= ${sqlParameter(dialect, 2)}
     ORDER BY published_on, publication_id ${dialect === 'postgres' ? 'COLLATE "C"' : ''}`,
    [documentId, knownAt],
  );
}

/** The rows of an append-only table recorded by `knownAt`, in the order of the events that wrote them. */
function recordedRows<R>(reader: SqlReader, table: string, columns: string, documentId: string, knownAt: string): Promise<R[]> {
  const dialect = reader.dialect;
  return reader.rows(
    `SELECT ${columns} FROM ${table}
     WHERE document_id = ${sqlParameter(dialect, 1)} AND recorded_from <= ${sqlParameter(dialect, 2)}
     ORDER BY position`,
    [documentId, knownAt],
  );
}

function toVersion(row: StoredVersionRow): DocumentVersionView {
  return {
    version: Number(row.version),
    amendmentId: row.amendment_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    contentSha256: row.content_sha256,
    decidedOn: row.decided_on,
    inForceFrom: row.in_force_from,
  };
}

function toPublication(row: PublicationRow): DocumentPublicationView {
  return { medium: row.medium, publicationId: row.publication_id, publishedOn: row.published_on, inForceFrom: row.in_force_from };
}

function toAmendment(row: AmendmentRow, versions: readonly DocumentVersionView[], approvals: readonly ApprovalRow[]): AmendmentView {
  const adopted = versions.find((version) => version.amendmentId === row.amendment_id);
  return {
    id: row.amendment_id,
    summary: row.summary,
    validFrom: row.valid_from,
    contentSha256: row.content_sha256,
    status: adopted === undefined ? 'proposed' : 'adopted',
    adoptedOn: adopted?.decidedOn ?? null,
    version: adopted?.version ?? null,
    approvals: approvals.filter((approval) => approval.amendment_id === row.amendment_id).map(toApproval),
  };
}

function toApproval(row: ApprovalRow): AmendmentApprovalView {
  return { organ: row.organ, decision: row.decision, approvedOn: row.approved_on };
}
