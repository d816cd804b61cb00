import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { MandateState } from '@register/domain';
import { mandateConcerns, mandateDecider, mandateStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { EVENT_STORE } from '@register/event-store';
import { mayRead, readScopeOf } from '../../auth/read-scope';
import { ProblemError } from '../../http/problem/problem.error';
import { foldStored } from '../../write-side/stored-events';
import { GetMandateHistoryQuery } from './get-mandate-history.query';
import type { MandateHistoryEntry } from './mandate-history-entry';

/**
 * The history is the mandate's own stream, oldest first: the grant, its
 * corrections (each with what, why and on which evidence) and a revocation.
 * It is read from the store, not a read model, so it is never behind a write.
 */
@QueryHandler(GetMandateHistoryQuery)
export class GetMandateHistoryHandler implements IQueryHandler<GetMandateHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ mandateId, subject }: GetMandateHistoryQuery): Promise<readonly MandateHistoryEntry[]> {
    const stored = await this.store.readStream(mandateStreamId(mandateId));
    const state: MandateState = foldStored(mandateDecider, stored);
    // An auditor of another municipality must not learn that the mandate exists: same answer as for an unknown id.
    if (state === null || !mayRead(readScopeOf(subject), mandateConcerns(state))) {
      throw ProblemError.notFound(`The register holds no mandate ${mandateId}.`);
    }
    return stored.map(toEntry);
  }
}

function toEntry(event: StoredEvent): MandateHistoryEntry {
  const recordedBy = event.metadata.recordedBy;
  return {
    position: event.position,
    type: event.type,
    recordedAt: event.recordedAt,
    recordedBy: typeof recordedBy === 'string' ? recordedBy : '',
    data: event.data,
  };
}
