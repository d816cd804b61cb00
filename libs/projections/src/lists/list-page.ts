import { inList, joinSql, sql, type SqlStatement, sqlText } from '@register/database';
import { LIST_TERMS_TABLE } from './list-entries.entities';

/** One page of a list: its items in id order, and the id the next page starts after (null: this was the last). */
export interface ListPage<Item> {
  readonly items: Item[];
  readonly nextAfter: string | null;
}

/** Where a page starts and how long it is, and the instant the list is read as known at. */
export interface PageRequest {
  readonly knownAt: string;
  /** The last item id of the previous page; null for the first page. */
  readonly after: string | null;
  readonly limit: number;
}

/**
 * Whom a list is shown to: null for everything, or the municipalities an
 * auditor reads (an item is shown when it concerns one of them).
 */
export type ListAudience = readonly string[] | null;

/** The terms a page's items must carry: every one of `required`, and one of `anyOf` unless it is null. */
interface TermFilter {
  readonly list: string;
  readonly required: readonly string[];
  readonly anyOf: readonly string[] | null;
}

/** A list's own part of the statement: the table joined to the terms as `e`, its columns, and conditions on them. */
export interface ListSource {
  readonly join?: SqlStatement;
  readonly columns?: SqlStatement;
  readonly where?: readonly SqlStatement[];
}

/**
 * The statement of one page, at most limit + 1 rows (the one beyond says
 * there is a next page), as `{itemId, ...columns}`. It reads one range of the
 * terms' key (list, term, item id) from the cursor on: the first required
 * term drives it, or the auditor's one municipality, or `all`; the other
 * terms are point lookups in the same key per row. So a page costs its own
 * rows plus those a filter skips, never a scan of the whole list.
 */
export function pageStatement(filter: TermFilter, source: ListSource, page: PageRequest): SqlStatement {
  const { driver, required, anyOf } = drivingTerm(filter);
  const conditions = [
    sql`t.list = ${filter.list}`,
    sql`t.term = ${driver}`,
    sql`t.recorded_from <= ${page.knownAt}`,
    ...(page.after === null ? [] : [sql`t.item_id > ${page.after}`]),
    ...required.map((term) => carries(filter.list, sql`= ${term}`)),
    ...(anyOf === null ? [] : [carries(filter.list, sql`IN (${inList(anyOf)})`)]),
    ...(source.where ?? []),
  ];
  return sql`SELECT t.item_id AS "itemId"${source.columns === undefined ? sql`` : sql`, ${source.columns}`}
    FROM ${sqlText(LIST_TERMS_TABLE)} t ${source.join ?? sql``}
    WHERE ${joinSql(conditions, ' AND ')}
    ORDER BY t.item_id LIMIT ${page.limit + 1}`;
}

function drivingTerm({ required, anyOf }: TermFilter): { driver: string; required: readonly string[]; anyOf: readonly string[] | null } {
  if (required.length > 0) return { driver: required[0], required: required.slice(1), anyOf };
  // An auditor of one municipality pages through its range alone; of none, through an empty range ('' is nobody's term).
  if (anyOf !== null && anyOf.length <= 1) return { driver: anyOf[0] ?? '', required: [], anyOf: null };
  return { driver: 'all', required: [], anyOf };
}

function carries(list: string, term: SqlStatement): SqlStatement {
  return sql`EXISTS (SELECT 1 FROM ${sqlText(LIST_TERMS_TABLE)} o WHERE o.list = ${list} AND o.item_id = t.item_id AND o.term ${term})`;
}

/** The list's own table as `e`, joined to the terms by its id column. */
export function joinedOn(table: string, idColumn: string): SqlStatement {
  return sql`JOIN ${sqlText(table)} e ON e.${sqlText(idColumn)} = t.item_id`;
}

/** The page of `rows` (at most limit + 1, as pageStatement reads them). */
export function pageOf<Row extends { readonly itemId: string }, Item>(rows: readonly Row[], limit: number, item: (row: Row) => Item): ListPage<Item> {
  const shown = rows.slice(0, limit);
  return { items: shown.map(item), nextAfter: rows.length > limit ? shown[shown.length - 1].itemId : null };
}

/** `column` contains `q`, whatever its case: the column holds lower-case text (searchTextOf), and LIKE's wildcards in q are taken literally. */
export function containsText(column: string, q: string): SqlStatement {
  const escaped = q.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`);
  return sql`${sqlText(column)} LIKE ${`%${escaped}%`} ESCAPE '\\'`;
}

/** The term an item is found by when `filter` has `value`. */
export function listTerm(filter: string, value: string): string {
  return `${filter}:${value}`;
}

/** The terms of the filters that are given, in the order given. */
export function termsOf(filters: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(filters).flatMap(([filter, value]) => (value === undefined ? [] : [listTerm(filter, value)]));
}

/** The auditor's municipalities as terms, or null for everything. */
export function concernsTerms(audience: ListAudience): readonly string[] | null {
  return audience === null ? null : audience.map((municipality) => listTerm('concerns', municipality));
}
