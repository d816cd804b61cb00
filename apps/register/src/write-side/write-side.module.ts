import { Module } from '@nestjs/common';
import { CLOCK, SystemClock } from './clock';
import { CommandMetadataFactory } from './command-metadata.factory';
import { DeciderRunner } from './decider-runner';
import { ID_GENERATOR, RandomIdGenerator } from './id-generator';
import { PARTICIPANT_DIRECTORY, ReadModelParticipantDirectory } from './participant-directory';
import { ReadModelSubMandateFinder } from './read-model-sub-mandate-finder';
import { REGISTER_LOOKUP, StoreRegisterLookup } from './store-register-lookup';
import { SUB_MANDATE_FINDER } from './sub-mandate-finder';

/**
 * What every command handler shares: the clock and id generator (override
 * CLOCK and ID_GENERATOR in tests), the store-backed RegisterLookup, and the
 * read-decide-append loop. The event store comes from the global EventStoreModule.
 */
@Module({
  providers: [
    { provide: CLOCK, useClass: SystemClock },
    { provide: ID_GENERATOR, useClass: RandomIdGenerator },
    { provide: SUB_MANDATE_FINDER, useClass: ReadModelSubMandateFinder },
    { provide: PARTICIPANT_DIRECTORY, useClass: ReadModelParticipantDirectory },
    { provide: REGISTER_LOOKUP, useClass: StoreRegisterLookup },
    DeciderRunner,
    CommandMetadataFactory,
  ],
  exports: [CLOCK, ID_GENERATOR, REGISTER_LOOKUP, DeciderRunner, CommandMetadataFactory],
})
export class WriteSideModule {}
