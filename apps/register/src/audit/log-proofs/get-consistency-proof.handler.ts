import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SqlTreeNodes } from '@register/projections';
import { type ConsistencyProof, proveConsistency } from '@register/verifiable-log';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { LogCheckpoints } from '../log-checkpoint/log-checkpoints';
import { GetConsistencyProofQuery } from './get-consistency-proof.query';
import { signedTreeSize } from './signed-tree-size';

/**
 * The RFC 9162 consistency proof between two tree sizes, for any role: it
 * holds hashes only, and tells nothing of any event.
 */
@QueryHandler(GetConsistencyProofQuery)
export class GetConsistencyProofHandler implements IQueryHandler<GetConsistencyProofQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly checkpoints: LogCheckpoints,
  ) {}

  async execute({ from, to }: GetConsistencyProofQuery): Promise<ConsistencyProof> {
    const signed = (await this.checkpoints.latest()).treeSize;
    const size = signedTreeSize('to', to, signed);
    if (from > size) {
      const field = to === undefined ? 'from' : 'to';
      const message = to === undefined ? `must be at most ${signed}, the size of the latest signed checkpoint` : `must be at least from (${from})`;
      throw ProblemError.validationFailed([{ field, message }]);
    }
    return proveConsistency(new SqlTreeNodes(this.dataSource), from, size);
  }
}
