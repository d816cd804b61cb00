import { ANY, NO_STREAM, START } from '@eventstore/db-client';
import {
  checkpointPosition,
  comparePositions,
  knownCommit,
  toActualRevision,
  toEsdbExpectedRevision,
  toPortPosition,
  toPortRevision,
  toReadPosition,
} from './eventstoredb-positions';

const LARGEST_EXACT = 2 ** 53 - 1;

describe('EventStoreDB positions', () => {
  it('maps a commit position to the same number, exactly up to 2^53 - 1 (about 9 PB of log)', () => {
    expect(toPortPosition(0n)).toBe(0);
    expect(toPortPosition(123_456_789n)).toBe(123_456_789);
    expect(toPortPosition(BigInt(LARGEST_EXACT))).toBe(LARGEST_EXACT);
  });

  it('refuses a position a number cannot hold exactly, instead of rounding a checkpoint', () => {
    // 2^53 + 1 would round to 2^53: a checkpoint there could skip an event.
    expect(() => toPortPosition(2n ** 53n + 1n)).toThrow(RangeError);
    expect(() => toPortPosition(-1n)).toThrow(RangeError);
  });

  it('treats a missing position and the largest unsigned 64-bit value (old servers) as unknown', () => {
    expect(knownCommit(undefined)).toBeUndefined();
    expect(knownCommit({ commit: 2n ** 64n - 1n, prepare: 2n ** 64n - 1n })).toBeUndefined();
    expect(knownCommit({ commit: 4_096n, prepare: 4_096n })).toBe(4_096n);
  });

  it('reads from the start for checkpoint 0 and from the event record {p, p} for any other', () => {
    expect(toReadPosition(0)).toBe(START);
    expect(toReadPosition(73_412)).toEqual({ commit: 73_412n, prepare: 73_412n });
    expect(checkpointPosition(LARGEST_EXACT)).toEqual({ commit: BigInt(LARGEST_EXACT), prepare: BigInt(LARGEST_EXACT) });
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('refuses %p as a checkpoint', (position) => {
    expect(() => toReadPosition(position)).toThrow(RangeError);
  });

  it('orders positions by commit, then by prepare', () => {
    const at = (commit: bigint, prepare: bigint) => ({ commit, prepare });

    expect(comparePositions(at(10n, 10n), at(10n, 10n))).toBe(0);
    expect(comparePositions(at(9n, 20n), at(10n, 10n))).toBe(-1);
    expect(comparePositions(at(10n, 11n), at(10n, 10n))).toBe(1);
  });
});

describe('EventStoreDB revisions', () => {
  it("maps 'no-stream' and 'any' to the client's constants and a revision to a bigint", () => {
    expect(toEsdbExpectedRevision('no-stream')).toBe(NO_STREAM);
    expect(toEsdbExpectedRevision('any')).toBe(ANY);
    expect(toEsdbExpectedRevision(0)).toBe(0n);
    expect(toEsdbExpectedRevision(41)).toBe(41n);
  });

  it.each([-1, 0.5, Number.NaN])('refuses %p as an expected revision before it reaches the server', (revision) => {
    expect(() => toEsdbExpectedRevision(revision)).toThrow(RangeError);
  });

  it("maps the server's current revision back, 'no_stream' becoming 'no-stream'", () => {
    expect(toActualRevision(NO_STREAM)).toBe('no-stream');
    expect(toActualRevision(7n)).toBe(7);
    expect(toPortRevision(0n)).toBe(0);
  });
});
