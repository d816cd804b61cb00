import { Query } from '@nestjs/cqrs';
import type { InclusionProof } from '@register/verifiable-log';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';

/** GET /log/proofs/inclusion: the event at `position` in the tree of `treeSize` leaves (default: the latest signed one). */
export class GetInclusionProofQuery extends Query<InclusionProof> {
  constructor(
    readonly position: number,
    readonly treeSize: number | undefined,
    readonly subject: AuthenticatedSubject,
  ) {
    super();
  }
}
