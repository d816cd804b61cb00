import { isAggregateStream, publicationReservationStreamId, RegisterWorld, type RegisterEvent } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { PUBLICATION_ID_RESERVED } from '../../documents/publish-decision/publication-id.reservation';

const PAGE = 2_000;
const RESERVATION_PREFIX = publicationReservationStreamId('');

/**
 * The register as the write side sees it, in memory: every aggregate stream
 * of the log, and who holds each publication identifier, read once from
 * position 0. The dry run decides rows against it with the domain's own
 * deciders; the export reads the register's contents from it. Idempotency
 * keys are not copied: the dry run recognises rows already in the register by
 * what they hold, not by how they came in.
 */
export async function copyOfRegister(store: EventStore): Promise<RegisterWorld> {
  const world = new RegisterWorld();
  for (let from = 0; ; ) {
    const page = await store.readAll({ fromPosition: from, limit: PAGE });
    if (page.length === 0) return world;
    takeOver(world, page);
    from = page[page.length - 1].position;
  }
}

function takeOver(world: RegisterWorld, events: readonly StoredEvent[]): void {
  for (const event of events) {
    if (isAggregateStream(event.stream)) {
      world.replay(event.stream, [{ type: event.type, data: event.data } as RegisterEvent]);
    } else if (event.stream.startsWith(RESERVATION_PREFIX)) {
      const publicationId = event.stream.slice(RESERVATION_PREFIX.length);
      world.replayPublicationHolder(publicationId, event.type === PUBLICATION_ID_RESERVED ? (event.data as { documentId: string }).documentId : null);
    }
  }
}
