import { BigintColumn } from '@register/database';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How far along the global log each projection has folded its read model.
 * Its rows move only inside the projector's transactions, with the rows the
 * projections wrote for the same events (ProjectionCheckpoints). Migrated,
 * not rebuilt: a rebuild puts the positions back to 0, it keeps the table.
 */
@Entity('projection_checkpoints')
export class ProjectionCheckpointEntity {
  /** The projection's `name`: a new name starts from position 0. */
  @PrimaryColumn('text')
  readonly name!: string;

  @BigintColumn()
  readonly position!: number;

  /** When the position last moved, as ISO text. */
  @Column('text')
  readonly updatedAt!: string;
}
