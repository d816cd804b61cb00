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
