import { requireDecidedByOneOf, requireGroundingType } from '../documents/decision-ground.rules';
import { referencedDocument } from '../documents/document.state';
import { requireDate } from '../shared/calendar-date';
import { alreadyExists, decisionDocumentRequired, invalidPeriod, unknownReference } from '../shared/common.errors';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { requireText } from '../shared/input-validation';
import { requireMunicipalityCode } from '../shared/party-id';
import type { ExitParticipant, JoinParticipant, ParticipantCommand } from './participant.commands';
import type { ParticipantEvent } from './participant.events';
import { currentPeriod, notAParticipant } from './participation';
import type { ParticipantRecord } from './participation';

export type ParticipantState = ParticipantRecord | null;

const initialState: ParticipantState = null;

export const participantStreamId = (municipality: string): string => `participant-${municipality}`;

export function evolve(state: ParticipantState, event: ParticipantEvent): ParticipantState {
  switch (event.type) {
    case 'ParticipantJoined': {
      const { municipality, name, joinedOn } = event.data;
      const period = { joinedOn, exitOn: null, exitDecision: null };
      return { municipality, name, periods: [...(state?.periods ?? []), period] };
    }
    case 'ParticipantExited': {
      if (state === null) return state;
      const closed = { ...currentPeriod(state), exitOn: event.data.exitOn, exitDecision: event.data.decision };
      return { ...state, periods: [...state.periods.slice(0, -1), closed] };
    }
    default:
      return assertNever(event);
  }
}

function decide(command: ParticipantCommand, state: ParticipantState): ParticipantEvent[] {
  switch (command.type) {
    case 'JoinParticipant':
      return decideJoin(command, state);
    case 'ExitParticipant':
      return decideExit(command, state);
    default:
      return assertNever(command);
  }
}

/** A municipality may join again after it left (GR SZMH art. 20), but not while it still takes part. */
function decideJoin({ data }: JoinParticipant, state: ParticipantState): ParticipantEvent[] {
  const municipality = requireMunicipalityCode(data.municipality, 'municipality');
  const name = requireText(data.name, 'name');
  const joinedOn = requireDate(data.joinedOn, 'joinedOn');
  if (state !== null) {
    const { exitOn } = currentPeriod(state);
    if (exitOn === null) throw alreadyExists('participant', municipality);
    if (joinedOn < exitOn) {
      throw invalidPeriod(`GR SZMH art. 20: ${name} cannot join again on ${joinedOn}, before its exit on ${exitOn}.`, {
        joinedOn,
        exitOn,
      });
    }
  }
  return [{ type: 'ParticipantJoined', data: { municipality, name, joinedOn } }];
}

function decideExit({ data, context }: ExitParticipant, state: ParticipantState): ParticipantEvent[] {
  const municipality = requireMunicipalityCode(data.municipality, 'municipality');
  const exitOn = requireDate(data.exitOn, 'exitOn');
  const decisionId = requireText(data.decision, 'decision');
  if (state === null) throw unknownReference('participant', municipality);
  const period = currentPeriod(state);
  if (period.exitOn !== null) {
    throw notAParticipant(municipality, period.exitOn, 'the municipality leaving', { [municipality]: state.name });
  }
  if (exitOn <= period.joinedOn) {
    throw invalidPeriod(`GR SZMH art. 21: the exit on ${exitOn} of ${state.name} does not lie after its joining on ${period.joinedOn}.`, {
      exitOn,
      joinedOn: period.joinedOn,
    });
  }
  const decision = referencedDocument(context.decision, decisionId);
  if (decision === null) throw decisionDocumentRequired('exit', decisionId);
  // Art. 21 lid 1: the college decides, after its council consented; the consent is not the decision.
  requireGroundingType('exit', decision);
  requireDecidedByOneOf('exit', decision, [`college:${municipality}`], { [municipality]: state.name });
  return [{ type: 'ParticipantExited', data: { municipality, exitOn, decision: decisionId, decidedOn: decision.decidedOn } }];
}

export const participantDecider: Decider<ParticipantCommand, ParticipantEvent, ParticipantState> = {
  initialState,
  evolve,
  decide,
};
