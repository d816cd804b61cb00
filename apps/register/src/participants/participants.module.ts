import { Module } from '@nestjs/common';
import { WriteSideModule } from '../write-side/write-side.module';
import { ExitParticipantController } from './exit-participant/exit-participant.controller';
import { ExitParticipantHandler } from './exit-participant/exit-participant.handler';
import { JoinParticipantController } from './join-participant/join-participant.controller';
import { JoinParticipantHandler } from './join-participant/join-participant.handler';
import { ListParticipantsController } from './list-participants/list-participants.controller';
import { ListParticipantsHandler } from './list-participants/list-participants.handler';

/** The municipalities taking part in the arrangement: joining and leaving (GR SZMH arts. 20, 21), and the list of them. */
@Module({
  imports: [WriteSideModule],
  controllers: [JoinParticipantController, ExitParticipantController, ListParticipantsController],
  providers: [JoinParticipantHandler, ExitParticipantHandler, ListParticipantsHandler],
})
export class ParticipantsModule {}
