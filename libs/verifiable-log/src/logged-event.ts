import { canonicalJson } from './canonical-json';
import { hashLeaf, type Hash } from './merkle/hashing';

/**
 * An event as the verifiable log sees it: exactly the fields api.md hashes
 * ("Audit"), named as it names them (`streamId`, where the event store says
 * `stream`). Nothing else of a stored event is part of its leaf.
 */
export interface LoggedEvent {
  readonly position: number;
  readonly streamId: string;
  readonly streamRevision: number;
  readonly eventId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly recordedAt: string;
}

/** The shape the event store gives back (its `StoredEvent`, which says `stream`), without depending on it. */
export type StoredEventFields = Omit<LoggedEvent, 'streamId'> & { readonly stream: string };

export function loggedEventOf(stored: StoredEventFields): LoggedEvent {
  const { position, stream, streamRevision, eventId, type, data, metadata, recordedAt } = stored;
  return { position, streamId: stream, streamRevision, eventId, type, data, metadata, recordedAt };
}

/** The canonical JSON of the event's eight fields: one line of events.ndjson, and what its leaf hashes. */
export function canonicalEventJson(event: LoggedEvent): string {
  const { position, streamId, streamRevision, eventId, type, data, metadata, recordedAt } = event;
  return canonicalJson({ position, streamId, streamRevision, eventId, type, data, metadata, recordedAt });
}

export function canonicalEventBytes(event: LoggedEvent): Uint8Array {
  return Buffer.from(canonicalEventJson(event), 'utf8');
}

/** SHA-256(0x00 || canonical bytes of the event). */
export function eventLeafHash(event: LoggedEvent): Hash {
  return hashLeaf(canonicalEventBytes(event));
}
