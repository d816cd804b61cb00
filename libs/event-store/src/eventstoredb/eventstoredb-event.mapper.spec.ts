import { binaryEvent, jsonEvent } from '@eventstore/db-client';
import type { NewEvent } from '../event-store.port';
import { eventIdToUuid } from './eventstoredb-event-id';
import { isSystemEvent, toEventData, toStoredEvent, toUserEvent } from './eventstoredb-event.mapper';
import { readBack } from './eventstoredb-recorded-event.fixture';

const granted: NewEvent = {
  eventId: 'mandate-granted:42',
  type: 'mandate-granted',
  data: { mandateId: 'm-42', amount: 5000, tags: ['a', 'b'], revoked: false, parent: null },
  metadata: { correlationId: 'c-1', eventId: 'a key of the caller', metadata: 'another one' },
};

describe('EventStoreDB event mapping', () => {
  it('sends our event as JSON under the UUID derived from its id', () => {
    const data = toEventData(granted);

    expect(data).toMatchObject({ id: eventIdToUuid(granted.eventId), contentType: 'application/json', type: 'mandate-granted' });
  });

  it('reads back the original id, data and metadata, even metadata keys named like ours', () => {
    const resolved = readBack(toEventData(granted), { stream: 'mandate-42', revision: 3, position: 81_920n });

    expect(toStoredEvent(resolved.event!)).toEqual({
      eventId: granted.eventId,
      type: granted.type,
      data: granted.data,
      metadata: granted.metadata,
      stream: 'mandate-42',
      streamRevision: 3,
      position: 81_920,
      recordedAt: '2025-03-01T09:30:00.123Z',
    });
  });

  it.each<[string, unknown]>([
    ['a number', 5],
    ['a string', 'vastgesteld'],
    ['null', null],
    ['an array', [1, 'twee', { drie: 3 }]],
  ])('round-trips %s as data, since the port takes any JSON value', (_, value) => {
    const resolved = readBack(toEventData({ eventId: 'e-1', type: 'noted', data: value }), { stream: 's', revision: 0, position: 1n });

    expect(toStoredEvent(resolved.event!)).toMatchObject({ data: value, metadata: {} });
  });

  it('stamps recordedAt as UTC ISO with milliseconds, dropping the sub-millisecond ticks', () => {
    const created = new Date('2024-12-31T23:59:59.999Z');
    const resolved = readBack(toEventData(granted), { stream: 's', revision: 0, position: 1n, created, extraTicks: 9_999n });

    expect(toStoredEvent(resolved.event!).recordedAt).toBe('2024-12-31T23:59:59.999Z');
  });

  it('refuses an event the server gave no position, naming the server version that gives one', () => {
    const resolved = readBack(toEventData(granted), { stream: 'mandate-42', revision: 0 });

    expect(() => toStoredEvent(resolved.event!)).toThrow(/22\.6/);
  });

  it('reads an event written by another tool under its UUID, with its object metadata or none', () => {
    const foreign = jsonEvent({ id: '8e0e9fb7-8f63-4a4c-bb1e-3f9a53c0e2a4', type: 'imported', data: { a: 1 }, metadata: { source: 'x' } });
    const bare = jsonEvent({ id: '5f1e9fb7-8f63-4a4c-bb1e-3f9a53c0e2a4', type: 'imported', data: { a: 2 } });

    expect(toStoredEvent(readBack(foreign, { stream: 's', revision: 0, position: 9n }).event!)).toMatchObject({
      eventId: foreign.id,
      metadata: { source: 'x' },
    });
    expect(toStoredEvent(readBack(bare, { stream: 's', revision: 1, position: 10n }).event!).metadata).toEqual({});
  });

  it('gives binary data of another tool as base64 text, since our data is JSON', () => {
    const binary = binaryEvent({ id: '6a1e9fb7-8f63-4a4c-bb1e-3f9a53c0e2a4', type: 'blob', data: Uint8Array.from([0, 255, 16]) });

    expect(toStoredEvent(readBack(binary, { stream: 's', revision: 0, position: 9n }).event!).data).toBe('AP8Q');
  });
});

describe('EventStoreDB system events', () => {
  it.each([
    ['$metadata', 'mandate-1'],
    ['$>', 'some-stream'],
    ['$statsCollected', '$stats-127.0.0.1:2113'],
    ['imported', '$projections-x'],
  ])('treats type %s in stream %s as a system event', (type, streamId) => {
    expect(isSystemEvent({ type, streamId })).toBe(true);
  });

  it('treats an event of ours as ours, even with a $ inside its type or stream', () => {
    expect(isSystemEvent({ type: 'mandate-granted', streamId: 'mandate-1' })).toBe(false);
    expect(isSystemEvent({ type: 'price-in-$', streamId: 'a$b' })).toBe(false);
  });

  it('leaves system records out of the log we give back and keeps ours', () => {
    const settings = jsonEvent({ type: '$settings', data: {} });

    expect(toUserEvent(readBack(settings, { stream: '$settings', revision: 0, position: 5n }))).toBeUndefined();
    expect(toUserEvent(readBack(toEventData(granted), { stream: 'mandate-42', revision: 0, position: 6n }))).toMatchObject({
      eventId: granted.eventId,
      position: 6,
    });
  });
});
