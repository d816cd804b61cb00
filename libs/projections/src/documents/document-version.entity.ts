import { BIGINT_AS_NUMBER } from '@register/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DOCUMENT_VERSIONS_TABLE } from './documents.tables';

/**
 * One version of a document's text in one recorded period
 * (`recordedFrom`/`recordedUntil`, open: current); see DocumentsProjection.
 * An adoption writes two rows with one position (the amended version cut
 * short, and the new version), hence the key (position, version). Lists are
 * JSON text. A rebuildable read model.
 */
@Entity(DOCUMENT_VERSIONS_TABLE)
@Index(`${DOCUMENT_VERSIONS_TABLE}_document`, ['documentId', 'recordedFrom'])
export class DocumentVersionEntity {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  readonly position!: number;

  @PrimaryColumn('integer')
  readonly version!: number;

  @Column('text')
  readonly documentId!: string;

  @Column({ type: 'text', nullable: true })
  readonly amendmentId!: string | null;

  @Column('text')
  readonly type!: string;

  @Column('text')
  readonly title!: string;

  @Column('text')
  readonly decidedOn!: string;

  @Column('text')
  readonly decidedBy!: string;

  @Column('text')
  readonly concerns!: string;

  @Column('text')
  readonly parties!: string;

  @Column({ type: 'text', nullable: true })
  readonly contentSha256!: string | null;

  @Column('text')
  readonly validFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly validUntil!: string | null;

  /** Null for the original text, whose entry into force follows from its publications. */
  @Column({ type: 'text', nullable: true })
  readonly inForceFrom!: string | null;

  @Column('text')
  readonly recordedFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}
