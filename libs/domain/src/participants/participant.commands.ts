import type { DocumentRecord } from '../documents/document.state';

/** POST /participants. Stream: participantStreamId(municipality). */
export interface JoinParticipant {
  readonly type: 'JoinParticipant';
  readonly data: { readonly municipality: string; readonly name: string; readonly joinedOn: string };
}

/**
 * POST /participants/{municipality}/exit. The handler loads the exit decision
 * document's state (null when it is not registered).
 */
export interface ExitParticipant {
  readonly type: 'ExitParticipant';
  readonly data: { readonly municipality: string; readonly exitOn: string; readonly decision: string };
  readonly context: { readonly decision: DocumentRecord | null };
}

export type ParticipantCommand = JoinParticipant | ExitParticipant;
