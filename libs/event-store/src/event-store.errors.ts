import type { ExpectedRevision } from './event-store.port';

/** The stream was not at the revision the caller expected; nothing was written. */
export class WrongExpectedVersion extends Error {
  readonly code = 'WRONG_EXPECTED_VERSION';

  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** Revision of the stream's last event, or `'no-stream'`. */
    readonly actual: number | 'no-stream',
  ) {
    super(`Stream ${stream} was expected at ${String(expected)} but is at ${String(actual)}`);
    this.name = 'WrongExpectedVersion';
  }
}

/**
 * An append repeated only some of the event ids of an earlier append, or
 * repeated ids stored in another stream: it is neither a retry nor new, so it
 * is refused rather than guessed at.
 */
export class EventIdConflict extends Error {
  readonly code = 'EVENT_ID_CONFLICT';

  constructor(
    readonly stream: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Event ids ${eventIds.join(', ')} are already stored, but not as one earlier append to ${stream}`);
    this.name = 'EventIdConflict';
  }
}
