import { insertRows } from '@register/projections';
import type { DataSource } from 'typeorm';
import { LessThan } from 'typeorm';
import { type AccessLogConcernRow, AccessLogConcernSchema, type AccessLogRow, AccessLogSchema } from './access-log.schema';

/** The access log's tables (access-log.schema.ts): appended in batches, pruned by age, asked by municipality and period. */
export class AccessLogStore {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends the entries and their index rows in one transaction: all of them
   * or none. Through insertRows, not TypeORM's insert: its query builder
   * took about 5% of the service's CPU under http.authority's load (a CPU
   * profile), the reads being what the service is for.
   */
  async append(entries: readonly AccessLogRow[]): Promise<void> {
    if (entries.length === 0) return;
    const concerns: AccessLogConcernRow[] = entries.flatMap((entry) =>
      entry.concerns === '' ? [] : entry.concerns.split(',').map((municipality) => ({ municipality, at: entry.at, entryId: entry.id })),
    );
    await this.dataSource.transaction(async (tx) => {
      await insertRows(tx, AccessLogSchema, entries);
      await insertRows(tx, AccessLogConcernSchema, concerns);
    });
  }

  /** Deletes the entries that arrived before `cutoff` (UTC ISO); answers how many. */
  async prune(cutoff: string): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      await tx.delete(AccessLogConcernSchema, { at: LessThan(cutoff) });
      return (await tx.delete(AccessLogSchema, { at: LessThan(cutoff) })).affected ?? 0;
    });
  }

  /** The reads that concerned `municipality` and arrived from `from` until before `until` (UTC ISO), oldest first. */
  async concerning(municipality: string, from: string, until: string): Promise<AccessLogRow[]> {
    return this.dataSource
      .getRepository(AccessLogSchema)
      .createQueryBuilder('entry')
      .innerJoin(AccessLogConcernSchema.options.name, 'concern', 'concern.entry_id = entry.id')
      .where('concern.municipality = :municipality AND concern.at >= :from AND concern.at < :until', { municipality, from, until })
      .orderBy('entry.at', 'ASC')
      .addOrderBy('entry.id', 'ASC')
      .getMany();
  }
}
