import { inList, rulesOf, selectColumns, sql, sqlText } from '@register/database';
import type { PublicationAnswer } from '../authority/authority-answer';
import type { SqlReader } from '../runtime/read-snapshot';
import { compareText } from '../shared/compare-text';
import { PUBLICATION_VERSIONS_TABLE, type PublicationVersionEntity } from './publication-version.entity';

/*
 * The lookups of the publications read model that GET /documents/{id},
 * GET /mandates/{id}, the registers and GET /authority share, written by hand
 * as the other hot-path lookups are (mandate-lookups.ts). Each reads the
 * publications as known at knownAt: the versions recorded by then and not yet
 * corrected.
 */

/** A publication as a document shows it. */
export type PublicationFacts = Pick<
  PublicationVersionEntity,
  'documentId' | 'amendmentId' | 'publicationId' | 'medium' | 'publishedOn' | 'inForceFrom' | 'publisher' | 'requiredPublisher' | 'bringsIntoForce'
>;

const COLUMNS = selectColumns<PublicationVersionEntity>([
  'documentId',
  'amendmentId',
  'publicationId',
  'medium',
  'publishedOn',
  'inForceFrom',
  'publisher',
  'requiredPublisher',
  'bringsIntoForce',
]);
const PUBLICATIONS = sqlText(PUBLICATION_VERSIONS_TABLE);
const KNOWN_AT = (knownAt: string) => sql`recorded_from <= ${knownAt} AND (recorded_until IS NULL OR recorded_until > ${knownAt})`;

/** Every publication of the document known at knownAt, its amendments' included, by publication date then identifier (code units). */
export async function publicationsOfDocumentIn(reader: SqlReader, documentId: string, knownAt: string): Promise<PublicationFacts[]> {
  const codeUnits = sqlText(rulesOf(reader.dialect).codeUnitOrder);
  const rows = await reader.rows<PublicationFacts>(
    sql`SELECT ${COLUMNS} FROM ${PUBLICATIONS} WHERE document_id = ${documentId} AND ${KNOWN_AT(knownAt)}
        ORDER BY published_on, publication_id${codeUnits}`,
  );
  return rows.map((row) => ({ ...row, bringsIntoForce: Number(row.bringsIntoForce) }));
}

/**
 * Per decision, the publication known at knownAt that brings the decision
 * itself into force first (a republication may exist): only one in the
 * gemeenteblad of the organ that must publish counts (Awb 3:40, 3:42 lid 1),
 * and an amendment's publication is not the document's own.
 */
export async function firstPublicationsIn(reader: SqlReader, decisions: readonly (string | null)[], knownAt: string): Promise<Map<string, PublicationAnswer>> {
  const first = new Map<string, PublicationAnswer>();
  const documents = [...new Set(decisions.filter((decision): decision is string => decision !== null))];
  if (documents.length === 0) return first;
  const rows = await reader.rows<Pick<PublicationFacts, 'documentId' | 'publicationId' | 'publishedOn' | 'inForceFrom'>>(
    sql`SELECT ${selectColumns<PublicationVersionEntity>(['documentId', 'publicationId', 'publishedOn', 'inForceFrom'])} FROM ${PUBLICATIONS}
        WHERE ${KNOWN_AT(knownAt)} AND document_id IN (${inList(documents)}) AND amendment_id IS NULL AND brings_into_force = 1`,
  );
  for (const { documentId, publicationId, publishedOn, inForceFrom } of rows) {
    const candidate = { publicationId, publishedOn, inForceFrom };
    const known = first.get(documentId);
    if (known === undefined || comparePublications(candidate, known) < 0) first.set(documentId, candidate);
  }
  return first;
}

function comparePublications(a: PublicationAnswer, b: PublicationAnswer): number {
  return compareText(a.inForceFrom, b.inForceFrom) || compareText(a.publishedOn, b.publishedOn) || compareText(a.publicationId, b.publicationId);
}
