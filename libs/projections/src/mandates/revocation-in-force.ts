import { type CalendarDate, laterDate } from '@register/domain';
import type { PublicationAnswer } from '../authority/authority-answer';

/**
 * The first day a revocation ends a mandate on the `inForce` axis (domain.md):
 * a revocation is a decision of general scope, so it takes legal effect only
 * once published (Awb 3:40), and it works forward (10:8): the later of its
 * `validUntil` and the `inForceFrom` of the publication that brings its
 * decision into force. Null when the mandate is not revoked, or when the
 * revocation decision has no such publication: then it ends nothing on that
 * axis. On the `valid` axis the revocation applies from its validUntil as
 * recorded.
 */
export function revocationInForceFrom(revokedFrom: CalendarDate | null, publication: PublicationAnswer | null): CalendarDate | null {
  if (revokedFrom === null || publication === null) return null;
  return laterDate(revokedFrom, publication.inForceFrom);
}
