import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { recordsConcerning } from '@register/projections';
import type { DataSource } from 'typeorm';
import type { ReadScope } from '../../auth/read-scope';
import { GetDocumentQuery } from '../../documents/get-document/get-document.query';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { GetMandateQuery } from '../../mandates/get-mandate/get-mandate.query';
import { GetMunicipalityRecordsQuery, type MunicipalityRecords } from './get-municipality-records.query';

/**
 * The records of one municipality, each through the query the API answers
 * GET /mandates/{id} and /documents/{id} with, for an auditor of that
 * municipality alone: what the bundle and the page show is what the API shows.
 */
@QueryHandler(GetMunicipalityRecordsQuery)
export class GetMunicipalityRecordsHandler implements IQueryHandler<GetMunicipalityRecordsQuery> {
  constructor(
    private readonly queryBus: QueryBus,
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  async execute({ municipality, period }: GetMunicipalityRecordsQuery): Promise<MunicipalityRecords> {
    const scope: ReadScope = { kind: 'municipalities', municipalities: new Set([municipality]) };
    const temporal = { validOn: period.until, knownAt: period.knownAt, axis: 'valid' as const };
    const ids = await recordsConcerning(this.dataSource, municipality, period.knownAt);
    const mandates = await found(ids.mandates, (id) => this.queryBus.execute(new GetMandateQuery(id, temporal, scope)));
    const documents = await found(ids.documents, (id) => this.queryBus.execute(new GetDocumentQuery(id, temporal, scope)));
    return { mandates, documents };
  }
}

/** Each id's answer; one that knownAt hides (recorded after the period) is left out. */
async function found<T>(ids: readonly string[], answer: (id: string) => Promise<T>): Promise<T[]> {
  const answers: T[] = [];
  for (const id of ids) {
    try {
      answers.push(await answer(id));
    } catch (error) {
      if (!(error instanceof ProblemError && error.code === 'NOT_FOUND')) throw error;
    }
  }
  return answers;
}
