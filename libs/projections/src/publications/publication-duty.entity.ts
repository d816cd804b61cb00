import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const PUBLICATION_DUTIES_TABLE = 'rm_publication_duties';

/**
 * What must be published, by whom, and whether it is in force by a
 * publication yet: one row per version in recorded time of every registered
 * document (`amendmentId` the empty string) and of every adopted amendment of
 * the arrangement, which enters into force only by the central college's
 * publication (GR SZMH art. 27). The key is (documentId, amendmentId); the
 * empty string rather than null, so that a correction can close a version by
 * its key. `inForce` is 0 or 1: 1 while an open publication of it brings it
 * into force. The work list (GET /publications/pending) is the open rows of
 * the decision types it lists that are not in force. Lists are JSON text. A
 * rebuildable read model of PublicationsProjection.
 */
@Entity(PUBLICATION_DUTIES_TABLE)
// The work list at knownAt is a range lookup on recorded time; a publication finds the open row by its document.
@Index(`${PUBLICATION_DUTIES_TABLE}_recorded`, ['recordedFrom', 'recordedUntil'])
@Index(`${PUBLICATION_DUTIES_TABLE}_document`, ['documentId', 'recordedUntil'])
export class PublicationDutyEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  /** The empty string for the document itself. */
  @Column('text')
  readonly amendmentId!: string;

  @Column('text')
  readonly type!: string;

  @Column('text')
  readonly title!: string;

  /** The document's decidedOn; an amendment's adoption date. */
  @Column('text')
  readonly decidedOn!: string;

  @Column('text')
  readonly concerns!: string;

  /** The organ that must publish it (requiredPublisherOf). */
  @Column('text')
  readonly publisher!: string;

  @Column('integer')
  readonly inForce!: number;

  @Column('text')
  readonly recordedFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}
