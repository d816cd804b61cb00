import { StreamNotFoundError, WrongExpectedVersionError, type CurrentRevision } from '@eventstore/db-client';
import { WrongExpectedVersion } from '../event-store.errors';
import type { ExpectedRevision } from '../event-store.port';
import { toActualRevision } from './eventstoredb-positions';

export function isWrongExpectedVersionError(error: unknown): error is WrongExpectedVersionError {
  return error instanceof WrongExpectedVersionError;
}

/** A read of a stream that has no events: our port reads it as `[]`. */
export function isStreamNotFoundError(error: unknown): error is StreamNotFoundError {
  return error instanceof StreamNotFoundError;
}

/**
 * Our error carries the revision the caller asked for in our own terms (the
 * client's `expectedVersion` is a bigint or 'no_stream') and the revision the
 * server reported the stream at ('no_stream' becomes 'no-stream').
 */
export function toWrongExpectedVersion(
  stream: string,
  expected: ExpectedRevision,
  current: CurrentRevision,
): WrongExpectedVersion {
  return new WrongExpectedVersion(stream, expected, toActualRevision(current));
}
