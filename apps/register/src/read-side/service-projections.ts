import { LogTreeProjection, type Projection, registerProjections } from '@register/projections';
import type { NoteSigner } from '@register/verifiable-log';

/**
 * What the service projects and `npm run cli -- rebuild` replays: the read
 * models of @register/projections, and the verifiable log's tree, which
 * signs a checkpoint with the log's key after every step.
 */
export function serviceProjections(logSigner: NoteSigner): Projection[] {
  return [...registerProjections(), new LogTreeProjection({ signer: logSigner })];
}
