import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const POWERS_TABLE = 'rm_powers';

/**
 * The power catalogue: which organ kind holds each power, one row per
 * catalogue entry as recorded; the latest known at knownAt holds. A
 * rebuildable read model.
 */
@Entity(POWERS_TABLE)
@Index(`${POWERS_TABLE}_power`, ['powerId', 'recordedFrom'])
export class PowerHolderEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly powerId!: string;

  /** An organ kind (`college`), made an organ of the municipality asked about. */
  @Column('text')
  readonly holder!: string;

  @Column('text')
  readonly recordedFrom!: string;
}
