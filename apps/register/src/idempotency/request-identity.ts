import { createHash, randomUUID } from 'node:crypto';

/**
 * Reserves the request's Idempotency-Key for its body in the ledger, or throws
 * ProblemError IDEMPOTENCY_KEY_REUSED when another body holds it.
 */
export type WriteClaim = () => Promise<void>;

const NOTHING_TO_CLAIM: WriteClaim = async () => undefined;

/** The part of a stored event this needs; StoredEvent fits. */
export interface HasEventId {
  readonly eventId: string;
}

/**
 * The ids a request gives to what it writes. Under an Idempotency-Key they are
 * derived from the key and the request, so a retry after a crash writes the
 * same event ids and the store recognises the append as one it already holds;
 * without a key they derive from a random seed, so they are merely unique.
 */
export class RequestIdentity {
  private claimed: Promise<void> | undefined;

  private constructor(
    private readonly seed: string,
    private readonly claim: WriteClaim,
  ) {}

  /**
   * `seed` must already be unguessable and specific to one request (a hash of
   * its key, caller and body); `claim` is what `claimWrite` does.
   */
  static derivedFrom(seed: string, claim: WriteClaim = NOTHING_TO_CLAIM): RequestIdentity {
    return new RequestIdentity(seed, claim);
  }

  static random(): RequestIdentity {
    return new RequestIdentity(randomUUID(), NOTHING_TO_CLAIM);
  }

  /**
   * Await it right before the command's first append. Under an
   * Idempotency-Key it reserves the key for this body, so that a concurrent
   * request with the same key and another body is refused (422
   * IDEMPOTENCY_KEY_REUSED) before it writes anything, and so is this one if
   * it came second. Claimed once per request; without a key it does nothing.
   * A command that is refused before it claims leaves no trace in the log.
   */
  claimWrite(): Promise<void> {
    this.claimed ??= this.claim();
    return this.claimed;
  }

  /** The id of the command's n-th event (0-based, in the order the command appends them, across all its streams). */
  eventIdFor(index: number): string {
    if (!Number.isInteger(index) || index < 0) throw new RangeError(`An event index is a whole number from 0, not ${index}`);
    return uuidFrom(`${this.seed}\u0000event\u0000${index}`);
  }

  /**
   * An id the service makes for the client (a document posted without `id`):
   * the same on a retry, so the retry names the record the first attempt made.
   * `purpose` tells several such ids of one request apart.
   */
  generatedId(purpose: string): string {
    return uuidFrom(`${this.seed}\u0000id\u0000${purpose}`);
  }

  /**
   * The events of `history` (a stream as read) that this same request appended
   * earlier, starting with its event number `fromIndex`: a run of consecutive
   * ids, or `[]`. Non-empty means a first attempt got this far before it
   * crashed or lost its answer: the handler must answer from these events and
   * not decide again, because the decider would now see its own events and refuse.
   */
  appendedEarlier<E extends HasEventId>(history: readonly E[], fromIndex = 0): E[] {
    const start = history.findIndex((event) => event.eventId === this.eventIdFor(fromIndex));
    if (start < 0) return [];
    const run: E[] = [];
    for (let at = start, index = fromIndex; at < history.length && history[at].eventId === this.eventIdFor(index); at += 1, index += 1) {
      run.push(history[at]);
    }
    return run;
  }
}

/** A UUID (version 8, RFC 9562 §5.8) made of the SHA-256 of `name`: deterministic, and it matches every id pattern of the register. */
function uuidFrom(name: string): string {
  const bytes = createHash('sha256').update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
