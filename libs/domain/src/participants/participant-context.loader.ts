import type { RegisterLookup } from '../register-lookup';
import type { ExitParticipant } from './participant.commands';

/** For POST /participants/{municipality}/exit: the exit decision document. */
export async function loadExitParticipantContext(
  lookup: RegisterLookup,
  data: ExitParticipant['data'],
): Promise<ExitParticipant['context']> {
  return { decision: typeof data.decision === 'string' ? await lookup.document(data.decision) : null };
}
