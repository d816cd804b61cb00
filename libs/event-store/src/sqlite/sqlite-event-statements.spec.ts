import { runInNewContext } from 'node:vm';
import { isEventIdViolation } from './sqlite-event-statements';

describe('isEventIdViolation', () => {
  it('recognises the unique-index violation on event ids', () => {
    expect(isEventIdViolation(new Error('UNIQUE constraint failed: events.event_id'))).toBe(true);
  });

  it('recognises it when the error comes from another realm, as native module errors do under Jest', () => {
    const foreign: unknown = runInNewContext('new Error("UNIQUE constraint failed: events.event_id")');
    expect(foreign instanceof Error).toBe(false);
    expect(isEventIdViolation(foreign)).toBe(true);
  });

  it('leaves other constraint violations and non-errors alone', () => {
    expect(isEventIdViolation(new Error('UNIQUE constraint failed: events.stream, events.stream_revision'))).toBe(false);
    expect(isEventIdViolation(undefined)).toBe(false);
    expect(isEventIdViolation('UNIQUE constraint failed: events.event_id')).toBe(false);
  });
});
