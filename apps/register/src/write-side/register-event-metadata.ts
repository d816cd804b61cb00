import type { EventMetadata, NewEvent } from '@register/event-store';
import type { CommandMetadata } from './command-metadata';

/**
 * The metadata of every event the service appends (domain.md "Events"). The
 * store adds `recordedAt` when the append commits; a client never sets it.
 * `municipalities` is what access separation per municipality filters on.
 */
interface RegisterEventMetadata extends EventMetadata {
  readonly eventId: string;
  readonly recordedBy: string;
  readonly correlationId: string;
  readonly causationId: string;
  readonly municipalities: readonly string[];
}

/** An event as the write side hands it to the store, `index` being its place among the command's appends. */
export function newRegisterEvent(
  event: { readonly type: string; readonly data: unknown },
  municipalities: readonly string[],
  command: CommandMetadata,
  index: number,
): NewEvent {
  const eventId = command.identity.eventIdFor(index);
  const metadata: RegisterEventMetadata = {
    eventId,
    recordedBy: command.recordedBy,
    correlationId: command.correlationId,
    causationId: command.commandId,
    municipalities: [...municipalities],
  };
  return { eventId, type: event.type, data: event.data, metadata };
}
