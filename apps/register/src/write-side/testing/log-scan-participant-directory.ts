import type { ParticipantJoined } from '@register/domain';
import type { EventStore } from '@register/event-store';
import type { ParticipantDirectory } from '../participant-directory';

/** For unit harnesses without read models: the municipalities of every ParticipantJoined in the log. */
export class LogScanParticipantDirectory implements ParticipantDirectory {
  constructor(private readonly store: EventStore) {}

  async municipalitiesEverJoined(): Promise<readonly string[]> {
    const events = await this.store.readAll({ fromPosition: 0 });
    const joined = events.filter((event) => event.type === 'ParticipantJoined');
    return [...new Set(joined.map((event) => (event.data as ParticipantJoined['data']).municipality))];
  }
}
