import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import { leavesConcerning } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { CLOCK, type Clock } from '../../write-side/clock';
import { auditPeriod } from '../audit-export/audit-period';
import { eventsAt } from '../audit-export/proven-events';
import { mayAudit } from '../audit-scope';
import { LogCheckpoints } from '../log-checkpoint/log-checkpoints';
import { type AuditEvents, GetAuditEventsQuery } from './get-audit-events.query';

/** The events an audit bundle of the same period would hold, found by the tree's index by municipality and read from the log. */
@QueryHandler(GetAuditEventsQuery)
export class GetAuditEventsHandler implements IQueryHandler<GetAuditEventsQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly checkpoints: LogCheckpoints,
  ) {}

  async execute({ municipality, from, until, limit, subject }: GetAuditEventsQuery): Promise<AuditEvents> {
    if (!mayAudit(subject, [municipality])) throw ProblemError.notFound(`The register shows nothing about ${municipality} to this caller.`);
    const period = auditPeriod(from, until, this.clock.now());
    const { treeSize } = await this.checkpoints.latest();
    const leaves = await leavesConcerning(this.dataSource, { municipality, from: period.fromInstant, until: period.untilInstant, treeSize });
    const events = await eventsAt(this.store, leaves.slice(0, limit).map((leaf) => leaf.position));
    return { total: leaves.length, events };
  }
}
