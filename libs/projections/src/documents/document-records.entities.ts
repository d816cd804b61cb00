import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';
import { DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE } from './documents.tables';

/*
 * The append-only tables of the documents read model: a row per proposal and
 * per approval, each known from its `recordedFrom` and never
 * changed. Rebuildable read models.
 */

@Entity(DOCUMENT_AMENDMENTS_TABLE)
@Index(`${DOCUMENT_AMENDMENTS_TABLE}_document`, ['documentId', 'recordedFrom'])
export class DocumentAmendmentEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  @Column('text')
  readonly amendmentId!: string;

  @Column('text')
  readonly summary!: string;

  @Column('text')
  readonly validFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly contentSha256!: string | null;

  @Column('text')
  readonly recordedFrom!: string;
}

@Entity(DOCUMENT_APPROVALS_TABLE)
@Index(`${DOCUMENT_APPROVALS_TABLE}_document`, ['documentId', 'recordedFrom'])
export class DocumentApprovalEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  @Column('text')
  readonly amendmentId!: string;

  @Column('text')
  readonly organ!: string;

  @Column({ type: 'text', nullable: true })
  readonly decision!: string | null;

  @Column('text')
  readonly approvedOn!: string;

  @Column('text')
  readonly recordedFrom!: string;
}
