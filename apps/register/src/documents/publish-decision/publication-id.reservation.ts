import { Inject, Injectable } from '@nestjs/common';
import { duplicatePublication, publicationReservationStreamId } from '@register/domain';
import type { EventStore } from '@register/event-store';
import { EVENT_STORE, WrongExpectedVersion } from '@register/event-store';
import type { CommandMetadata } from '../../write-side/command-metadata';
import { newRegisterEvent } from '../../write-side/register-event-metadata';

/**
 * The only event of a reservation stream. It is not a domain event: it
 * records which document an identifier was claimed for, so the read side may
 * ignore it.
 */
export const PUBLICATION_ID_RESERVED = 'PublicationIdReserved';

interface PublicationIdReserved {
  readonly publicationId: string;
  readonly documentId: string;
}

/** The reservation takes the command's first event id; the DecisionPublished that follows takes the second. */
export const RESERVATION_EVENT_INDEX = 0;

/**
 * An identifier names one publication in the whole register (domain.md, Awb
 * 3:42). A decider sees one document, so uniqueness across documents is left
 * to the store (architecture.md): the first append to
 * `publication-id-{publicationId}` with `no-stream` wins, and a second writer,
 * however close in time, gets WrongExpectedVersion.
 */
@Injectable()
export class PublicationIdReservation {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** DUPLICATE_PUBLICATION when another document holds the identifier; nothing when it is free or held by `documentId`. */
  async requireAvailableTo(publicationId: string, documentId: string): Promise<void> {
    const holder = await this.holderOf(publicationId);
    if (holder !== null && holder !== documentId) throw duplicatePublication(publicationId);
  }

  /**
   * Claims the identifier for the document. A reservation already held by the
   * same document is accepted: it is what a crash between the reservation and
   * the DecisionPublished append leaves behind, and the retry must be able to
   * finish the publication. The document's own decider still refuses an
   * identifier the document was already published under.
   */
  async reserve(publicationId: string, documentId: string, municipalities: readonly string[], metadata: CommandMetadata): Promise<void> {
    const data: PublicationIdReserved = { publicationId, documentId };
    const event = newRegisterEvent({ type: PUBLICATION_ID_RESERVED, data }, municipalities, metadata, RESERVATION_EVENT_INDEX);
    await metadata.identity.claimWrite();
    try {
      await this.store.appendToStream(publicationReservationStreamId(publicationId), [event], { expectedRevision: 'no-stream' });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion)) throw error;
      await this.requireAvailableTo(publicationId, documentId);
    }
  }

  private async holderOf(publicationId: string): Promise<string | null> {
    const [reservation] = await this.store.readStream(publicationReservationStreamId(publicationId), { limit: 1 });
    return reservation === undefined ? null : (reservation.data as PublicationIdReserved).documentId;
  }
}
