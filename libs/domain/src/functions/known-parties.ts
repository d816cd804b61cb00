import type { ParticipantRecord } from '../participants/participation';
import { unknownReference } from '../shared/common.errors';
import type { Party } from '../shared/party-id';
import type { FunctionRecord } from './function.decider';

/**
 * A party is known to the register when its municipality ever joined (an
 * organ) or when it was registered as a position (a function). Being known is
 * not participating on a date; that rule is NOT_A_PARTICIPANT.
 */
export function requireKnownParty(
  party: Party,
  participants: readonly ParticipantRecord[],
  functions: readonly FunctionRecord[],
): void {
  if (party.type === 'function') {
    if (!functions.some((f) => f.functionId === party.id)) throw unknownReference('function', party.id);
    return;
  }
  if (!participants.some((p) => p.municipality === party.municipality)) throw unknownReference('organ', party.id);
}
