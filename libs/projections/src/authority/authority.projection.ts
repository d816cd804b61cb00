import { assertNever, type MandateGranted, type PowerCatalogued } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { dropTables, sqlDialectOf, sqlParameters } from '../runtime/projection-sql';

/** The power catalogue: which organ kind holds each power, per catalogue entry as recorded. */
export const POWERS_TABLE = 'rm_powers';
/** The delegation graph: who granted what to whom, found from the grantee up. */
export const MANDATE_EDGES_TABLE = 'rm_mandate_edges';

const EVENT_TYPES: readonly (PowerCatalogued | MandateGranted)['type'][] = ['PowerCatalogued', 'MandateGranted'];
const POWER_COLUMNS = ['position', 'power_id', 'holder', 'recorded_from'];
const EDGE_COLUMNS = ['mandate_id', 'position', 'parent_mandate_id', 'grantor', 'grantee', 'powers', 'municipalities', 'recorded_from'];
type AuthorityEvent = PowerCatalogued | MandateGranted;

/**
 * What `GET /authority` needs besides the mandates read model: the holder of
 * each power, and the mandates indexed by grantee so that candidate chains are
 * found by walking from the actor upward instead of scanning every mandate.
 *
 * Both tables are append-only. The parties, parent, powers and municipalities
 * of a mandate are fixed at its grant (a correction changes only dates,
 * ceiling, instructions or decision), so an edge never changes; what can
 * change is read from `rm_mandate_versions` as known at knownAt. A power
 * catalogued again keeps every row: the latest known at knownAt holds.
 */
export class AuthorityProjection implements Projection {
  readonly name = 'authority.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async createSchema(tx: EntityManager): Promise<void> {
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${POWERS_TABLE} (
        position BIGINT PRIMARY KEY,
        power_id TEXT NOT NULL,
        holder TEXT NOT NULL,
        recorded_from TEXT NOT NULL
      )`,
    );
    await tx.query(`CREATE INDEX IF NOT EXISTS ${POWERS_TABLE}_power ON ${POWERS_TABLE} (power_id, recorded_from)`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${MANDATE_EDGES_TABLE} (
        mandate_id TEXT PRIMARY KEY,
        position BIGINT NOT NULL,
        parent_mandate_id TEXT NULL,
        grantor TEXT NOT NULL,
        grantee TEXT NOT NULL,
        powers TEXT NOT NULL,
        municipalities TEXT NOT NULL,
        recorded_from TEXT NOT NULL
      )`,
    );
    await tx.query(`CREATE INDEX IF NOT EXISTS ${MANDATE_EDGES_TABLE}_grantee ON ${MANDATE_EDGES_TABLE} (grantee, recorded_from)`);
  }

  async reset(tx: EntityManager): Promise<void> {
    await dropTables(tx, [POWERS_TABLE, MANDATE_EDGES_TABLE]);
    await this.createSchema(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    const { table, columns, values } = rowOf(event);
    await tx.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${sqlParameters(sqlDialectOf(tx), columns.length)})`, values);
  }

  /** Both tables are append-only, so a step is one multi-row INSERT into each. */
  async applyBatch(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const rows = events.map(rowOf);
    const into = (table: string) => rows.filter((row) => row.table === table).map((row) => row.values);
    await insertRows(tx, POWERS_TABLE, POWER_COLUMNS, into(POWERS_TABLE));
    await insertRows(tx, MANDATE_EDGES_TABLE, EDGE_COLUMNS, into(MANDATE_EDGES_TABLE));
  }
}

/** The one row an event adds, to the table it belongs in. */
function rowOf(event: StoredEvent): { table: string; columns: readonly string[]; values: unknown[] } {
  const typed = { type: event.type, data: event.data } as AuthorityEvent;
  switch (typed.type) {
    case 'PowerCatalogued': {
      const { powerId, holder } = typed.data;
      return { table: POWERS_TABLE, columns: POWER_COLUMNS, values: [event.position, powerId, holder, event.recordedAt] };
    }
    case 'MandateGranted': {
      const { mandateId, parentMandateId, grantor, grantee, powers, municipalities } = typed.data;
      const values = [mandateId, event.position, parentMandateId, grantor, grantee, JSON.stringify(powers), JSON.stringify(municipalities), event.recordedAt];
      return { table: MANDATE_EDGES_TABLE, columns: EDGE_COLUMNS, values };
    }
    default:
      return assertNever(typed);
  }
}
