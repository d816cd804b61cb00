import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { MandateView } from '@register/projections';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { type ReadScope, readScopeOf } from '../../auth/read-scope';
import { GetMandateQuery } from '../../mandates/get-mandate/get-mandate.query';
import { GetMandateHistoryQuery } from '../../mandates/mandate-history/get-mandate-history.query';
import type { MandateHistoryEntry } from '../../mandates/mandate-history/mandate-history-entry';
import { ListMandatesQuery } from '../../mandates/list-mandates/list-mandates.query';
import type { TemporalFields } from '../shared/temporal-fields';
import { isNotFound } from '../shared/shown-or-not-found';

/** A mandate as its page shows it: on both axes, with the chain above it, the sub-mandates below and its history. */
export interface MandatePage {
  readonly mandate: MandateView;
  readonly inForceStatus: MandateView['status'];
  /** From the original mandate down to this one's parent. */
  readonly above: readonly MandateView[];
  readonly below: readonly MandateView[];
  readonly history: readonly MandateHistoryEntry[];
}

// A chain is a few links deep; the bound only stops a corrupt register from looping.
const MAX_DEPTH = 20;

/** Reads everything through the QueryBus, as the API's controllers do; an out-of-scope mandate is NotFound as in the API. */
@Injectable()
export class MandatePageReader {
  constructor(private readonly queryBus: QueryBus) {}

  async read(mandateId: string, time: TemporalFields, subject: AuthenticatedSubject): Promise<MandatePage> {
    const scope = readScopeOf(subject);
    const temporal = { validOn: time.validOn, knownAt: time.knownAt };
    const mandate = await this.queryBus.execute(new GetMandateQuery(mandateId, { ...temporal, axis: 'valid' }, scope));
    const onInForce = await this.queryBus.execute(new GetMandateQuery(mandateId, { ...temporal, axis: 'inForce' }, scope));
    const above: MandateView[] = [];
    for (let parent = mandate.parentMandateId; parent !== null && above.length < MAX_DEPTH; ) {
      const link = await this.queryBus.execute(new GetMandateQuery(parent, { ...temporal, axis: 'valid' }, scope)).catch(notFoundAs(undefined));
      if (link === undefined) break;
      above.unshift(link);
      parent = link.parentMandateId;
    }
    const below = await this.subMandatesOf(mandateId, time, scope);
    const history = await this.queryBus.execute(new GetMandateHistoryQuery(mandateId, { knownAt: time.knownAt }, subject));
    return { mandate, inForceStatus: onInForce.status, above, below, history };
  }

  /** Every mandate granted under this one, ended ones too, each with its status on the page's date: the list route's pages, followed to the end. */
  private async subMandatesOf(mandateId: string, time: TemporalFields, scope: ReadScope): Promise<MandateView[]> {
    const below: MandateView[] = [];
    let cursor: string | undefined;
    do {
      const paging = { validOn: time.validOn, knownAt: time.knownAt, axis: time.axis, limit: SUB_MANDATES_PER_PAGE, cursor };
      const page = await this.queryBus.execute(new ListMandatesQuery({ filter: { parent: mandateId }, paging, scope }));
      below.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor !== undefined);
    return below;
  }
}

const SUB_MANDATES_PER_PAGE = 500;

function notFoundAs<T>(value: T): (error: unknown) => T {
  return (error) => {
    if (isNotFound(error)) return value;
    throw error;
  };
}
