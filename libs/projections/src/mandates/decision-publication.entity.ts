import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const DECISION_PUBLICATIONS_TABLE = 'rm_decision_publications';

/**
 * Every publication of a decision document, append-only: a publication is
 * never changed, only added. A mandate's status and an authority chain read
 * when its decision came into force here. A rebuildable read model.
 */
@Entity(DECISION_PUBLICATIONS_TABLE)
@Index(`${DECISION_PUBLICATIONS_TABLE}_document`, ['documentId', 'recordedFrom'])
export class DecisionPublicationEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  @Column('text')
  readonly publicationId!: string;

  @Column('text')
  readonly publishedOn!: string;

  @Column('text')
  readonly inForceFrom!: string;

  @Column('text')
  readonly recordedFrom!: string;
}
