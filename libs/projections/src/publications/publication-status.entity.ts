import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const DECISION_PUBLICATION_STATUS_TABLE = 'rm_decision_publication_status';

/**
 * One version of a decision on the publication work list, valid in recorded
 * time from `recordedFrom` until `recordedUntil` (open: current); see
 * PendingPublicationsProjection. A rebuildable read model.
 */
@Entity(DECISION_PUBLICATION_STATUS_TABLE)
// The list at knownAt is a range lookup on recorded time; a publication finds the open row by document.
@Index(`${DECISION_PUBLICATION_STATUS_TABLE}_recorded`, ['recordedFrom', 'recordedUntil'])
@Index(`${DECISION_PUBLICATION_STATUS_TABLE}_document`, ['documentId', 'recordedUntil'])
export class PublicationStatusEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  @Column('text')
  readonly type!: string;

  @Column('text')
  readonly decidedOn!: string;

  /** The organ that must publish it. */
  @Column('text')
  readonly publisher!: string;

  /** 0 or 1, which both databases store and compare alike. */
  @Column('integer')
  readonly published!: number;

  @Column('text')
  readonly recordedFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}
