import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type DocumentType, isAmendable, missingApprovers } from '@register/domain';
import { documentKnownAt, participantsKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead } from '../../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { resolveTemporalQuery } from '../../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../../write-side/clock';
import { GetMissingApprovalsQuery, type MissingApprovals } from './get-missing-approvals.query';

/**
 * Who is missing, by the domain's own rule (missingApprovers: art. 8 lid 5,
 * art. 13 lid 4, art. 19 lid 2) applied to the documents and participants
 * read models: the approvals dated on or before validOn count, and the
 * municipalities taking part on validOn, as an adoption on that day would
 * be judged. A document the caller may not read is a 404, as GET /documents/{id}.
 */
@QueryHandler(GetMissingApprovalsQuery)
export class GetMissingApprovalsHandler implements IQueryHandler<GetMissingApprovalsQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ documentId, temporal, scope }: GetMissingApprovalsQuery): Promise<MissingApprovals> {
    const { validOn, knownAt } = resolveTemporalQuery(temporal, this.clock);
    const document = await documentKnownAt(this.dataSource, documentId, knownAt);
    if (document === null || !mayRead(scope, document.concerns)) throw ProblemError.notFound(`The register held no document ${documentId} at ${knownAt}.`);
    const type = document.type as DocumentType;
    if (!isAmendable(type)) return new Map();
    const participants = await participantsKnownAt(this.dataSource, knownAt);
    const takingPart = participants.filter((p) => p.joinedOn <= validOn && (p.exitOn === null || validOn < p.exitOn)).map((p) => p.municipality);
    const open = document.amendments.filter((amendment) => amendment.status !== 'adopted');
    return new Map(
      open.map((amendment) => {
        const approved = amendment.approvals.filter((approval) => approval.approvedOn <= validOn).map((approval) => approval.organ);
        const missing = missingApprovers({ type, parties: document.parties }, approved, takingPart);
        return [amendment.id, [...missing.colleges, ...missing.councils]];
      }),
    );
  }
}
