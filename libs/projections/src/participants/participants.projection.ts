import { assertNever, type ParticipantEvent } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { sql } from '@register/database';
import { type EntityManager, IsNull } from 'typeorm';
import type { VersionedTable } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { ParticipantVersionEntity } from './participant-version.entity';

export { PARTICIPANT_VERSIONS_TABLE } from './participant-version.entity';

const EVENT_TYPES: readonly ParticipantEvent['type'][] = ['ParticipantJoined', 'ParticipantExited'];
/** The membership an exit closes: one not ended, in its current version. */
const MEMBERSHIPS: VersionedTable<ParticipantVersionEntity> = {
  entity: ParticipantVersionEntity,
  keyProperties: ['municipality'],
  open: {
    where: { exitOn: IsNull(), recordedUntil: IsNull() },
    sql: sql`exit_on IS NULL AND recorded_until IS NULL`,
    test: (row) => row.exitOn === null && row.recordedUntil === null,
  },
};

/**
 * The participant list as the register knew it at every instant: one row per
 * version of a membership (municipality, name, joinedOn, exitOn), valid in
 * recorded time from `recordedFrom` until `recordedUntil` (open: still the
 * current version); participant-version.entity.ts.
 *
 * ParticipantJoined inserts a new membership row. A rejoin after an exit (GR
 * SZMH art. 20) is a new membership too: the ended one keeps its row, since the
 * register still knows that the municipality took part from joinedOn until
 * exitOn, so the list shows one entry per membership period.
 * ParticipantExited closes the municipality's open membership (recordedUntil =
 * the exit's recordedAt) and inserts its next version with exitOn set; an exit
 * of a municipality that does not take part changes nothing.
 *
 * A step is a few statements, as in MandatesProjection: the open memberships
 * its exits find stored, the step folded in memory, one UPDATE, one INSERT.
 */
export class ParticipantsProjection implements Projection {
  readonly name = 'participants.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [ParticipantVersionEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const exiting = events.filter((event) => event.type === 'ParticipantExited').map((event) => (event.data as { municipality: string }).municipality);
    const batch = await VersionedRowsBatch.load(tx, MEMBERSHIPS, exiting);
    for (const event of events) fold(event, batch);
    await batch.write(tx);
  }
}

function fold(event: StoredEvent, batch: VersionedRowsBatch<ParticipantVersionEntity>): void {
  const participantEvent = { type: event.type, data: event.data } as ParticipantEvent;
  const recorded = { position: event.position, recordedFrom: event.recordedAt, recordedUntil: null };
  switch (participantEvent.type) {
    case 'ParticipantJoined': {
      const { municipality, name, joinedOn } = participantEvent.data;
      return batch.add({ ...recorded, municipality, name, joinedOn, exitOn: null });
    }
    case 'ParticipantExited': {
      const { municipality, exitOn } = participantEvent.data;
      return batch.replace([municipality], (membership) => ({ ...membership, ...recorded, exitOn }), event.recordedAt);
    }
    default:
      return assertNever(participantEvent);
  }
}
