import { createHash } from 'node:crypto';

/**
 * The namespace of the register's event ids (a random UUID fixed once): any
 * other namespace would give other UUIDs for the same ids, so it must never change.
 */
export const REGISTER_EVENT_ID_NAMESPACE = '0d9c6a4e-6f3b-4c55-9a43-7b1e5c2f8a10';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace and name) so the
 * same name always gives the same UUID, on every machine and after restarts.
 */
export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new RangeError(`Namespace ${namespace} is not a UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * EventStoreDB only takes UUIDs as event ids, ours are free strings. Deriving
 * the UUID from the id (never at random) is what lets the server recognise a
 * retried append as the same events. Every id is hashed, UUID-shaped ones
 * too, so the rule has no exceptions; the original id travels in the metadata.
 */
export function eventIdToUuid(eventId: string): string {
  return uuidV5(eventId, REGISTER_EVENT_ID_NAMESPACE);
}
