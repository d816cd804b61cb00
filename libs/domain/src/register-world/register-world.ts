import {
  loadAdoptAmendmentContext,
  loadApproveAmendmentContext,
  loadPublicationContext,
  loadRegisterDocumentContext,
} from '../documents/document-context.loader';
import { documentDecider, documentStreamId } from '../documents/document.decider';
import { duplicatePublication } from '../documents/publication-id';
import { loadRegisterFunctionContext } from '../functions/function-context.loader';
import { functionDecider, functionStreamId } from '../functions/function.decider';
import {
  loadCorrectionContext,
  loadGrantMandateContext,
  loadRevocationContext,
  loadSubMandateContext,
} from '../mandates/mandate-context.loader';
import { mandateDecider, mandateStreamId } from '../mandates/mandate.decider';
import { loadExitParticipantContext } from '../participants/participant-context.loader';
import { participantDecider, participantStreamId } from '../participants/participant.decider';
import { powerDecider, powerStreamId } from '../powers/power.decider';
import type { RegisterRequest, WithoutContext } from '../register-command';
import type { MandateCommand } from '../mandates/mandate.commands';
import type { RegisterEvent } from '../register-event';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { InMemoryRegister } from './in-memory-register';

/**
 * The write side in memory: what a Nest command handler does, minus Nest and
 * the store, over an InMemoryRegister (empty, or a copy of a store's
 * streams). Per request it reads the aggregate's stream, loads the context
 * through the RegisterLookup it implements, decides, and appends. A refusal
 * throws before anything is appended. Tests use it to run whole scenarios,
 * an import's dry run to check rows against a copy of the register; the
 * handlers can read it as the list of what each command needs.
 */
export class RegisterWorld extends InMemoryRegister {
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
    this.publicationHolders.set(publicationId, documentId);
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
      this.publicationHolders.set(newId, documentId);
      this.publicationHolders.delete(publicationId);
    }
    return events;
  }

  private requireAvailable(publicationId: string, documentId: string): void {
    const holder = this.publicationHolders.get(publicationId);
    if (holder !== undefined && holder !== documentId) throw duplicatePublication(publicationId);
  }

  private run<C, E extends RegisterEvent, S>(decider: Decider<C, E, S>, streamId: string, command: C): E[] {
    const events = decider.decide(command, this.fold(decider, streamId));
    this.replay(streamId, events);
    return events;
  }
}
