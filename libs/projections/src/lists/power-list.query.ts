import { selectColumns, sql } from '@register/database';
import type { DataSource } from 'typeorm';
import { inReadSnapshot } from '../runtime/read-snapshot';
import { type ListedPowerEntity, LISTED_POWERS_TABLE } from './list-entries.entities';
import { containsText, joinedOn, type ListPage, pageOf, type PageRequest, pageStatement, termsOf } from './list-page';

/** An item of GET /powers: the catalogue entry as recorded. */
export interface PowerListItem {
  readonly id: string;
  readonly label: string;
  readonly legalBasis: string;
  readonly holder: string;
  readonly mandatable: boolean;
  readonly nonMandatableReason: string | null;
  readonly privateLaw: boolean;
}

export interface PowerListFilter {
  /** Id, label or legal basis contains it, whatever the case. */
  readonly q?: string;
  readonly holder?: string;
  readonly mandatable?: boolean;
}

const COLUMNS = selectColumns<ListedPowerEntity>(['label', 'legalBasis', 'holder', 'mandatable', 'nonMandatableReason', 'privateLaw'], 'e');
type Row = Pick<ListedPowerEntity, 'label' | 'legalBasis' | 'holder' | 'mandatable' | 'nonMandatableReason' | 'privateLaw'> & { readonly itemId: string };

/**
 * A page of the power catalogue as known at knownAt, by id. The catalogue is
 * the law's, the same for every municipality, so every role sees all of it,
 * as every role sees the participants.
 */
export function powerPage(dataSource: DataSource, filter: PowerListFilter, page: PageRequest): Promise<ListPage<PowerListItem>> {
  const where = [
    ...(filter.q === undefined ? [] : [containsText('e.search_text', filter.q)]),
    ...(filter.mandatable === undefined ? [] : [sql`e.mandatable = ${filter.mandatable ? 1 : 0}`]),
  ];
  const statement = pageStatement(
    { list: 'power', required: termsOf({ holder: filter.holder }), anyOf: null },
    { join: joinedOn(LISTED_POWERS_TABLE, 'power_id'), columns: COLUMNS, where },
    page,
  );
  return inReadSnapshot(dataSource, async (reader) => pageOf(await reader.rows<Row>(statement), page.limit, itemOf));
}

function itemOf(row: Row): PowerListItem {
  const { itemId: id, label, legalBasis, holder, nonMandatableReason } = row;
  return { id, label, legalBasis, holder, mandatable: Number(row.mandatable) === 1, nonMandatableReason, privateLaw: Number(row.privateLaw) === 1 };
}
