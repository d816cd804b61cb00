import { BigintColumn } from '@register/database';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const MANDATE_EDGES_TABLE = 'rm_mandate_edges';

/**
 * The delegation graph: who granted what to whom, found from the grantee up.
 * The parties, parent, powers and municipalities of a mandate are fixed at its
 * grant, so an edge never changes; what can change is read from the mandate's
 * versions. Powers and municipalities are JSON text. A rebuildable read model.
 */
@Entity(MANDATE_EDGES_TABLE)
@Index(`${MANDATE_EDGES_TABLE}_grantee`, ['grantee', 'recordedFrom'])
export class MandateEdgeEntity {
  @PrimaryColumn('text')
  readonly mandateId!: string;

  @BigintColumn()
  readonly position!: number;

  @Column({ type: 'text', nullable: true })
  readonly parentMandateId!: string | null;

  @Column('text')
  readonly grantor!: string;

  @Column('text')
  readonly grantee!: string;

  @Column('text')
  readonly powers!: string;

  @Column('text')
  readonly municipalities!: string;

  @Column('text')
  readonly recordedFrom!: string;
}
