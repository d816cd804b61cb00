import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ParticipantListEntry, participantsKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { resolveTemporalQuery } from '../../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../../write-side/clock';
import { ListParticipantsQuery } from './list-participants.query';

/**
 * The participant list as known at `knownAt`, read from the participants
 * read model (ParticipantsProjection in @register/projections).
 *
 * `validOn` and `axis` are accepted and validated like on every read, but do
 * not filter: this is the register's membership list, so it names every
 * participant known at `knownAt`, including those that have left or have yet
 * to join, each with its dates for the client to judge on any date.
 */
@QueryHandler(ListParticipantsQuery)
export class ListParticipantsHandler implements IQueryHandler<ListParticipantsQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ temporal }: ListParticipantsQuery): Promise<readonly ParticipantListEntry[]> {
    const { knownAt } = resolveTemporalQuery(temporal, this.clock);
    return participantsKnownAt(this.dataSource, knownAt);
  }
}
