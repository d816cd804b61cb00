import { assertNever, type ParticipantEvent, type ParticipantExited, type ParticipantJoined } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import type { Projection } from '../runtime/projection';
import { dropTables, sqlDialectOf, sqlParameter, sqlParameters } from '../runtime/projection-sql';

/** The bitemporal table of the participant list; GET /participants reads it by `recorded_from`/`recorded_until`. */
export const PARTICIPANT_VERSIONS_TABLE = 'rm_participant_versions';

const TABLE = PARTICIPANT_VERSIONS_TABLE;
const EVENT_TYPES: readonly ParticipantEvent['type'][] = ['ParticipantJoined', 'ParticipantExited'];

/**
 * The participant list as the register knew it at every instant: one row per
 * version of a membership (municipality, name, joined_on, exit_on), valid in
 * recorded time from `recorded_from` until `recorded_until` (open: still the
 * current version). `position` is the event that wrote the row, so every event
 * writes exactly one row and a replayed event is refused by the primary key.
 *
 * ParticipantJoined inserts a new membership row. A rejoin after an exit (GR
 * SZMH art. 20) is a new membership too: the ended one keeps its row, since the
 * register still knows that the municipality took part from joined_on until
 * exit_on, so the list shows one entry per membership period.
 * ParticipantExited closes the municipality's open membership (recorded_until =
 * the exit's recordedAt) and inserts its next version with exit_on set.
 *
 * Dates and instants are TEXT in their canonical forms (`YYYY-MM-DD`, UTC ISO
 * with milliseconds), which sort as they compare, so both databases answer the
 * range lookup the same way and return the same strings.
 */
export class ParticipantsProjection implements Projection {
  readonly name = 'participants.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async createSchema(tx: EntityManager): Promise<void> {
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
        position BIGINT PRIMARY KEY,
        municipality TEXT NOT NULL,
        name TEXT NOT NULL,
        joined_on TEXT NOT NULL,
        exit_on TEXT NULL,
        recorded_from TEXT NOT NULL,
        recorded_until TEXT NULL
      )`,
    );
    // The list at knownAt is a range lookup on recorded time; an exit finds the open row by municipality.
    await tx.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_recorded ON ${TABLE} (recorded_from, recorded_until)`);
    await tx.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_municipality ON ${TABLE} (municipality, recorded_until)`);
  }

  async reset(tx: EntityManager): Promise<void> {
    await dropTables(tx, [TABLE]);
    await this.createSchema(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    const participantEvent = { type: event.type, data: event.data } as ParticipantEvent;
    switch (participantEvent.type) {
      case 'ParticipantJoined':
        return this.join(participantEvent.data, event, tx);
      case 'ParticipantExited':
        return this.exit(participantEvent.data, event, tx);
      default:
        return assertNever(participantEvent);
    }
  }

  /**
   * A plain loop over `apply`: each event is one or two indexed statements, and
   * an exit must see the row its join inserted earlier in the same step, which
   * a multi-row INSERT of the whole step could not give it.
   */
  async applyBatch(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    for (const event of events) await this.apply(event, tx);
  }

  private async join(data: ParticipantJoined['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    const values = sqlParameters(sqlDialectOf(tx), 5);
    await tx.query(
      `INSERT INTO ${TABLE} (position, municipality, name, joined_on, recorded_from, exit_on, recorded_until)
       VALUES (${values}, NULL, NULL)`,
      [event.position, data.municipality, data.name, data.joinedOn, event.recordedAt],
    );
  }

  /**
   * Inserts the next version first: its exit_on is set, so the UPDATE that then
   * closes the open version cannot touch it. The casts give PostgreSQL the
   * types of parameters that only appear in a SELECT list.
   */
  private async exit(data: ParticipantExited['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    const p = (index: number) => sqlParameter(sqlDialectOf(tx), index);
    await tx.query(
      `INSERT INTO ${TABLE} (position, municipality, name, joined_on, exit_on, recorded_from, recorded_until)
       SELECT CAST(${p(1)} AS BIGINT), municipality, name, joined_on, CAST(${p(2)} AS TEXT), CAST(${p(3)} AS TEXT), NULL
       FROM ${TABLE} WHERE municipality = ${p(4)} AND exit_on IS NULL AND recorded_until IS NULL`,
      [event.position, data.exitOn, event.recordedAt, data.municipality],
    );
    await tx.query(
      `UPDATE ${TABLE} SET recorded_until = ${p(1)}
       WHERE municipality = ${p(2)} AND exit_on IS NULL AND recorded_until IS NULL`,
      [event.recordedAt, data.municipality],
    );
  }
}
