import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { mandateConcerns } from '@register/domain';
import { mandateKnownAt, type MandateView } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead } from '../../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { resolveTemporalQuery } from '../../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../../write-side/clock';
import { GetMandateQuery } from './get-mandate.query';

/**
 * The mandate as known at `knownAt`, read from the mandates read model
 * (MandatesProjection in @register/projections), with its status on
 * `validOn` on the asked axis and whether it is in force then.
 *
 * An auditor sees it when it concerns one of their municipalities: its
 * grantor's, its grantee's or one it is for (GR SZMH arts. 11, 12). Parties
 * and municipalities are never corrected, so the version known at knownAt
 * decides it as well as any.
 */
@QueryHandler(GetMandateQuery)
export class GetMandateHandler implements IQueryHandler<GetMandateQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ mandateId, temporal, scope }: GetMandateQuery): Promise<MandateView> {
    const question = resolveTemporalQuery(temporal, this.clock);
    const mandate = await mandateKnownAt(this.dataSource, mandateId, question);
    // An auditor of another municipality must not learn that the mandate exists: same answer as for an unknown id.
    if (mandate === null || !mayRead(scope, mandateConcerns(mandate))) {
      throw ProblemError.notFound(`The register held no mandate ${mandateId} at ${question.knownAt}.`);
    }
    return mandate;
  }
}
