import { Entity, PrimaryColumn } from 'typeorm';

export const DECISION_CONCERNS_TABLE = 'rm_decision_concerns';

/**
 * Whom a listed decision concerns, one row per municipality, so an auditor's
 * filter of the work list is an indexed lookup. A rebuildable read model.
 */
@Entity(DECISION_CONCERNS_TABLE)
export class DecisionConcernEntity {
  @PrimaryColumn('text')
  readonly documentId!: string;

  @PrimaryColumn('text')
  readonly municipality!: string;
}
