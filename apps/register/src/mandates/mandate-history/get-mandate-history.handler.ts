import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { MandateState } from '@register/domain';
import { mandateConcerns, mandateDecider, mandateStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { EVENT_STORE } from '@register/event-store';
import { mayRead, readScopeOf } from '../../auth/read-scope';
import { ProblemError } from '../../http/problem/problem.error';
import { knownAtOf } from '../../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../../write-side/clock';
import { foldStored } from '../../write-side/stored-events';
import { GetMandateHistoryQuery } from './get-mandate-history.query';
import type { MandateHistoryEntry } from './mandate-history-entry';

/**
 * The history is the mandate's own stream, oldest first: the grant, its
 * corrections (each with what, why and on which evidence) and a revocation.
 * It is read from the store, not a read model, so it is never behind a write.
 *
 * With `knownAt` (not in the future) it is the history as the register held it then: only the
 * events recorded by that instant (api.md), and a 404 when the mandate was not
 * yet recorded, as GET /mandates/{id} answers. Without it, every event
 * recorded so far: the store stamps recordedAt with its own clock (on
 * PostgreSQL the database server's), which may run a little ahead of the
 * service's, and a write must show in the history read right after it.
 * `validOn` and `axis` are validated like on every read but do not filter:
 * they select a version of the facts, and the history is the record of every version.
 */
@QueryHandler(GetMandateHistoryQuery)
export class GetMandateHistoryHandler implements IQueryHandler<GetMandateHistoryQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async execute({ mandateId, temporal, subject }: GetMandateHistoryQuery): Promise<readonly MandateHistoryEntry[]> {
    const knownAt = knownAtOf(temporal, this.clock.now());
    const stored = await this.store.readStream(mandateStreamId(mandateId));
    // Instants are all written as toISOString writes them, so they compare as strings.
    const known = knownAt === undefined ? stored : stored.filter((event) => event.recordedAt <= knownAt);
    const state: MandateState = foldStored(mandateDecider, known);
    // An auditor of another municipality must not learn that the mandate exists: same answer as for an unknown id.
    if (state === null || !mayRead(readScopeOf(subject), mandateConcerns(state))) {
      throw ProblemError.notFound(`The register held no mandate ${mandateId}${knownAt === undefined ? '' : ` at ${knownAt}`}.`);
    }
    return known.map(toEntry);
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
