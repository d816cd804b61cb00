import { ProblemError } from '../../http/problem/problem.error';

/**
 * The tree size a proof is asked against: the one given, or the latest signed
 * checkpoint's. A larger tree is refused even when the projection already
 * holds it: no checkpoint yet vouches for its root, so a proof against it
 * would prove nothing to an auditor.
 */
export function signedTreeSize(field: string, requested: number | undefined, signed: number): number {
  if (requested === undefined) return signed;
  if (requested > signed) {
    throw ProblemError.validationFailed([{ field, message: `must be at most ${signed}, the size of the latest signed checkpoint (GET /log/checkpoint)` }]);
  }
  return requested;
}
