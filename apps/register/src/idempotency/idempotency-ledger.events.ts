import type { StoredEvent } from '@register/event-store';

/** What a request answered, kept to answer its repeats. `body` is the JSON the response DTO was sent as. */
export interface RecordedResponse {
  readonly status: number;
  readonly body: unknown;
}

/**
 * The events of an `idempotency-<hash>` stream. A request reserves the key
 * for its body just before it first writes (RequestIdentity.claimWrite) and
 * records its answer once it succeeded. A request refused before it wrote
 * leaves the stream untouched: a rejected command changes nothing (domain.md).
 */
export type LedgerEvent =
  | { readonly type: 'IdempotencyKeyReserved'; readonly data: { readonly requestHash: string } }
  | { readonly type: 'IdempotentResponseRecorded'; readonly data: { readonly requestHash: string } & RecordedResponse };

export type LedgerState =
  | { readonly kind: 'free' }
  /** A request with this body is writing now, or wrote and died before answering. */
  | { readonly kind: 'reserved'; readonly requestHash: string; readonly revision: number }
  | { readonly kind: 'answered'; readonly requestHash: string; readonly response: RecordedResponse };

export function foldLedger(events: readonly StoredEvent[]): LedgerState {
  return events.reduce<LedgerState>((state, event) => evolve(state, event as StoredEvent & LedgerEvent), { kind: 'free' });
}

function evolve(state: LedgerState, event: StoredEvent & LedgerEvent): LedgerState {
  // An answer is final: nothing after it changes what the key answers.
  if (state.kind === 'answered') return state;
  switch (event.type) {
    case 'IdempotencyKeyReserved':
      return { kind: 'reserved', requestHash: event.data.requestHash, revision: event.streamRevision };
    case 'IdempotentResponseRecorded': {
      const { requestHash, status, body } = event.data;
      return { kind: 'answered', requestHash, response: { status, body } };
    }
    default: {
      const unknown: never = event;
      throw new Error(`An idempotency ledger holds no event of type ${(unknown as StoredEvent).type}`);
    }
  }
}
