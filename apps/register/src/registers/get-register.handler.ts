import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { mandateConcerns } from '@register/domain';
import { registerKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead } from '../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';
import { resolveTemporalQuery } from '../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../write-side/clock';
import { GetRegisterQuery, type RegisterView } from './get-register.query';

/**
 * The register of art 5 lid 3 (granted) or lid 5 (received), read from the
 * mandates read model. An auditor sees only the entries that concern one of
 * their municipalities (GR SZMH arts. 11, 12): the register itself is public
 * in shape, so the others are left out rather than answering 404.
 */
@QueryHandler(GetRegisterQuery)
export class GetRegisterHandler implements IQueryHandler<GetRegisterQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ organ, direction, temporal, scope }: GetRegisterQuery): Promise<RegisterView> {
    const question = resolveTemporalQuery(temporal, this.clock);
    const entries = await registerKnownAt(this.dataSource, organ, direction, question);
    return { organ, question, entries: entries.filter((entry) => mayRead(scope, mandateConcerns(entry))) };
  }
}
