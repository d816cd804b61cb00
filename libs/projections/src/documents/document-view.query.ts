import type { DataSource } from 'typeorm';
import { sqlDialectOf, sqlParameter } from '../runtime/projection-sql';
import { DOCUMENT_PUBLICATIONS_TABLE, DOCUMENT_VERSIONS_TABLE } from './documents.projection';

/** One version of a document's text: version 1 is the original (amendmentId null). */
export interface DocumentVersionView {
  readonly version: number;
  readonly amendmentId: string | null;
  readonly validFrom: string;
  /** Exclusive; null when open-ended. */
  readonly validUntil: string | null;
  readonly contentSha256: string | null;
  readonly decidedOn: string;
}

export interface DocumentPublicationView {
  readonly medium: string;
  readonly publicationId: string;
  readonly publishedOn: string;
  readonly inForceFrom: string;
}

/** A document as the register knew it at one instant. */
export interface DocumentView {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly decidedOn: string;
  readonly decidedBy: readonly string[];
  readonly concerns: readonly string[];
  readonly parties: readonly string[];
  readonly contentSha256: string | null;
  /** By publication date, then publication id. */
  readonly publications: readonly DocumentPublicationView[];
  /** By version number, the original first. */
  readonly versions: readonly DocumentVersionView[];
}

interface VersionRow {
  readonly version: number | string;
  readonly amendment_id: string | null;
  readonly type: string;
  readonly title: string;
  readonly decided_on: string;
  readonly decided_by: string;
  readonly concerns: string;
  readonly parties: string;
  readonly content_sha256: string | null;
  readonly valid_from: string;
  readonly valid_until: string | null;
}

interface PublicationRow {
  readonly medium: string;
  readonly publication_id: string;
  readonly published_on: string;
  readonly in_force_from: string;
}

/**
 * The document `documentId` as known at `knownAt`, or null when it was not
 * registered by then: its versions recorded by then and not yet replaced, and
 * the publications recorded by then; two indexed lookups by id. The document's
 * own fields are those of its original text. Publication ids are ordered in
 * code-unit order on both databases (PostgreSQL's "C" collation).
 */
export async function documentKnownAt(dataSource: DataSource, documentId: string, knownAt: string): Promise<DocumentView | null> {
  const dialect = sqlDialectOf(dataSource);
  const p = (index: number) => sqlParameter(dialect, index);
  const versions: VersionRow[] = await dataSource.query(
    `SELECT version, amendment_id, type, title, decided_on, decided_by, concerns, parties, content_sha256, valid_from, valid_until
     FROM ${DOCUMENT_VERSIONS_TABLE}
     WHERE document_id = ${p(1)} AND recorded_from <= ${p(2)} AND (recorded_until IS NULL OR recorded_until > ${p(3)})
     ORDER BY version`,
    [documentId, knownAt, knownAt],
  );
  const original = versions.find((row) => Number(row.version) === 1);
  if (original === undefined) return null;
  const publications: PublicationRow[] = await dataSource.query(
    `SELECT medium, publication_id, published_on, in_force_from FROM ${DOCUMENT_PUBLICATIONS_TABLE}
     WHERE document_id = ${p(1)} AND recorded_from <= ${p(2)}
     ORDER BY published_on, publication_id ${dialect === 'postgres' ? 'COLLATE "C"' : ''}`,
    [documentId, knownAt],
  );
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
    versions: versions.map(toVersion),
  };
}

function toVersion(row: VersionRow): DocumentVersionView {
  return {
    version: Number(row.version),
    amendmentId: row.amendment_id,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    contentSha256: row.content_sha256,
    decidedOn: row.decided_on,
  };
}

function toPublication(row: PublicationRow): DocumentPublicationView {
  return { medium: row.medium, publicationId: row.publication_id, publishedOn: row.published_on, inForceFrom: row.in_force_from };
}
