import { Query } from '@nestjs/cqrs';
import type { SignedCheckpoint } from '@register/projections';

/** The latest signed checkpoint, with the verifier key that checks it. */
export interface LatestCheckpoint extends SignedCheckpoint {
  readonly verifierKey: string;
}

/** GET /log/checkpoint, the auditor's page and the competence statement all ask this. */
export class GetLatestCheckpointQuery extends Query<LatestCheckpoint> {}
