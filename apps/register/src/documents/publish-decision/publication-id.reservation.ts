import { Inject, Injectable } from '@nestjs/common';
import { duplicatePublication, publicationReservationStreamId } from '@register/domain';
import type { EventStore, ExpectedRevision, StoredEvent } from '@register/event-store';
import { EVENT_STORE, WrongExpectedVersion } from '@register/event-store';
import type { CommandMetadata } from '../../write-side/command-metadata';
import { newRegisterEvent } from '../../write-side/register-event-metadata';

/**
 * The events of a reservation stream. They are not domain events: they
 * record which document an identifier is claimed for, and when a correction
 * gave it up, so the read side may ignore them.
 */
export const PUBLICATION_ID_RESERVED = 'PublicationIdReserved';
const PUBLICATION_ID_RELEASED = 'PublicationIdReleased';

interface PublicationIdReserved {
  readonly publicationId: string;
  readonly documentId: string;
}

type PublicationIdReleased = PublicationIdReserved;

/** The reservation takes the command's first event id; the DecisionPublished that follows takes the second. */
export const RESERVATION_EVENT_INDEX = 0;

interface Holding {
  /** The document holding the identifier; null when it is free (never claimed, or released). */
  readonly holder: string | null;
  readonly expectedRevision: ExpectedRevision;
}

/**
 * An identifier names one publication in the whole register (domain.md, Awb
 * 3:42). A decider sees one document, so uniqueness across documents is left
 * to the store (architecture.md): the stream `publication-id-{publicationId}`
 * holds the claims on it, and its last event says who holds it. A claim is
 * appended at the exact revision read (`no-stream` for a new identifier), so
 * of two writers, however close in time, one gets WrongExpectedVersion. A
 * correction of a publication's number releases the old number after the
 * correction is stored; a crash in between leaves the old number blocked for
 * other documents (never used twice) until the correction is retried under
 * its Idempotency-Key.
 */
@Injectable()
export class PublicationIdReservation {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** DUPLICATE_PUBLICATION when another document holds the identifier; nothing when it is free or held by `documentId`. */
  async requireAvailableTo(publicationId: string, documentId: string): Promise<void> {
    const { holder } = await this.holdingOf(publicationId);
    if (holder !== null && holder !== documentId) throw duplicatePublication(publicationId);
  }

  /**
   * Claims the identifier for the document. A reservation already held by the
   * same document is accepted: it is what a crash between the reservation and
   * the publication's append leaves behind, and the retry must be able to
   * finish. The document's own decider still refuses an identifier the
   * document already uses.
   */
  async reserve(
    publicationId: string,
    documentId: string,
    municipalities: readonly string[],
    metadata: CommandMetadata,
    eventIndex = RESERVATION_EVENT_INDEX,
  ): Promise<void> {
    const holding = await this.holdingOf(publicationId);
    if (holding.holder === documentId) return;
    if (holding.holder !== null) throw duplicatePublication(publicationId);
    const data: PublicationIdReserved = { publicationId, documentId };
    const event = newRegisterEvent({ type: PUBLICATION_ID_RESERVED, data }, municipalities, metadata, eventIndex);
    await metadata.identity.claimWrite();
    try {
      await this.store.appendToStream(publicationReservationStreamId(publicationId), [event], { expectedRevision: holding.expectedRevision });
    } catch (error) {
      if (!(error instanceof WrongExpectedVersion)) throw error;
      await this.requireAvailableTo(publicationId, documentId);
    }
  }

  /** Gives up the document's claim on an identifier it no longer uses, so other documents may publish under it. */
  async release(publicationId: string, documentId: string, municipalities: readonly string[], metadata: CommandMetadata, eventIndex: number): Promise<void> {
    const holding = await this.holdingOf(publicationId);
    if (holding.holder !== documentId) return;
    const data: PublicationIdReleased = { publicationId, documentId };
    const event = newRegisterEvent({ type: PUBLICATION_ID_RELEASED, data }, municipalities, metadata, eventIndex);
    try {
      await this.store.appendToStream(publicationReservationStreamId(publicationId), [event], { expectedRevision: holding.expectedRevision });
    } catch (error) {
      // Only the holder releases, and it released or claimed again meanwhile: either way the claim is settled.
      if (!(error instanceof WrongExpectedVersion)) throw error;
    }
  }

  private async holdingOf(publicationId: string): Promise<Holding> {
    const [last]: StoredEvent[] = await this.store.readStream(publicationReservationStreamId(publicationId), { direction: 'backwards', limit: 1 });
    if (last === undefined) return { holder: null, expectedRevision: 'no-stream' };
    const holder = last.type === PUBLICATION_ID_RELEASED ? null : (last.data as PublicationIdReserved).documentId;
    return { holder, expectedRevision: last.streamRevision };
  }
}
