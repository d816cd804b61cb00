import { participantDecider, type ParticipantEvent, type ParticipantState } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { ParticipantListEntry } from '../participant-list.query';

const PARTICIPANT_TYPES = new Set<string>(['ParticipantJoined', 'ParticipantExited']);

/**
 * The test oracle (architecture.md "Read side"): the list at `knownAt` by
 * replaying the log up to that instant through the domain's own `evolve`,
 * one entry per membership period, in the order GET /participants answers.
 */
export function participantListByReplay(log: readonly StoredEvent[], knownAt: string): ParticipantListEntry[] {
  const states = new Map<string, ParticipantState>();
  for (const stored of log) {
    if (stored.recordedAt > knownAt || !PARTICIPANT_TYPES.has(stored.type)) continue;
    const event = { type: stored.type, data: stored.data } as ParticipantEvent;
    states.set(stored.stream, participantDecider.evolve(states.get(stored.stream) ?? participantDecider.initialState, event));
  }
  return [...states.values()]
    .flatMap((state) => (state === null ? [] : state.periods.map((period) => ({ ...period, state }))))
    .map(({ state, joinedOn, exitOn }) => ({ municipality: state.municipality, name: state.name, joinedOn, exitOn }))
    .sort((a, b) => compare(a.municipality, b.municipality) || compare(a.joinedOn, b.joinedOn));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
