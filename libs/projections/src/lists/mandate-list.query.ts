import type { DataSource } from 'typeorm';
import { mandateIn, type MandateQuestion, type MandateView } from '../mandates/mandate.query';
import type { MandateStatus } from '../mandates/mandate-status';
import { inReadSnapshot } from '../runtime/read-snapshot';
import { concernsTerms, type ListAudience, type ListPage, type PageRequest, pageStatement, termsOf } from './list-page';

export interface MandateListFilter {
  readonly grantor?: string;
  readonly grantee?: string;
  readonly power?: string;
  /** A municipality the mandate is for. */
  readonly municipality?: string;
  /** Granted under this mandate (its direct sub-mandates). */
  readonly parent?: string;
  /** Its status on validOn on the asked axis. */
  readonly status?: MandateStatus;
}

/**
 * How many mandates one page may look at for a status: the status is derived
 * from the line of parents, the publications and the participants (never
 * stored), so it is checked per candidate. A page that reaches this many
 * without filling up ends early, with a cursor, and the next request goes on:
 * each request's work stays bounded however rare the status.
 */
const STATUS_CANDIDATES_PER_PAGE = 2_000;

/**
 * A page of the mandates known at knownAt, by id, each as GET /mandates/{id}
 * shows it with its status on validOn; an auditor's shows those that concern
 * their municipalities (the grantor's, the grantee's and those it is for).
 * The filters on parties, parent, power and municipality are ranges of the
 * terms' key; the status is checked per candidate, STATUS_CANDIDATES_PER_PAGE at most.
 */
export function mandatePage(
  dataSource: DataSource,
  filter: MandateListFilter,
  audience: ListAudience,
  question: MandateQuestion,
  page: Omit<PageRequest, 'knownAt'>,
): Promise<ListPage<MandateView>> {
  const { grantor, grantee, power, municipality, parent } = filter;
  const terms = { list: 'mandate', required: termsOf({ parent, grantor, grantee, power, municipality }), anyOf: concernsTerms(audience) };
  return inReadSnapshot(dataSource, async (reader) => {
    const items: MandateView[] = [];
    let after = page.after;
    for (let looked = 0; looked < STATUS_CANDIDATES_PER_PAGE; looked += page.limit) {
      const rows = await reader.rows<{ itemId: string }>(pageStatement(terms, {}, { knownAt: question.knownAt, after, limit: page.limit }));
      for (const [index, { itemId }] of rows.slice(0, page.limit).entries()) {
        const mandate = await mandateIn(reader, itemId, question);
        if (mandate !== null && (filter.status === undefined || mandate.status === filter.status)) items.push(mandate);
        if (items.length === page.limit) return { items, nextAfter: index + 1 < rows.length ? itemId : null };
      }
      if (rows.length <= page.limit) return { items, nextAfter: null };
      after = rows[page.limit - 1].itemId;
    }
    return { items, nextAfter: after };
  });
}

