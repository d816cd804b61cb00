import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ReadSideModule } from '../read-side/read-side.module';
import { CLOCK, SystemClock } from './clock';
import { DeciderRunner } from './decider-runner';
import { HttpWrites } from './http/http-writes';
import { ID_GENERATOR, RandomIdGenerator } from './id-generator';
import { PARTICIPANT_DIRECTORY, ReadModelParticipantDirectory } from './participant-directory';
import { ReadModelSubMandateFinder } from './read-model-sub-mandate-finder';
import { REGISTER_LOOKUP, StoreRegisterLookup } from './store-register-lookup';
import { SUB_MANDATE_FINDER } from './sub-mandate-finder';
import { WritePipeline } from './write-pipeline';

/**
 * What every write shares: the WritePipeline every write goes through (and
 * HttpWrites, its adapter for the API's routes), the read-decide-append loop
 * the command handlers run, the store-backed RegisterLookup, and the clock and
 * id generator (override CLOCK and ID_GENERATOR in tests). The pipeline waits
 * for the read side and keeps idempotency keys, hence the two imports; the
 * event store comes from the global EventStoreModule.
 */
@Module({
  imports: [ReadSideModule, IdempotencyModule],
  providers: [
    { provide: CLOCK, useClass: SystemClock },
    { provide: ID_GENERATOR, useClass: RandomIdGenerator },
    { provide: SUB_MANDATE_FINDER, useClass: ReadModelSubMandateFinder },
    { provide: PARTICIPANT_DIRECTORY, useClass: ReadModelParticipantDirectory },
    { provide: REGISTER_LOOKUP, useClass: StoreRegisterLookup },
    DeciderRunner,
    WritePipeline,
    HttpWrites,
  ],
  exports: [CLOCK, ID_GENERATOR, REGISTER_LOOKUP, DeciderRunner, WritePipeline, HttpWrites],
})
export class WriteSideModule {}
