import { assertNever, type CalendarDate } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { Axis } from '../../authority/authority-answer';
import type { MandateStatus } from '../../mandates/mandate-status';
import { ancestryOf } from './chain-search';
import { foldKnownRegister } from './known-register';
import { judgeChain } from './link-verdict';
import type { ChainVerdict } from './link-verdict';

export interface MandateStatusQuestion {
  readonly validOn: CalendarDate;
  readonly knownAt: string;
  readonly axis: Axis;
}

export interface MandateStatusAnswer {
  /** On validOn, judged on the axis asked. */
  readonly status: MandateStatus;
  /** Whether the mandate is legally in force on validOn, whatever the axis asked. */
  readonly inForce: boolean;
}

/**
 * The `status` and `inForce` of `GET /mandates/{id}`, by the same rules as the
 * authority answer: the mandate is judged as the last link of the chain it
 * derives from, with no power and no amount asked. Null when the mandate is
 * not known at knownAt.
 *
 * - `lapsed`: a municipality it or a mandate above it involves has left
 *   (domain.md: the status of a leaver's mandates is `lapsed`), or a mandate
 *   above it ended, by revocation or by its own end (Awb 10:9: a sub-mandate
 *   never outlives its parent; derived here, never written on it).
 * - `revoked`, `expired`, `not-yet-valid`: its own revocation, its own
 *   validUntil, its validFrom, in the severity order of link-verdict.ts.
 * - With `axis=inForce` a mandate that is valid but whose decision (or one
 *   above it) is not yet in force is `not-yet-valid`: on that axis it does not
 *   apply yet. `inForce` is true exactly when the status on the inForce axis is
 *   `valid`, whichever axis was asked.
 */
export function mandateStatus(
  events: readonly StoredEvent[],
  mandateId: string,
  question: MandateStatusQuestion,
): MandateStatusAnswer | null {
  const register = foldKnownRegister(events, question.knownAt);
  const mandate = register.mandates.get(mandateId);
  if (mandate === undefined) return null;
  const ancestry = ancestryOf(register, mandate);
  const statusOn = (axis: Axis) => statusOf(judgeChain(register, ancestry, { validOn: question.validOn, axis, amount: undefined }));
  const inForceStatus = statusOn('inForce');
  return { status: question.axis === 'inForce' ? inForceStatus : statusOn('valid'), inForce: inForceStatus === 'valid' };
}

function statusOf(verdict: ChainVerdict): MandateStatus {
  const { reason, failures } = verdict;
  switch (reason) {
    case null:
      return 'valid';
    case 'NOT_A_PARTICIPANT':
    case 'LAPSED':
      return 'lapsed';
    case 'REVOKED':
      // Revoked itself, or lapsed because a mandate above it was revoked.
      return failures[failures.length - 1].includes('REVOKED') ? 'revoked' : 'lapsed';
    case 'EXPIRED':
      return 'expired';
    case 'NOT_YET_VALID':
    case 'NOT_YET_IN_FORCE':
    case 'NOT_PUBLISHED':
      return 'not-yet-valid';
    case 'EXCEEDS_CEILING':
      throw new Error('A mandate status is asked without an amount, so no ceiling can be exceeded');
    default:
      return assertNever(reason);
  }
}
