import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type ConsistencyProof, proveConsistency } from '@register/verifiable-log';
import { ProblemError } from '../../http/problem/problem.error';
import { LogCheckpoints } from '../log-checkpoint/log-checkpoints';
import { GetConsistencyProofQuery } from './get-consistency-proof.query';
import { LogTreeNodes } from './log-tree-nodes';
import { signedTreeSize } from './signed-tree-size';

/**
 * The RFC 9162 consistency proof between two tree sizes, for any role: it
 * holds hashes only, and tells nothing of any event.
 */
@QueryHandler(GetConsistencyProofQuery)
export class GetConsistencyProofHandler implements IQueryHandler<GetConsistencyProofQuery> {
  constructor(
    private readonly checkpoints: LogCheckpoints,
    private readonly nodes: LogTreeNodes,
  ) {}

  async execute({ from, to }: GetConsistencyProofQuery): Promise<ConsistencyProof> {
    const signed = (await this.checkpoints.latest()).treeSize;
    const size = signedTreeSize('to', to, signed);
    if (from > size) {
      const field = to === undefined ? 'from' : 'to';
      const message = to === undefined ? `must be at most ${signed}, the size of the latest signed checkpoint` : `must be at least from (${from})`;
      throw ProblemError.validationFailed([{ field, message }]);
    }
    return proveConsistency(this.nodes, from, size);
  }
}
