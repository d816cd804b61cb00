import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index } from 'typeorm';

export const MANDATE_VERSIONS_TABLE = 'rm_mandate_versions';

/**
 * One version of a mandate's recorded facts, valid in recorded time from
 * `recordedFrom` until `recordedUntil` (open: the current version); see
 * MandatesProjection. Lists and objects are JSON text, dates `YYYY-MM-DD` and
 * instants canonical UTC ISO text, so both databases store and return the
 * same strings. A rebuildable read model.
 */
@Entity(MANDATE_VERSIONS_TABLE)
// A mandate at knownAt, and the open version a change closes, are both found by id and recorded time.
@Index(`${MANDATE_VERSIONS_TABLE}_mandate`, ['mandateId', 'recordedUntil', 'recordedFrom'])
// The write side asks which mandates were granted under a parent it corrects (childMandateIds).
@Index(`${MANDATE_VERSIONS_TABLE}_parent`, ['parentMandateId', 'mandateId', 'position'])
export class MandateVersionEntity {
  /** The event that wrote the version: a replayed event is refused by the key. */
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly mandateId!: string;

  /** Fixed at grant: the query walks up a line of parents by id. */
  @Column({ type: 'text', nullable: true })
  readonly parentMandateId!: string | null;

  @Column('text')
  readonly kind!: string;

  @Column('text')
  readonly scope!: string;

  @Column('text')
  readonly grantor!: string;

  @Column('text')
  readonly grantee!: string;

  @Column('text')
  readonly powers!: string;

  @Column('text')
  readonly municipalities!: string;

  @Column('text')
  readonly subMandateAllowed!: string;

  @Column({ type: 'double precision', nullable: true })
  readonly ceiling!: number | null;

  @Column('text')
  readonly instructions!: string;

  @Column('text')
  readonly consentBasis!: string;

  @Column('text')
  readonly decision!: string;

  @Column('text')
  readonly decidedOn!: string;

  @Column('text')
  readonly validFrom!: string;

  /** As granted or corrected; a revocation is kept apart in revokedFrom. */
  @Column({ type: 'text', nullable: true })
  readonly validUntil!: string | null;

  /** The revocation's validUntil: the first day the mandate no longer applies by revocation. */
  @Column({ type: 'text', nullable: true })
  readonly revokedFrom!: string | null;

  @Column({ type: 'text', nullable: true })
  readonly revocationDecision!: string | null;

  @Column('text')
  readonly recordedFrom!: string;

  @Column({ type: 'text', nullable: true })
  readonly recordedUntil!: string | null;
}
