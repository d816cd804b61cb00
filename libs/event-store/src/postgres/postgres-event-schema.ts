import { createHash } from 'node:crypto';
import { quoteIdentifier } from '@register/database';

/**
 * Advisory locks taken with two int4 keys live in a key space of their own,
 * apart from the single-bigint lock of the projection lease and the
 * migrations' two-int4 keys; the first key says "register event store", the
 * second names the schema.
 */
const LOCK_NAMESPACE = 0x45564e54; // 'EVNT'

/**
 * The names of one store's objects in its schema, quoted for SQL. The
 * objects themselves are made by the event log's migrations
 * (migrations/*-event-log.migration.ts).
 */
export class PostgresEventSchema {
  readonly events: string;
  readonly positions: string;
  readonly appendFunction: string;
  /** Second advisory lock key: appends to this schema's log. */
  readonly appendLockKey: number;
  /** Prefix of prepared statement names, unique per schema on a shared pool. */
  readonly statementPrefix: string;

  constructor(readonly name: string) {
    const schema = quoteIdentifier(name);
    this.events = `${schema}.events`;
    this.positions = `${schema}.event_positions`;
    this.appendFunction = `${schema}.append_events`;
    const digest = createHash('sha256').update(name).digest();
    this.appendLockKey = digest.readInt32BE(0);
    this.statementPrefix = `register_events_${digest.subarray(8, 14).toString('hex')}`;
  }

  get quotedName(): string {
    return quoteIdentifier(this.name);
  }

  get lockNamespace(): number {
    return LOCK_NAMESPACE;
  }
}

export { quoteIdentifier };
