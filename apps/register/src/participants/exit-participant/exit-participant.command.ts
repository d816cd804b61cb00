import type { ExitParticipant } from '@register/domain';
import { WriteCommand } from '../../write-side/write-command';

/** POST /participants/{municipality}/exit. */
export class ExitParticipantCommand extends WriteCommand<ExitParticipant['data']> {}
