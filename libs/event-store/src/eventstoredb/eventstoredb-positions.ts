import {
  ANY,
  NO_STREAM,
  START,
  type AppendExpectedRevision,
  type CurrentRevision,
  type Position,
  type ReadPosition,
} from '@eventstore/db-client';
import type { ExpectedRevision } from '../event-store.port';

/**
 * Positions. EventStoreDB places an event at {commit, prepare}: byte offsets in
 * its transaction log. An append over gRPC is an implicit transaction in which
 * every event is its own committed record, so commit === prepare and no two
 * events share a commit position (the server's AllReader reports the record's
 * own log position as both). Our port's single increasing number is therefore
 * the commit position. Only explicit transactions of the old TCP API (removed
 * in EventStoreDB 24) gave several events one commit position.
 *
 * A number is exact up to 2^53 - 1 bytes, about 9 PB of log: beyond that we
 * refuse rather than round, because a rounded checkpoint would skip events.
 */
export function toPortPosition(commit: bigint): number {
  if (commit < 0n || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`EventStoreDB position ${commit} does not fit a JavaScript number exactly`);
  }
  return Number(commit);
}

/**
 * Old servers (before 22.6) answer stream reads with no position or with the
 * largest unsigned 64-bit value; appends may answer "no position". Those are
 * unknown, not positions.
 */
export function knownCommit(position: Position | undefined): bigint | undefined {
  if (position === undefined) return undefined;
  return position.commit >= 0n && position.commit < 2n ** 63n ? position.commit : undefined;
}

/**
 * Where to start reading $all for the checkpoint `position` (exclusive in our
 * port). 0 is "before the first event"; see `checkpointPosition` for the rest.
 */
export function toReadPosition(position: number): ReadPosition {
  return position === 0 ? START : checkpointPosition(position);
}

/**
 * The record of the event at `position`: {commit, prepare: commit}, which is
 * exact because commit === prepare for every event written over gRPC. A
 * forward read of $all from it INCLUDES that event, so readers must still
 * drop events at or before the checkpoint.
 */
export function checkpointPosition(position: number): Position {
  assertNaturalNumber(position, 'position');
  const offset = BigInt(position);
  return { commit: offset, prepare: offset };
}

/** Orders two log positions as the server does: by commit, then by prepare. */
export function comparePositions(left: Position, right: Position): number {
  if (left.commit !== right.commit) return left.commit < right.commit ? -1 : 1;
  if (left.prepare !== right.prepare) return left.prepare < right.prepare ? -1 : 1;
  return 0;
}

/**
 * 'no-stream' and 'any' have direct counterparts; a revision becomes a bigint.
 * ESDB's 'stream_exists' has none in our port and is never sent.
 */
export function toEsdbExpectedRevision(expected: ExpectedRevision): AppendExpectedRevision {
  if (expected === 'no-stream') return NO_STREAM;
  if (expected === 'any') return ANY;
  return toEsdbRevision(expected);
}

export function toEsdbRevision(revision: number): bigint {
  assertNaturalNumber(revision, 'revision');
  return BigInt(revision);
}

/** Stream revisions are event counts: they never come near 2^53. */
export function toPortRevision(revision: bigint): number {
  if (revision < 0n || revision > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`EventStoreDB revision ${revision} does not fit a JavaScript number exactly`);
  }
  return Number(revision);
}

export function toActualRevision(current: CurrentRevision): number | 'no-stream' {
  return current === NO_STREAM ? 'no-stream' : toPortRevision(current);
}

function assertNaturalNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`A ${what} must be a whole number from 0, not ${value}`);
}
