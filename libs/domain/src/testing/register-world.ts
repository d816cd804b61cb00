import {
  loadAdoptAmendmentContext,
  loadApproveAmendmentContext,
  loadPublicationContext,
  loadRegisterDocumentContext,
} from '../documents/document-context.loader';
import { documentDecider, documentStreamId } from '../documents/document.decider';
import type { DocumentRecord } from '../documents/document.state';
import { duplicatePublication } from '../documents/publication-id';
import { loadRegisterFunctionContext } from '../functions/function-context.loader';
import { functionDecider, functionStreamId } from '../functions/function.decider';
import type { FunctionRecord } from '../functions/function.decider';
import {
  loadCorrectionContext,
  loadGrantMandateContext,
  loadRevocationContext,
  loadSubMandateContext,
} from '../mandates/mandate-context.loader';
import { mandateDecider, mandateStreamId } from '../mandates/mandate.decider';
import type { MandateRecord } from '../mandates/mandate.state';
import { loadExitParticipantContext } from '../participants/participant-context.loader';
import { participantDecider, participantStreamId } from '../participants/participant.decider';
import type { ParticipantRecord } from '../participants/participation';
import { powerDecider, powerStreamId } from '../powers/power.decider';
import type { PowerEntry } from '../powers/power.decider';
import type { RegisterRequest, WithoutContext } from '../register-command';
import type { MandateCommand } from '../mandates/mandate.commands';
import type { RegisterEvent } from '../register-event';
import type { RegisterLookup } from '../register-lookup';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { foldEvents } from '../shared/decider';

/**
 * The write side in memory: what a Nest command handler does, minus Nest and
 * the store. Per request it reads the aggregate's stream, loads the context
 * through the RegisterLookup it implements, decides, and appends. A refusal
 * throws before anything is appended. Tests use it to run whole scenarios; the
 * handlers can read it as the list of what each command needs.
 */
export class RegisterWorld implements RegisterLookup {
  private readonly streams = new Map<string, RegisterEvent[]>();
  /** The reservation streams of architecture.md: one per publication identifier. */
  private readonly publicationReservations = new Map<string, string>();

  async execute(request: RegisterRequest): Promise<RegisterEvent[]> {
    switch (request.type) {
      case 'JoinParticipant':
        return this.run(participantDecider, participantStreamId(request.data.municipality), request);
      case 'ExitParticipant':
        return this.run(participantDecider, participantStreamId(request.data.municipality), {
          ...request,
          context: await loadExitParticipantContext(this, request.data),
        });
      case 'RegisterFunction':
        return this.run(functionDecider, functionStreamId(request.data.id), {
          ...request,
          context: await loadRegisterFunctionContext(this, request.data),
        });
      case 'CataloguePower':
        return this.run(powerDecider, powerStreamId(request.data.id), request);
      case 'RegisterDocument':
        return this.run(documentDecider, documentStreamId(request.data.id), {
          ...request,
          context: await loadRegisterDocumentContext(this, request.data),
        });
      case 'PublishDecision':
        return this.publish(request);
      case 'CorrectPublication':
        return this.correctPublication(request);
      case 'ProposeAmendment':
        return this.run(documentDecider, documentStreamId(request.data.documentId), request);
      case 'ApproveAmendment':
        return this.run(documentDecider, documentStreamId(request.data.documentId), {
          ...request,
          context: await loadApproveAmendmentContext(this, request.data),
        });
      case 'AdoptAmendment':
        return this.run(documentDecider, documentStreamId(request.data.documentId), {
          ...request,
          context: await loadAdoptAmendmentContext(this),
        });
      default:
        return this.executeMandate(request);
    }
  }

  private async executeMandate(request: WithoutContext<MandateCommand>): Promise<RegisterEvent[]> {
    switch (request.type) {
      case 'GrantMandate':
        return this.run(mandateDecider, mandateStreamId(request.data.mandateId), {
          ...request,
          context: await loadGrantMandateContext(this, request.data),
        });
      case 'GrantSubMandate':
        return this.run(mandateDecider, mandateStreamId(request.data.mandateId), {
          ...request,
          context: await loadSubMandateContext(this, request.data),
        });
      case 'RevokeMandate': {
        const state = await this.mandate(request.data.mandateId);
        const context = await loadRevocationContext(this, state, request.data);
        return this.run(mandateDecider, mandateStreamId(request.data.mandateId), { ...request, context });
      }
      case 'CorrectMandate': {
        const state = await this.mandate(request.data.mandateId);
        const context = await loadCorrectionContext(this, state, request.data);
        return this.run(mandateDecider, mandateStreamId(request.data.mandateId), { ...request, context });
      }
      default:
        return assertNever(request);
    }
  }

  /** Within a document the decider refuses a repeated identifier; across documents the reservation does. */
  private async publish(request: Extract<RegisterRequest, { type: 'PublishDecision' }>): Promise<RegisterEvent[]> {
    const { documentId, publicationId } = request.data;
    this.requireAvailable(publicationId, documentId);
    const context = await loadPublicationContext(this, request.data.publisher);
    const events = this.run(documentDecider, documentStreamId(documentId), { ...request, context });
    this.publicationReservations.set(publicationId, documentId);
    return events;
  }

  /** A corrected identifier is reserved like a new one, and the old one is freed for the whole register. */
  private async correctPublication(request: Extract<RegisterRequest, { type: 'CorrectPublication' }>): Promise<RegisterEvent[]> {
    const { documentId, publicationId, field, value } = request.data;
    const newId = field === 'publicationId' && typeof value === 'string' ? value : null;
    if (newId !== null) this.requireAvailable(newId, documentId);
    const context = await loadPublicationContext(this, field === 'publisher' ? value : null);
    const events = this.run(documentDecider, documentStreamId(documentId), { ...request, context });
    if (newId !== null) {
      this.publicationReservations.set(newId, documentId);
      this.publicationReservations.delete(publicationId);
    }
    return events;
  }

  private requireAvailable(publicationId: string, documentId: string): void {
    const holder = this.publicationReservations.get(publicationId);
    if (holder !== undefined && holder !== documentId) throw duplicatePublication(publicationId);
  }

  private run<C, E extends RegisterEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): E[] {
    const events = decider.decide(command, this.fold(decider, streamId));
    this.streams.set(streamId, [...this.stream(streamId), ...events]);
    return events;
  }

  private fold<C, E extends RegisterEvent, S>(decider: Decider<C, E, S>, streamId: string): S {
    // A stream holds the events of one aggregate only, so the narrowing is sound.
    return foldEvents(decider, this.stream(streamId) as E[]);
  }

  /** How many events the register holds; a refused command must leave it unchanged. */
  eventCount(): number {
    return [...this.streams.values()].reduce((sum, events) => sum + events.length, 0);
  }

  stream(streamId: string): readonly RegisterEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  /** Every mandate as currently folded, for invariants over the whole register. */
  allMandates(): MandateRecord[] {
    const ids = [...this.streams.keys()].filter((id) => id.startsWith('mandate-'));
    return ids.map((id) => this.fold(mandateDecider, id)).filter((m): m is MandateRecord => m !== null);
  }

  async participant(municipality: string): Promise<ParticipantRecord | null> {
    return this.fold(participantDecider, participantStreamId(municipality));
  }

  async participants(): Promise<readonly ParticipantRecord[]> {
    const ids = [...this.streams.keys()].filter((id) => id.startsWith(participantStreamId('')));
    return ids.map((id) => this.fold(participantDecider, id)).filter((p): p is ParticipantRecord => p !== null);
  }

  async registeredFunction(functionId: string): Promise<FunctionRecord | null> {
    return this.fold(functionDecider, functionStreamId(functionId));
  }

  async power(powerId: string): Promise<PowerEntry | null> {
    return this.fold(powerDecider, powerStreamId(powerId));
  }

  async document(documentId: string): Promise<DocumentRecord | null> {
    return this.fold(documentDecider, documentStreamId(documentId));
  }

  async mandate(mandateId: string): Promise<MandateRecord | null> {
    return this.fold(mandateDecider, mandateStreamId(mandateId));
  }

  /** A read model query in the service; here a scan. */
  async subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]> {
    return this.allMandates().filter((m) => m.parentMandateId === mandateId);
  }
}
