import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const POWERS_TABLE = 'rm_powers';

/**
 * The power catalogue as the authority question needs it: which organ kind
 * holds each power, whether it may be mandated (Awb 10:3, with the
 * catalogue's reason why not) and the nature of the act, which decides the
 * signature line (Awb 10:12). One row per catalogue entry as recorded; the
 * latest known at knownAt holds. A rebuildable read model.
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

  /** 1 or 0. */
  @Column('integer')
  readonly mandatable!: number;

  @Column({ type: 'text', nullable: true })
  readonly nonMandatableReason!: string | null;

  /** `public-law-decision`, `private-law` or `other` (act-kind.ts). */
  @Column('text')
  readonly actKind!: string;

  @Column('text')
  readonly recordedFrom!: string;
}
