import type { DataSource } from 'typeorm';
import { sqlDialectOf, sqlParameter } from '../runtime/projection-sql';
import { readRows } from '../runtime/read-rows';
import { PARTICIPANT_VERSIONS_TABLE } from './participants.projection';

/** One membership of the arrangement as the register knew it. */
export interface ParticipantListEntry {
  readonly municipality: string;
  readonly name: string;
  readonly joinedOn: string;
  /** First day it no longer takes part; null while it still does. */
  readonly exitOn: string | null;
}

interface ParticipantVersionRow {
  readonly municipality: string;
  readonly name: string;
  readonly joined_on: string;
  readonly exit_on: string | null;
}

/**
 * The participant list as known at `knownAt`: the versions recorded by then
 * and not yet replaced, an indexed range lookup on recorded time. Instants are
 * stored in their canonical UTC form, so comparing them as text compares them
 * as instants.
 */
export async function participantsKnownAt(dataSource: DataSource, knownAt: string): Promise<ParticipantListEntry[]> {
  const p = (index: number) => sqlParameter(sqlDialectOf(dataSource), index);
  const rows: ParticipantVersionRow[] = await readRows(
    dataSource,
    `SELECT municipality, name, joined_on, exit_on FROM ${PARTICIPANT_VERSIONS_TABLE}
     WHERE recorded_from <= ${p(1)} AND (recorded_until IS NULL OR recorded_until > ${p(2)})
     ORDER BY municipality, joined_on`,
    [knownAt, knownAt],
  );
  return rows.map((row) => ({ municipality: row.municipality, name: row.name, joinedOn: row.joined_on, exitOn: row.exit_on }));
}
