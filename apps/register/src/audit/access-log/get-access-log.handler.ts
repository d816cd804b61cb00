import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { CLOCK, type Clock } from '../../write-side/clock';
import { auditPeriod } from '../audit-export/audit-period';
import { mayAudit } from '../audit-scope';
import type { AccessLogRow } from './access-log.schema';
import { AccessLogStore } from './access-log.store';
import { AccessLogWriter } from './access-log.writer';
import { GetAccessLogQuery } from './get-access-log.query';

/**
 * The reads that concerned a municipality in a period of Dutch calendar days,
 * for its auditor or a registrar (anyone else: 404). What this process has
 * not yet written is written first, so the answer holds every read it
 * answered before this one.
 */
@QueryHandler(GetAccessLogQuery)
export class GetAccessLogHandler implements IQueryHandler<GetAccessLogQuery> {
  private readonly store: AccessLogStore;

  constructor(
    @Inject(REGISTER_DATA_SOURCE) dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly writer: AccessLogWriter,
  ) {
    this.store = new AccessLogStore(dataSource);
  }

  async execute({ municipality, from, until, subject }: GetAccessLogQuery): Promise<AccessLogRow[]> {
    if (!mayAudit(subject, [municipality])) throw ProblemError.notFound(`The register shows nothing about ${municipality} to this caller.`);
    const period = auditPeriod(from, until, this.clock.now());
    await this.writer.flush();
    return this.store.concerning(municipality, period.fromInstant, period.untilInstant);
  }
}
