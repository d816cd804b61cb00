import { jsonEvent, type EventData, type JSONType, type RecordedEvent, type ResolvedEvent } from '@eventstore/db-client';
import type { EventMetadata, NewEvent, StoredEvent } from '../event-store.port';
import { eventIdToUuid } from './eventstoredb-event-id';
import { knownCommit, toPortPosition, toPortRevision } from './eventstoredb-positions';

/**
 * What we store as an event's EventStoreDB metadata: the caller's metadata
 * untouched beside our own event id, so no key of the caller can collide with
 * ours and both come back exactly.
 */
interface MetadataEnvelope {
  readonly eventId: string;
  readonly metadata: EventMetadata;
}

export function toEventData(event: NewEvent): EventData {
  const envelope: MetadataEnvelope = { eventId: event.eventId, metadata: event.metadata ?? {} };
  return jsonEvent({
    id: eventIdToUuid(event.eventId),
    type: event.type,
    // The client JSON-encodes any value; its type only names objects, arrays and strings.
    data: event.data as JSONType,
    metadata: envelope,
  });
}

/**
 * System records ($-prefixed types such as $metadata, $> links, $stats; or
 * anything in a $-prefixed stream) belong to the server, never to the register.
 */
export function isSystemEvent(event: Pick<RecordedEvent, 'type' | 'streamId'>): boolean {
  return event.type.startsWith('$') || event.streamId.startsWith('$');
}

/** The register's view of a record read from $all; undefined for system records. */
export function toUserEvent(resolved: ResolvedEvent): StoredEvent | undefined {
  const event = resolved.event;
  if (event === undefined || isSystemEvent(event)) return undefined;
  return toStoredEvent(event);
}

export function toStoredEvent(event: RecordedEvent): StoredEvent {
  const envelope = readEnvelope(event.metadata);
  return {
    // Events written by other tools carry no envelope: their UUID is their id.
    eventId: envelope?.eventId ?? event.id,
    type: event.type,
    data: event.isJson ? event.data : Buffer.from(event.data).toString('base64'),
    metadata: envelope?.metadata ?? (isPlainObject(event.metadata) ? event.metadata : {}),
    stream: event.streamId,
    streamRevision: toPortRevision(event.revision),
    position: positionOf(event),
    // `created` is the server's commit time in 100 ns ticks, truncated to ms by the client.
    recordedAt: event.created.toISOString(),
  };
}

/** The port position of a recorded event; refuses an event the server gave no position. */
function positionOf(event: Pick<RecordedEvent, 'position' | 'id' | 'streamId'>): number {
  const commit = knownCommit(event.position);
  if (commit === undefined) {
    throw new Error(
      `EventStoreDB gave event ${event.id} in ${event.streamId} no log position; stream reads carry positions only on servers from 22.6 on`,
    );
  }
  return toPortPosition(commit);
}

function readEnvelope(metadata: unknown): MetadataEnvelope | undefined {
  if (!isPlainObject(metadata)) return undefined;
  const { eventId, metadata: inner } = metadata;
  return typeof eventId === 'string' && isPlainObject(inner) ? { eventId, metadata: inner } : undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}
