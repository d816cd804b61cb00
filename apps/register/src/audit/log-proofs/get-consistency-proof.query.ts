import { Query } from '@nestjs/cqrs';
import type { ConsistencyProof } from '@register/verifiable-log';

/** GET /log/proofs/consistency: that the tree of `from` leaves is a prefix of the tree of `to` (default: the latest signed one). */
export class GetConsistencyProofQuery extends Query<ConsistencyProof> {
  constructor(
    readonly from: number,
    readonly to: number | undefined,
  ) {
    super();
  }
}
