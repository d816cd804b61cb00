import { Inject, Injectable } from '@nestjs/common';
import type { Decider, DocumentRecord, FunctionRecord, MandateRecord, ParticipantRecord, PowerEntry, RegisterLookup } from '@register/domain';
import {
  documentDecider,
  documentStreamId,
  functionDecider,
  functionStreamId,
  mandateDecider,
  mandateStreamId,
  participantDecider,
  participantStreamId,
  powerDecider,
  powerStreamId,
} from '@register/domain';
import type { EventStore } from '@register/event-store';
import { EVENT_STORE } from '@register/event-store';
import { PARTICIPANT_DIRECTORY, type ParticipantDirectory } from './participant-directory';
import { foldStored } from './stored-events';
import { SUB_MANDATE_FINDER } from './sub-mandate-finder';
import type { SubMandateFinder } from './sub-mandate-finder';

export const REGISTER_LOOKUP = Symbol('RegisterLookup');

/**
 * The cross-stream facts the context loaders ask for, each read from its own
 * stream and folded with that aggregate's `evolve`: the same state its own
 * handler decides on, never a read model that could lag behind.
 */
@Injectable()
export class StoreRegisterLookup implements RegisterLookup {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SUB_MANDATE_FINDER) private readonly subMandates: SubMandateFinder,
    @Inject(PARTICIPANT_DIRECTORY) private readonly directory: ParticipantDirectory,
  ) {}

  participant(municipality: string): Promise<ParticipantRecord | null> {
    return this.fold(participantDecider, participantStreamId(municipality));
  }

  async participants(): Promise<readonly ParticipantRecord[]> {
    const municipalities = await this.directory.municipalitiesEverJoined();
    const records = await Promise.all(municipalities.map((code) => this.participant(code)));
    return records.filter((record): record is ParticipantRecord => record !== null);
  }

  registeredFunction(functionId: string): Promise<FunctionRecord | null> {
    return this.fold(functionDecider, functionStreamId(functionId));
  }

  power(powerId: string): Promise<PowerEntry | null> {
    return this.fold(powerDecider, powerStreamId(powerId));
  }

  document(documentId: string): Promise<DocumentRecord | null> {
    return this.fold(documentDecider, documentStreamId(documentId));
  }

  mandate(mandateId: string): Promise<MandateRecord | null> {
    return this.fold(mandateDecider, mandateStreamId(mandateId));
  }

  subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]> {
    return this.subMandates.subMandatesOf(mandateId);
  }

  private async fold<C, E, S>(decider: Decider<C, E, S>, streamId: string): Promise<S> {
    return foldStored(decider, await this.store.readStream(streamId));
  }
}
