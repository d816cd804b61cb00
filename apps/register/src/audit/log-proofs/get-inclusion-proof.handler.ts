import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { leafAtPosition } from '@register/projections';
import { type InclusionProof, proveInclusion } from '@register/verifiable-log';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { mayAudit } from '../audit-scope';
import { LogCheckpoints } from '../log-checkpoint/log-checkpoints';
import { GetInclusionProofQuery } from './get-inclusion-proof.query';
import { LogTreeNodes } from './log-tree-nodes';
import { signedTreeSize } from './signed-tree-size';

/**
 * The RFC 9162 inclusion proof of one event, read from the stored tree (at
 * most 2 log2 n + 2 nodes in one query), never from the log. An auditor gets
 * it only for an event that concerns one of their municipalities, and for
 * any other the same 404 as for a position without an event.
 */
@QueryHandler(GetInclusionProofQuery)
export class GetInclusionProofHandler implements IQueryHandler<GetInclusionProofQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly checkpoints: LogCheckpoints,
    private readonly nodes: LogTreeNodes,
  ) {}

  async execute({ position, treeSize, subject }: GetInclusionProofQuery): Promise<InclusionProof> {
    const size = signedTreeSize('treeSize', treeSize, (await this.checkpoints.latest()).treeSize);
    const leaf = await leafAtPosition(this.dataSource, position);
    if (leaf === undefined || !mayAudit(subject, leaf.municipalities)) throw ProblemError.notFound(`The log shows no event at position ${position} to this caller.`);
    if (leaf.leafIndex >= size) {
      throw ProblemError.validationFailed([{ field: 'treeSize', message: `must be more than ${leaf.leafIndex}: the event at position ${position} is leaf ${leaf.leafIndex}` }]);
    }
    return proveInclusion(this.nodes, leaf.leafIndex, size);
  }
}
