import { BIGINT_AS_NUMBER, BigintColumn } from '@register/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export const LOG_TREE_NODES_TABLE = 'rm_log_tree_nodes';
export const LOG_LEAVES_TABLE = 'rm_log_leaves';
export const LOG_EVENT_CONCERNS_TABLE = 'rm_log_event_concerns';
export const LOG_CHECKPOINTS_TABLE = 'log_checkpoints';

/**
 * The hash of one complete subtree of the RFC 9162 tree over the global log:
 * the node at (level, index) covers leaves [index * 2^level, (index + 1) *
 * 2^level), level 0 being the leaf hashes (libs/verifiable-log README,
 * "Storage layout"). Keyed by its post-order number (postOrderIndex), the
 * order appending creates nodes in: a step writes at the end of one index,
 * and a proof's lower siblings lie beside its leaf. A node never changes once
 * written. Hashes are standard base64, as the proofs of the API show them, so
 * an auditor reading the table sees the same text. Rebuildable: every row
 * follows from the log.
 */
@Entity(LOG_TREE_NODES_TABLE)
export class LogTreeNodeEntity {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  readonly postOrder!: number;

  @Column('integer')
  readonly level!: number;

  @BigintColumn()
  readonly nodeIndex!: number;

  @Column('text')
  readonly hash!: string;
}

/**
 * Which event each leaf is: leaf indices count the log from 0 without gaps,
 * positions may have gaps (api.md, "Audit"). Both grow together, so the rows
 * are keyed by position alone (a proof asks by position) and read in leaf
 * order by position: a step writes one index, not two. Rebuildable.
 */
@Entity(LOG_LEAVES_TABLE)
export class LogLeafEntity {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  readonly position!: number;

  @BigintColumn()
  readonly leafIndex!: number;

  /** The event's recordedAt (UTC ISO text, which sorts as it compares). */
  @Column('text')
  readonly recordedAt!: string;

  /** Its metadata.municipalities, comma-separated: whom a proof of it may be shown to. */
  @Column('text')
  readonly municipalities!: string;
}

/**
 * One row per event and municipality of its `metadata.municipalities`: what
 * the audit bundle and the scoped inclusion proofs look events up by, keyed
 * as the bundle asks (a municipality's events by recorded time), with the
 * event's position beside its leaf, so the bundle needs no second table.
 * Rebuildable.
 */
@Entity(LOG_EVENT_CONCERNS_TABLE)
export class LogEventConcernEntity {
  @PrimaryColumn('text')
  readonly municipality!: string;

  @PrimaryColumn('text')
  readonly recordedAt!: string;

  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  readonly leafIndex!: number;

  @BigintColumn()
  readonly position!: number;
}

/**
 * Every checkpoint the register signed: the tree size, its root (base64), the
 * signed note as served and when it was signed. MIGRATED, never rebuilt or
 * emptied: it is the register's record of what it attested, which a rebuild
 * of the tree must agree with (LogTreeProjection refuses a tree that does not).
 */
@Entity(LOG_CHECKPOINTS_TABLE)
export class LogCheckpointEntity {
  @PrimaryColumn({ type: 'bigint', transformer: BIGINT_AS_NUMBER })
  readonly treeSize!: number;

  @Column('text')
  readonly rootHash!: string;

  @Column('text')
  readonly note!: string;

  @Column('text')
  readonly signedAt!: string;
}
