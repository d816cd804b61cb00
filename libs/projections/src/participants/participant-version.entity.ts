import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const PARTICIPANT_VERSIONS_TABLE = 'rm_participant_versions';

/**
 * One version of a membership of the arrangement, valid in recorded time from
 * `recordedFrom` until `recordedUntil` (open: the current version); see
 * ParticipantsProjection. Dates and instants are TEXT in their canonical forms
 * (`YYYY-MM-DD`, UTC ISO with milliseconds), which sort as they compare, so
 * both databases answer range lookups alike and return the same strings.
 * A rebuildable read model.
 */
@Entity(PARTICIPANT_VERSIONS_TABLE)
// The list at knownAt is a range lookup on recorded time; an exit finds the open row by municipality.
@Index(`${PARTICIPANT_VERSIONS_TABLE}_recorded`, ['recordedFrom', 'recordedUntil'])
@Index(`${PARTICIPANT_VERSIONS_TABLE}_municipality`, ['municipality', 'recordedUntil'])
export class ParticipantVersionEntity {
  /** The event that wrote the row: every event writes one row, and a replayed one is refused by the key. */
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly municipality!: string;

  @Column('text')
  readonly name!: string;

  @Column('text')
  readonly joinedOn!: string;

  /** First day it no longer takes part; null while it still does. */
  @Column({ type: 'text', nullable: true })
  readonly exitOn!: string | null;

  @Column('text')
  readonly recordedFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}
