import { NO_STREAM, StreamNotFoundError, UnavailableError, WrongExpectedVersionError } from '@eventstore/db-client';
import { WrongExpectedVersion } from '../event-store.errors';
import { isStreamNotFoundError, isWrongExpectedVersionError, toWrongExpectedVersion } from './eventstoredb-error.mapper';

/** As the client builds it from a batch append's error details. */
function clientError(expected: bigint | typeof NO_STREAM, current: bigint | typeof NO_STREAM): WrongExpectedVersionError {
  return new WrongExpectedVersionError(undefined, { streamName: 'mandate-1', expected, current });
}

describe('EventStoreDB error mapping', () => {
  it("recognises the client's WrongExpectedVersionError and nothing else", () => {
    expect(isWrongExpectedVersionError(clientError(0n, 1n))).toBe(true);
    expect(isWrongExpectedVersionError(new UnavailableError())).toBe(false);
    expect(isWrongExpectedVersionError(new WrongExpectedVersion('mandate-1', 0, 1))).toBe(false);
  });

  it('turns it into our WrongExpectedVersion with our expected revision and the actual one as a number', () => {
    const error = toWrongExpectedVersion('mandate-1', 0, clientError(0n, 1n).actualVersion);

    expect(error).toBeInstanceOf(WrongExpectedVersion);
    expect(error).toMatchObject({ code: 'WRONG_EXPECTED_VERSION', stream: 'mandate-1', expected: 0, actual: 1 });
  });

  it("reports a stream that does not exist as 'no-stream' and keeps 'no-stream' as the expected revision", () => {
    const actual = toWrongExpectedVersion('mandate-2', 3, clientError(3n, NO_STREAM).actualVersion);
    const expected = toWrongExpectedVersion('mandate-1', 'no-stream', clientError(NO_STREAM, 4n).actualVersion);

    expect(actual).toMatchObject({ expected: 3, actual: 'no-stream' });
    expect(expected).toMatchObject({ expected: 'no-stream', actual: 4 });
  });

  it('recognises a read of a stream that does not exist', () => {
    expect(isStreamNotFoundError(new StreamNotFoundError(undefined, 'mandate-9'))).toBe(true);
    expect(isStreamNotFoundError(new UnavailableError())).toBe(false);
  });
});
