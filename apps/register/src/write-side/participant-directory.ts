import { Inject, Injectable } from '@nestjs/common';
import { participantsKnownAt } from '@register/projections';
import type { DataSource } from 'typeorm';
import { REGISTER_DATA_SOURCE } from '../event-store/register-data-source';

/** Which municipalities ever joined the arrangement: the streams RegisterLookup.participants() folds. */
export interface ParticipantDirectory {
  municipalitiesEverJoined(): Promise<readonly string[]>;
}

export const PARTICIPANT_DIRECTORY = Symbol('ParticipantDirectory');

/**
 * Asks the participants read model for the codes only; the records themselves
 * are folded from their streams, so a rule never decides on projected state.
 * A join answers 201 only once projected (api.md), so every acknowledged
 * participant is listed here.
 */
@Injectable()
export class ReadModelParticipantDirectory implements ParticipantDirectory {
  constructor(@Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async municipalitiesEverJoined(): Promise<readonly string[]> {
    const entries = await participantsKnownAt(this.dataSource, new Date().toISOString());
    return [...new Set(entries.map((entry) => entry.municipality))];
  }
}
