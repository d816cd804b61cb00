import { Module } from '@nestjs/common';
import { ListMandatesController } from './list-mandates/list-mandates.controller';
import { ListMandatesHandler } from './list-mandates/list-mandates.handler';
import { WriteSideModule } from '../write-side/write-side.module';
import { CorrectMandateController } from './correct-mandate/correct-mandate.controller';
import { CorrectMandateHandler } from './correct-mandate/correct-mandate.handler';
import { GetMandateController } from './get-mandate/get-mandate.controller';
import { GetMandateHandler } from './get-mandate/get-mandate.handler';
import { GrantMandateController } from './grant-mandate/grant-mandate.controller';
import { GrantMandateHandler } from './grant-mandate/grant-mandate.handler';
import { GrantSubMandateController } from './grant-sub-mandate/grant-sub-mandate.controller';
import { GrantSubMandateHandler } from './grant-sub-mandate/grant-sub-mandate.handler';
import { GetMandateHistoryHandler } from './mandate-history/get-mandate-history.handler';
import { MandateHistoryController } from './mandate-history/mandate-history.controller';
import { RevokeMandateController } from './revoke-mandate/revoke-mandate.controller';
import { RevokeMandateHandler } from './revoke-mandate/revoke-mandate.handler';

/** Mandates and sub-mandates: grant, revoke, correct, the mandate with its status, and its history. */
@Module({
  imports: [WriteSideModule],
  controllers: [ListMandatesController, GrantMandateController, GrantSubMandateController, RevokeMandateController, CorrectMandateController, MandateHistoryController, GetMandateController],
  providers: [ListMandatesHandler, GrantMandateHandler, GrantSubMandateHandler, RevokeMandateHandler, CorrectMandateHandler, GetMandateHistoryHandler, GetMandateHandler],
})
export class MandatesModule {}
