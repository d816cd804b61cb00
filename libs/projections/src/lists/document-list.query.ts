import { inList, selectColumns, sql } from '@register/database';
import type { DataSource } from 'typeorm';
import { documentIn } from '../documents/document-view.query';
import type { DocumentView } from '../documents/document-view';
import { inReadSnapshot } from '../runtime/read-snapshot';
import { type ListedDocumentEntity, LISTED_DOCUMENTS_TABLE } from './list-entries.entities';
import { concernsTerms, containsText, joinedOn, type ListAudience, type ListPage, pageOf, type PageRequest, pageStatement, termsOf } from './list-page';

/** An item of GET /documents: the document as registered, with its publications known at knownAt (GET /documents/{id}'s fields, fewer). */
export type DocumentListItem = Pick<DocumentView, 'id' | 'type' | 'title' | 'decidedOn' | 'decidedBy' | 'concerns' | 'publications'>;

export interface DocumentListFilter {
  /** Id or title contains it, whatever the case. */
  readonly q?: string;
  readonly type?: string;
  readonly concerns?: string;
  readonly decidedBy?: string;
  /** Decided on or after this date. */
  readonly decidedFrom?: string;
  /** Decided on or before this date: a search range, both ends included. */
  readonly decidedUntil?: string;
}

const COLUMNS = selectColumns<ListedDocumentEntity>(['type', 'title', 'decidedOn', 'decidedBy', 'concerns'], 'e');
type Row = Pick<ListedDocumentEntity, 'type' | 'title' | 'decidedOn' | 'decidedBy' | 'concerns'> & { readonly itemId: string };

/**
 * A page of the documents known at knownAt, by id; an auditor's shows those
 * that concern their municipalities (as GET /documents/{id} does). The
 * publications are the documents read model's, read in the same snapshot.
 */
export function documentPage(dataSource: DataSource, filter: DocumentListFilter, audience: ListAudience, page: PageRequest): Promise<ListPage<DocumentListItem>> {
  const where = [
    ...(filter.q === undefined ? [] : [containsText('e.search_text', filter.q)]),
    ...(filter.decidedFrom === undefined ? [] : [sql`e.decided_on >= ${filter.decidedFrom}`]),
    ...(filter.decidedUntil === undefined ? [] : [sql`e.decided_on <= ${filter.decidedUntil}`]),
  ];
  const { type, concerns, decidedBy } = filter;
  const statement = pageStatement(
    { list: 'document', required: termsOf({ type, concerns, decidedBy }), anyOf: concernsTerms(audience) },
    { join: joinedOn(LISTED_DOCUMENTS_TABLE, 'document_id'), columns: COLUMNS, where },
    page,
  );
  return inReadSnapshot(dataSource, async (reader) => {
    const listed = pageOf(await reader.rows<Row>(statement), page.limit, (row) => row);
    const items: DocumentListItem[] = [];
    for (const row of listed.items) {
      const document = await documentIn(reader, row.itemId, page.knownAt);
      items.push({ ...itemOf(row), publications: document?.publications ?? [] });
    }
    return { items, nextAfter: listed.nextAfter };
  });
}

function itemOf({ itemId, type, title, decidedOn, decidedBy, concerns }: Row): Omit<DocumentListItem, 'publications'> {
  return { id: itemId, type, title, decidedOn, decidedBy: JSON.parse(decidedBy) as string[], concerns: JSON.parse(concerns) as string[] };
}

/** A document as registered, without its publications: what a page naming decisions by their title needs. */
export type DocumentSummary = Omit<DocumentListItem, 'publications'>;

/**
 * The documents `ids` known at knownAt that the audience may read, by id:
 * point lookups in the terms' key, one statement for all of them.
 */
export async function documentSummaries(dataSource: DataSource, ids: readonly string[], audience: ListAudience, knownAt: string): Promise<Map<string, DocumentSummary>> {
  if (ids.length === 0) return new Map();
  const statement = pageStatement(
    { list: 'document', required: [], anyOf: concernsTerms(audience) },
    { join: joinedOn(LISTED_DOCUMENTS_TABLE, 'document_id'), columns: COLUMNS, where: [sql`t.item_id IN (${inList(ids)})`] },
    { knownAt, after: null, limit: ids.length },
  );
  const rows = await inReadSnapshot(dataSource, (reader) => reader.rows<Row>(statement));
  return new Map(rows.map((row) => [row.itemId, itemOf(row)]));
}
