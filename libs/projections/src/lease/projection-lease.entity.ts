import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The projection lease on SQLite (SqliteRowLease): a row naming its holder,
 * with an expiry. PostgreSQL keeps the lease as an advisory lock and has no
 * such table. Migrated, not rebuilt.
 */
@Entity('projection_lease')
export class ProjectionLeaseEntity {
  @PrimaryColumn('text')
  readonly name!: string;

  @Column('text')
  readonly holder!: string;

  @Column('integer')
  readonly pid!: number;

  @Column('text')
  readonly host!: string;

  /** Milliseconds since the epoch. */
  @Column('integer')
  readonly expiresAt!: number;
}
