import { selectColumns } from '@register/database';
import type { DataSource } from 'typeorm';
import { inReadSnapshot } from '../runtime/read-snapshot';
import { type ListedFunctionEntity, LISTED_FUNCTIONS_TABLE } from './list-entries.entities';
import { concernsTerms, containsText, joinedOn, type ListAudience, type ListPage, pageOf, type PageRequest, pageStatement, termsOf } from './list-page';

/** An item of GET /functions. */
export interface FunctionListItem {
  readonly id: string;
  readonly name: string;
  readonly municipality: string;
  readonly externalTitles: readonly string[];
}

export interface FunctionListFilter {
  /** Id, name or an external title contains it, whatever the case. */
  readonly q?: string;
  readonly municipality?: string;
}

const COLUMNS = selectColumns<ListedFunctionEntity>(['name', 'municipality', 'externalTitles'], 'e');
type Row = Pick<ListedFunctionEntity, 'name' | 'municipality' | 'externalTitles'> & { readonly itemId: string };

/** A page of the functions known at knownAt, by id; an auditor's shows those of their municipalities. */
export function functionPage(dataSource: DataSource, filter: FunctionListFilter, audience: ListAudience, page: PageRequest): Promise<ListPage<FunctionListItem>> {
  const statement = pageStatement(
    { list: 'function', required: termsOf({ municipality: filter.municipality }), anyOf: concernsTerms(audience) },
    { join: joinedOn(LISTED_FUNCTIONS_TABLE, 'function_id'), columns: COLUMNS, where: filter.q === undefined ? [] : [containsText('e.search_text', filter.q)] },
    page,
  );
  return inReadSnapshot(dataSource, async (reader) => pageOf(await reader.rows<Row>(statement), page.limit, itemOf));
}

function itemOf({ itemId, name, municipality, externalTitles }: Row): FunctionListItem {
  return { id: itemId, name, municipality, externalTitles: JSON.parse(externalTitles) as string[] };
}

/**
 * The ids of the functions known at knownAt that carry `title` as an external
 * title (api.md: an actor of /authority may be given so), compared without
 * regard to case or surrounding spaces; the search text narrows, the titles decide.
 */
export async function functionIdsWithExternalTitle(dataSource: DataSource, title: string, knownAt: string): Promise<string[]> {
  const wanted = title.trim().toLowerCase();
  const statement = pageStatement(
    { list: 'function', required: [], anyOf: null },
    { join: joinedOn(LISTED_FUNCTIONS_TABLE, 'function_id'), columns: COLUMNS, where: [containsText('e.search_text', wanted)] },
    { knownAt, after: null, limit: EXTERNAL_TITLE_CANDIDATES },
  );
  const rows = await inReadSnapshot(dataSource, (reader) => reader.rows<Row>(statement));
  return rows.filter((row) => (JSON.parse(row.externalTitles) as string[]).some((external) => external.trim().toLowerCase() === wanted)).map((row) => row.itemId);
}

/** More functions than any one title is shared by: the answer only needs to tell one from several. */
const EXTERNAL_TITLE_CANDIDATES = 100;
