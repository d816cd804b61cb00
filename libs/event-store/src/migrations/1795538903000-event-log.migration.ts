import { dialectOf, schemaOf } from '@register/database';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { PostgresEventSchema } from '../postgres/postgres-event-schema';

/**
 * The event log as release 88125d7 created it at every start, now its first
 * migration. Every statement is `IF NOT EXISTS` (or `OR REPLACE`), so a
 * database that release made is adopted as it is: this migration then only
 * records itself. The text is frozen: a later change to the log, the position
 * sequence or the append function is a new migration, never an edit here.
 */
export class EventLog1795538903000 implements MigrationInterface {
  readonly name = 'EventLog1795538903000';

  async up(runner: QueryRunner): Promise<void> {
    if (dialectOf(runner) === 'sqlite') {
      await runner.query(SQLITE_EVENTS);
      return;
    }
    const schema = new PostgresEventSchema(schemaOf(runner));
    await runner.query(postgresEvents(schema));
    await runner.query(`CREATE SEQUENCE IF NOT EXISTS ${schema.positions} AS bigint MINVALUE 1 CACHE 1 NO CYCLE OWNED BY ${schema.events}.position`);
    await runner.query(postgresAppendFunction(schema));
  }

  async down(runner: QueryRunner): Promise<void> {
    if (dialectOf(runner) === 'sqlite') {
      await runner.query('DROP TABLE events');
      return;
    }
    const schema = new PostgresEventSchema(schemaOf(runner));
    await runner.query(`DROP FUNCTION ${schema.appendFunction}(text, bigint, text[], text[], json, json)`);
    // The sequence is owned by the table's position column and goes with it.
    await runner.query(`DROP TABLE ${schema.events}`);
  }
}

/**
 * AUTOINCREMENT keeps positions from ever being reused; the UNIQUE
 * constraints are the last line of defence behind the revision and
 * idempotency checks of an append.
 */
const SQLITE_EVENTS = `
  CREATE TABLE IF NOT EXISTS events (
    position INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    stream TEXT NOT NULL,
    stream_revision INTEGER NOT NULL,
    type TEXT NOT NULL,
    data TEXT NOT NULL,
    metadata TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (stream, stream_revision)
  )`;

/**
 * `transaction_id` is the top-level transaction id of the append, the key of
 * the global order (see the append function). Data and metadata are `json`,
 * not `jsonb`: the store never looks inside them, `json` keeps them verbatim
 * and costs no conversion on the way in or out, and it accepts every string
 * JSON can carry (jsonb refuses \u0000).
 */
function postgresEvents(schema: PostgresEventSchema): string {
  return `
    CREATE TABLE IF NOT EXISTS ${schema.events} (
      position bigint NOT NULL,
      transaction_id xid8 NOT NULL DEFAULT pg_current_xact_id(),
      stream text NOT NULL,
      stream_revision bigint NOT NULL,
      event_id text NOT NULL,
      type text NOT NULL,
      data json NOT NULL,
      metadata json NOT NULL,
      recorded_at timestamptz NOT NULL,
      CONSTRAINT events_pkey PRIMARY KEY (position),
      CONSTRAINT events_event_id_key UNIQUE (event_id),
      CONSTRAINT events_stream_revision_key UNIQUE (stream, stream_revision),
      CONSTRAINT events_stream_revision_check CHECK (stream_revision >= 0)
    )`;
}

/**
 * One round trip per append: checks the expected revision, reserves the
 * transaction id and the positions, inserts, and reports what it did.
 *
 * The global order rests on one invariant: among appends, transaction id order
 * equals position order. The id and the block of positions are taken together
 * inside a short critical section (session advisory lock, `pg_current_xact_id()`
 * which assigns the id now, the sequence, unlock); the insert and the commit,
 * with its fsync, run outside it, so concurrent appends still share group
 * commits. A reader then only takes events whose transaction id is below its
 * snapshot's xmin: every transaction below xmin has ended, so no append still
 * running can own a position below one the reader has seen, and a checkpoint
 * never passes an event that commits late.
 *
 * The function refuses to run in a transaction that already has an id (it
 * would have been taken outside the critical section, breaking the invariant).
 * Between lock and unlock nothing can fail in normal operation; only a cancel
 * or a server at its transaction id limit can, and the adapter then discards
 * the connection, which releases the session lock.
 *
 * `p_expected`: NULL for any revision, -1 for no stream, n for exactly n.
 * A failed revision check returns the actual revision and NULL positions
 * rather than raising, so the adapter can tell a retry from a conflict.
 * `recorded_at` is taken inside the critical section, so it never decreases
 * along positions (on a clock that does not step back), and cut to the
 * milliseconds the port reports.
 */
function postgresAppendFunction(schema: PostgresEventSchema): string {
  const lock = `${schema.lockNamespace}, ${schema.appendLockKey}`;
  const positions = schema.positions.replace(/'/g, "''");
  return `
    CREATE OR REPLACE FUNCTION ${schema.appendFunction}(
      p_stream text, p_expected bigint, p_event_ids text[], p_types text[], p_data json, p_metadata json
    ) RETURNS TABLE (actual_revision bigint, last_revision bigint, last_position bigint)
    LANGUAGE plpgsql AS $append$
    DECLARE
      v_actual bigint;
      v_count bigint := cardinality(p_event_ids);
      v_transaction_id xid8;
      v_first bigint;
      v_recorded_at timestamptz;
    BEGIN
      IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
        RAISE EXCEPTION 'append_events must be the first write of its transaction'
          USING ERRCODE = 'invalid_transaction_state';
      END IF;
      SELECT e.stream_revision INTO v_actual FROM ${schema.events} e
        WHERE e.stream = p_stream ORDER BY e.stream_revision DESC LIMIT 1;
      v_actual := coalesce(v_actual, -1);
      IF p_expected IS NOT NULL AND p_expected <> v_actual THEN
        RETURN QUERY SELECT v_actual, NULL::bigint, NULL::bigint;
        RETURN;
      END IF;

      PERFORM pg_advisory_lock(${lock});
      v_transaction_id := pg_current_xact_id();
      v_first := nextval('${positions}');
      IF v_count > 1 THEN
        PERFORM setval('${positions}', v_first + v_count - 1);
      END IF;
      v_recorded_at := date_trunc('milliseconds', clock_timestamp());
      PERFORM pg_advisory_unlock(${lock});

      INSERT INTO ${schema.events}
        (position, transaction_id, stream, stream_revision, event_id, type, data, metadata, recorded_at)
      SELECT v_first + e.ordinal - 1, v_transaction_id, p_stream, v_actual + e.ordinal,
             e.event_id, e.type, e.data, e.metadata, v_recorded_at
      FROM ROWS FROM (unnest(p_event_ids), unnest(p_types), json_array_elements(p_data), json_array_elements(p_metadata))
        WITH ORDINALITY AS e(event_id, type, data, metadata, ordinal);
      RETURN QUERY SELECT v_actual, v_actual + v_count, v_first + v_count - 1;
    END
    $append$`;
}
