/**
 * Test support: what the client hands us when it reads back an event, made
 * without a server. The event goes through the same steps as on the wire: its
 * data and metadata become the bytes the client's append sends (it JSON-encodes
 * both, see append.js and batchAppend.js in @eventstore/db-client 6.2), the
 * server returns those bytes unchanged in a protobuf ReadEvent, and the
 * client's own decoder (convertGrpcEvent) turns that into a ResolvedEvent.
 */
import type { EventData, ResolvedEvent } from '@eventstore/db-client';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { ReadResp } from '@eventstore/db-client/generated/streams_pb';

export interface Placement {
  readonly stream: string;
  readonly revision: number;
  /** Commit and prepare position; omit it for a stream read on a server before 22.6. */
  readonly position?: bigint;
  /** When the server committed the event. */
  readonly created?: Date;
  /** Sub-millisecond part of `created`, in 100 ns ticks, which the client drops. */
  readonly extraTicks?: bigint;
}

/** The largest unsigned 64-bit value: what servers before 22.6 put in a stream read's position. */
const NO_POSITION = 2n ** 64n - 1n;

const TICKS_PER_MILLISECOND = 10_000n;

export function readBack(event: EventData, placement: Placement): ResolvedEvent {
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  const id = new UUID();
  id.setString(event.id);
  recorded.setId(id);
  const identifier = new StreamIdentifier();
  identifier.setStreamName(Uint8Array.from(Buffer.from(placement.stream, 'utf8')));
  recorded.setStreamIdentifier(identifier);
  recorded.setStreamRevision(String(placement.revision));
  const position = String(placement.position ?? NO_POSITION);
  recorded.setCommitPosition(position);
  recorded.setPreparePosition(position);
  const created = BigInt((placement.created ?? new Date('2025-03-01T09:30:00.123Z')).getTime());
  recorded.getMetadataMap().set('type', event.type);
  recorded.getMetadataMap().set('content-type', event.contentType);
  recorded.getMetadataMap().set('created', String(created * TICKS_PER_MILLISECOND + (placement.extraTicks ?? 0n)));
  recorded.setData(toBytes(event.data));
  if (event.metadata !== undefined) recorded.setCustomMetadata(toBytes(event.metadata));

  const readEvent = new ReadResp.ReadEvent();
  readEvent.setEvent(recorded);
  if (placement.position !== undefined) readEvent.setCommitPosition(position);
  // Through the binary encoding, as gRPC delivers it.
  return convertGrpcEvent(ReadResp.ReadEvent.deserializeBinary(readEvent.serializeBinary()));
}

function toBytes(value: unknown): Uint8Array {
  return value instanceof Uint8Array ? value : Uint8Array.from(Buffer.from(JSON.stringify(value), 'utf8'));
}
