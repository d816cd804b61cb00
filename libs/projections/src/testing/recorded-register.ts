import {
  assertNever,
  concernedMunicipalities,
  documentStreamId,
  functionStreamId,
  mandateStreamId,
  participantStreamId,
  powerStreamId,
} from '@register/domain';
import type { CalendarDate, RegisterEvent, RegisterRequest } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { RegisterWorld } from '@register/domain';

/** A request, or one that needs the handler's `today` (documents, publications). */
export type DatedRequest = RegisterRequest | ((today: CalendarDate) => RegisterRequest);

/**
 * The log as the store would hand it back, built by running requests through
 * the domain's deciders (RegisterWorld) at explicit instants. So the events
 * have exactly the write side's types and data, a refused request stores
 * nothing, and each event carries the `recordedAt`, stream, revision, position
 * and metadata the store gives it. Next to them it stores the write side's
 * bookkeeping (publication-id reservations and, for a corrected number, the
 * release of the old one; the idempotency ledger), which the oracle must pass by.
 */
export class RecordedRegister {
  private readonly world = new RegisterWorld();
  private readonly log: StoredEvent[] = [];
  private readonly revisions = new Map<string, number>();

  get events(): readonly StoredEvent[] {
    return this.log;
  }

  /** Runs the requests one by one as if the clock read `recordedAt`; `today` is its date. */
  async at(recordedAt: string, ...requests: readonly DatedRequest[]): Promise<void> {
    for (const dated of requests) {
      const request = typeof dated === 'function' ? dated(recordedAt.slice(0, 10)) : dated;
      const events = await this.world.execute(request);
      const numbers = publicationNumbersOf(request);
      if (numbers.reserved !== null) this.store(`publication-id-${numbers.reserved}`, 'PublicationIdReserved', { publicationId: numbers.reserved, documentId: numbers.documentId }, [], recordedAt);
      events.forEach((event) => this.store(streamOf(event), event.type, event.data, concernedMunicipalities(event), recordedAt));
      if (numbers.released !== null) this.store(`publication-id-${numbers.released}`, 'PublicationIdReleased', { publicationId: numbers.released, documentId: numbers.documentId }, [], recordedAt);
      const key = `idempotency-${this.log.length}`;
      this.store(key, 'IdempotentResponseRecorded', { requestHash: key, status: 201, body: { id: 'x' } }, [], recordedAt);
    }
  }

  private store(stream: string, type: string, data: unknown, municipalities: readonly string[], recordedAt: string): void {
    const streamRevision = (this.revisions.get(stream) ?? -1) + 1;
    this.revisions.set(stream, streamRevision);
    const position = this.log.length + 1;
    const eventId = `event-${position}`;
    const metadata = { eventId, recordedBy: 'registrar@szmh', correlationId: `corr-${position}`, causationId: `cmd-${position}`, municipalities };
    this.log.push({ eventId, type, data, metadata, stream, streamRevision, position, recordedAt });
  }
}

/** As the publication handlers do: a publication reserves its number; a corrected number is reserved, and the old one released after the correction. */
function publicationNumbersOf(request: RegisterRequest): { documentId: string; reserved: string | null; released: string | null } {
  if (request.type === 'PublishDecision') return { documentId: request.data.documentId, reserved: request.data.publicationId, released: null };
  if (request.type !== 'CorrectPublication' || request.data.field !== 'publicationId') return { documentId: '', reserved: null, released: null };
  return { documentId: request.data.documentId, reserved: String(request.data.value), released: request.data.publicationId };
}

function streamOf(event: RegisterEvent): string {
  switch (event.type) {
    case 'ParticipantJoined':
    case 'ParticipantExited':
      return participantStreamId(event.data.municipality);
    case 'FunctionRegistered':
      return functionStreamId(event.data.functionId);
    case 'PowerCatalogued':
      return powerStreamId(event.data.powerId);
    case 'DocumentRegistered':
    case 'DecisionPublished':
    case 'PublicationCorrected':
    case 'AmendmentProposed':
    case 'AmendmentApproved':
    case 'AmendmentAdopted':
      return documentStreamId(event.data.documentId);
    case 'MandateGranted':
    case 'MandateRevoked':
    case 'MandateCorrected':
      return mandateStreamId(event.data.mandateId);
    default:
      return assertNever(event);
  }
}
