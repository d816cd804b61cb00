import { PositionPrimaryColumn } from '@register/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/*
 * The lists read model (ListsProjection): what GET /powers, /functions,
 * /documents and /mandates page through. Powers, functions and documents are
 * registered once and never changed (a second registration is ALREADY_EXISTS),
 * and what a mandate is filtered by (its parties, parent, powers and
 * municipalities) is fixed at its grant, so every table is append-only and a
 * row is known from its `recordedFrom`. Item ids sort by code unit on both
 * databases (the migration gives PostgreSQL's id columns the "C" collation),
 * which is the order every list pages in. Rebuildable read models.
 */

export const LIST_TERMS_TABLE = 'rm_list_terms';
export const LISTED_POWERS_TABLE = 'rm_listed_powers';
export const LISTED_FUNCTIONS_TABLE = 'rm_listed_functions';
export const LISTED_DOCUMENTS_TABLE = 'rm_listed_documents';

/**
 * One thing an item can be found by, `<filter>:<value>` (`grantor:college:GM0938`,
 * `concerns:GM0981`), and `all` for every item: a page of a list is one range of
 * the key (list, term, item id) from the cursor on, whichever filter drives it.
 */
@Entity(LIST_TERMS_TABLE)
export class ListTermEntity {
  /** `power`, `function`, `document` or `mandate`. */
  @PrimaryColumn('text')
  readonly list!: string;

  @PrimaryColumn('text')
  readonly term!: string;

  @PrimaryColumn('text')
  readonly itemId!: string;

  @Column('text')
  readonly recordedFrom!: string;
}

@Entity(LISTED_POWERS_TABLE)
@Index(`${LISTED_POWERS_TABLE}_power`, ['powerId'])
export class ListedPowerEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly powerId!: string;

  @Column('text')
  readonly label!: string;

  @Column('text')
  readonly legalBasis!: string;

  @Column('text')
  readonly holder!: string;

  /** 1 or 0: both databases return an integer alike. */
  @Column('integer')
  readonly mandatable!: number;

  @Column({ type: 'text', nullable: true })
  readonly nonMandatableReason!: string | null;

  /** 1 or 0. */
  @Column('integer')
  readonly privateLaw!: number;

  /** Id, label and legal basis in lower case, one per line: what `q` is looked for in. */
  @Column('text')
  readonly searchText!: string;

  @Column('text')
  readonly recordedFrom!: string;
}

@Entity(LISTED_FUNCTIONS_TABLE)
@Index(`${LISTED_FUNCTIONS_TABLE}_function`, ['functionId'])
export class ListedFunctionEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly functionId!: string;

  @Column('text')
  readonly name!: string;

  @Column('text')
  readonly municipality!: string;

  /** JSON list. */
  @Column('text')
  readonly externalTitles!: string;

  /** Id, name and external titles in lower case, one per line. */
  @Column('text')
  readonly searchText!: string;

  @Column('text')
  readonly recordedFrom!: string;
}

@Entity(LISTED_DOCUMENTS_TABLE)
@Index(`${LISTED_DOCUMENTS_TABLE}_document`, ['documentId'])
export class ListedDocumentEntity {
  @PositionPrimaryColumn()
  readonly position!: number;

  @Column('text')
  readonly documentId!: string;

  @Column('text')
  readonly type!: string;

  @Column('text')
  readonly title!: string;

  @Column('text')
  readonly decidedOn!: string;

  /** JSON list. */
  @Column('text')
  readonly decidedBy!: string;

  /** JSON list. */
  @Column('text')
  readonly concerns!: string;

  /** Id and title in lower case, one per line. */
  @Column('text')
  readonly searchText!: string;

  @Column('text')
  readonly recordedFrom!: string;
}
