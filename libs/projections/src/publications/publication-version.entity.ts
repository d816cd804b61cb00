import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const PUBLICATION_VERSIONS_TABLE = 'rm_publication_versions';

/**
 * One publication of a document, or of an adopted amendment of the
 * arrangement (`amendmentId`), as the register knew it during one recorded
 * period (`recordedFrom`/`recordedUntil`, open: current). A correction closes
 * the version it corrects and opens the corrected one, so an earlier knownAt
 * still sees the publication as it was first recorded (domain.md). Whether it
 * brings its decision into force (gemeenteblad of the organ that must publish,
 * Awb 3:42 lid 1) is decided when it is folded: `bringsIntoForce` is 0 or 1.
 * A rebuildable read model of PublicationsProjection.
 */
@Entity(PUBLICATION_VERSIONS_TABLE)
// A document's publications at knownAt, and the open version a correction closes, are found by document and recorded time.
@Index(`${PUBLICATION_VERSIONS_TABLE}_document`, ['documentId', 'recordedFrom'])
export class PublicationVersionEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  /** Null for a publication of the document itself. */
  @Column({ type: 'text', nullable: true })
  readonly amendmentId!: string | null;

  @Column('text')
  readonly publicationId!: string;

  @Column('text')
  readonly medium!: string;

  @Column('text')
  readonly publishedOn!: string;

  @Column('text')
  readonly inForceFrom!: string;

  /** The organ in whose sheet it appeared. */
  @Column('text')
  readonly publisher!: string;

  /** The organ that must publish the decision. */
  @Column('text')
  readonly requiredPublisher!: string;

  @Column('integer')
  readonly bringsIntoForce!: number;

  @Column('text')
  readonly recordedFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}
