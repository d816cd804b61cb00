import type { ListAudience, ListPage } from '@register/projections';
import type { ReadScope } from '../../auth/read-scope';
import type { Clock } from '../../write-side/clock';
import { resolveTemporalQuery, type TemporalQuery } from '../validation/temporal-query.dto';
import { decodeCursor, encodeCursor, type ListIdentity } from './list-cursor';
import { DEFAULT_PAGE_SIZE, type ListQueryDto } from './list-query.dto';

/** A list route's answer before it is mapped: the items and the cursor of the next page (null: none). */
export interface PagedList<Item> {
  readonly items: readonly Item[];
  readonly nextCursor: string | null;
}

/** A list query as a handler receives it: the list's filters, its paging and temporal parameters as given, and what the caller may read. */
export interface ListRequest<Filter> {
  readonly filter: Filter;
  readonly paging: ListQueryDto;
  readonly scope: ReadScope;
}

type ReadPage<Item> = (question: TemporalQuery, page: { readonly after: string | null; readonly limit: number }) => Promise<ListPage<Item>>;

/**
 * One page of the list `list`: the cursor, when given, says where it goes on
 * and which question it answers (the first page's knownAt and validOn);
 * without one the temporal parameters are resolved against the clock.
 */
export async function pageOfList<Filter extends object, Item>(list: string, request: ListRequest<Filter>, clock: Clock, read: ReadPage<Item>): Promise<PagedList<Item>> {
  const { cursor, limit, ...temporal } = request.paging;
  const identity: ListIdentity = { list, parameters: { ...request.filter, ...temporal }, scope: request.scope };
  const resumed = cursor === undefined ? null : decodeCursor(cursor, identity);
  const question = resumed?.question ?? resolveTemporalQuery(temporal, clock);
  const page = await read(question, { after: resumed?.after ?? null, limit: limit ?? DEFAULT_PAGE_SIZE });
  return { items: page.items, nextCursor: page.nextAfter === null ? null : encodeCursor(identity, { after: page.nextAfter, question }) };
}

/** The read scope as the lists read model takes it: null for everything, else the auditor's municipalities. */
export function audienceOf(scope: ReadScope): ListAudience {
  return scope.kind === 'everything' ? null : [...scope.municipalities].sort();
}
