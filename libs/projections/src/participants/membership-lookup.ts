import { inList, selectColumns, sql, sqlText } from '@register/database';
import type { SqlReader } from '../runtime/read-snapshot';
import { PARTICIPANT_VERSIONS_TABLE, type ParticipantVersionEntity } from './participant-version.entity';

/** One membership period of a municipality, as known at knownAt. */
export type Membership = Pick<ParticipantVersionEntity, 'municipality' | 'name' | 'joinedOn' | 'exitOn'>;

const COLUMNS = selectColumns<ParticipantVersionEntity>(['municipality', 'name', 'joinedOn', 'exitOn']);

/**
 * The membership periods known at knownAt of each of `municipalities` the
 * register knew then, each municipality's in the order they were recorded (its
 * latest joining last), by an indexed range lookup on recorded time. Shared by
 * the authority question and a mandate's status, written by hand as their
 * other lookups are (mandate-lookups.ts).
 */
export async function membershipsKnownAtIn(reader: SqlReader, municipalities: readonly string[], knownAt: string): Promise<Map<string, Membership[]>> {
  const rows = await reader.rows<Membership>(
    sql`SELECT ${COLUMNS} FROM ${sqlText(PARTICIPANT_VERSIONS_TABLE)}
        WHERE recorded_from <= ${knownAt} AND (recorded_until IS NULL OR recorded_until > ${knownAt})
          AND municipality IN (${inList([...new Set(municipalities)])})
        ORDER BY position`,
  );
  const periods = new Map<string, Membership[]>();
  for (const row of rows) periods.set(row.municipality, [...(periods.get(row.municipality) ?? []), row]);
  return periods;
}

/** Whether one of `periods` covers validOn; exitOn is the first day not taking part (GR SZMH art. 21). */
export function participatesOn(periods: readonly Membership[], validOn: string): boolean {
  return periods.some((period) => period.joinedOn <= validOn && (period.exitOn === null || validOn < period.exitOn));
}
