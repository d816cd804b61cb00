import type { JoinParticipant } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /participants: a municipality joins the arrangement. */
export class JoinParticipantCommand extends WriteCommand<JoinParticipant['data']> {}
