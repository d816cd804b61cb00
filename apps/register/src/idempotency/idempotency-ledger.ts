import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type ExpectedRevision, WrongExpectedVersion } from '@register/event-store';
import { ProblemError } from '../http/problem/problem.error';
import { foldLedger, type LedgerEvent, type LedgerState, type RecordedResponse } from './idempotency-ledger.events';
import { IDEMPOTENCY_KEY_HEADER, type IdempotentRequest } from './idempotent-request';

/** Where a key stands for one request: nobody's, held or answered for its body, or another body's. */
type Standing =
  | { readonly kind: 'free' }
  | { readonly kind: 'reserved-for-it'; readonly revision: number }
  | { readonly kind: 'answered-for-it'; readonly response: RecordedResponse }
  | { readonly kind: 'taken' };

export type Begin = { readonly kind: 'proceed' } | { readonly kind: 'replay'; readonly response: RecordedResponse };

export type Completion = { readonly kind: 'recorded' } | { readonly kind: 'answered-by-another'; readonly response: RecordedResponse };

/** Each lost append means another request moved the key on; a key has at most two moves, so this is plenty. */
const ATTEMPTS = 5;

/**
 * Idempotency keys kept in the event store itself, one stream per key
 * (architecture.md: uniqueness is enforced by appending to a stream named
 * after the key), so they are as durable as the writes they answer for and
 * need no table of their own. Every append names the revision it read: two
 * requests racing for one key cannot both reserve it or both record an answer.
 */
@Injectable()
export class IdempotencyLedger {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Before the handler runs: the recorded answer to replay, or go ahead. */
  async begin(request: IdempotentRequest): Promise<Begin> {
    const standing = await this.standing(request);
    switch (standing.kind) {
      case 'free':
      case 'reserved-for-it':
        return { kind: 'proceed' };
      case 'answered-for-it':
        return { kind: 'replay', response: standing.response };
      case 'taken':
        throw keyReused();
      default: {
        const unknown: never = standing;
        throw new Error(`Unhandled standing ${JSON.stringify(unknown)}`);
      }
    }
  }

  /** The claim behind RequestIdentity.claimWrite: reserves a free key for this body. */
  async reserve(request: IdempotentRequest, correlationId: string): Promise<void> {
    const event: LedgerEvent = { type: 'IdempotencyKeyReserved', data: { requestHash: request.requestHash } };
    await this.settle(request, correlationId, (standing): Step<void> => {
      if (standing.kind === 'taken') throw keyReused();
      // Held or answered for this body already: a concurrent repeat, or the retry of an attempt that died.
      return standing.kind === 'free' ? { result: undefined, append: { event, expected: 'no-stream' } } : { result: undefined };
    });
  }

  /** Records the answer; when a concurrent repeat recorded one first, that one stands and is returned. */
  complete(request: IdempotentRequest, response: RecordedResponse, correlationId: string): Promise<Completion> {
    const event: LedgerEvent = { type: 'IdempotentResponseRecorded', data: { requestHash: request.requestHash, ...response } };
    return this.settle(request, correlationId, (standing): Step<Completion> => {
      switch (standing.kind) {
        case 'free':
          return { result: { kind: 'recorded' }, append: { event, expected: 'no-stream' } };
        case 'reserved-for-it':
          return { result: { kind: 'recorded' }, append: { event, expected: standing.revision } };
        case 'answered-for-it':
          return { result: { kind: 'answered-by-another', response: standing.response } };
        case 'taken':
          // Only a handler that wrote without claiming the key first gets here: another body holds it.
          throw keyReused();
        default: {
          const unknown: never = standing;
          throw new Error(`Unhandled standing ${JSON.stringify(unknown)}`);
        }
      }
    });
  }

  /** Reads the key, decides, appends at the revision read; a lost race reads again. */
  private async settle<T>(request: IdempotentRequest, correlationId: string, decide: (standing: Standing) => Step<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const step = decide(await this.standing(request));
      if (step.append === undefined) return step.result;
      try {
        await this.append(request, step.append.event, step.append.expected, correlationId);
        return step.result;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersion) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async standing(request: IdempotentRequest): Promise<Standing> {
    return standingOf(foldLedger(await this.store.readStream(request.stream)), request);
  }

  private append(request: IdempotentRequest, event: LedgerEvent, expectedRevision: ExpectedRevision, correlationId: string) {
    // Random ids: a repeat must meet the revision check and lose, not pass as a retry of the same append.
    const metadata = { recordedBy: request.principal, correlationId };
    return this.store.appendToStream(request.stream, [{ eventId: randomUUID(), ...event, metadata }], { expectedRevision });
  }
}

/** What to answer, once `append` (if any) has been stored at the revision expected. */
interface Step<T> {
  readonly result: T;
  readonly append?: { readonly event: LedgerEvent; readonly expected: ExpectedRevision };
}

function standingOf(state: LedgerState, request: IdempotentRequest): Standing {
  switch (state.kind) {
    case 'free':
      return state;
    case 'reserved':
      return state.requestHash === request.requestHash ? { kind: 'reserved-for-it', revision: state.revision } : { kind: 'taken' };
    case 'answered':
      return state.requestHash === request.requestHash ? { kind: 'answered-for-it', response: state.response } : { kind: 'taken' };
    default: {
      const unknown: never = state;
      throw new Error(`Unhandled ledger state ${JSON.stringify(unknown)}`);
    }
  }
}

function keyReused(): ProblemError {
  return new ProblemError(
    'IDEMPOTENCY_KEY_REUSED',
    `This ${IDEMPOTENCY_KEY_HEADER} was used for a request with another body; use a new key for a new request.`,
  );
}
