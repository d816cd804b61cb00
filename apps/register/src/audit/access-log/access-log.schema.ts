import { EntitySchema } from 'typeorm';

/**
 * One authenticated read of the API or the pages (BIO 12.4: logging of
 * access), in the register's own database. Append-only: the service only
 * inserts, and deletes only what the retention has expired (a trigger
 * refuses every UPDATE). Field names follow api.md's access log
 * (`at`, `traceId`) and the Logboek Dataverwerkingen draft (operation name,
 * start and end, status).
 */
export interface AccessLogRow {
  id: string;
  /** When the request arrived (the read's start), UTC ISO. */
  at: string;
  endedAt: string;
  subject: string;
  /** The roles of api.md the subject held, comma-separated. */
  roles: string;
  /** Method and route pattern, e.g. `GET /api/v1/mandates/:id`. */
  operation: string;
  /** The path asked, without the query. */
  route: string;
  /** The query parameters as JSON, credentials redacted. */
  query: string;
  status: number;
  /** Items answered, when the answer is a list or a record; null when it is not counted (a page, a file). */
  items: number | null;
  traceId: string;
  /** The municipalities the read concerned, comma-separated (access-log/concerned-municipalities.ts). */
  concerns: string;
}

/** The index of the access log by municipality: what an auditor's question looks entries up by. */
export interface AccessLogConcernRow {
  municipality: string;
  at: string;
  entryId: string;
}

export const AccessLogSchema = new EntitySchema<AccessLogRow>({
  name: 'AccessLogEntry',
  tableName: 'access_log',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    at: { type: 'varchar', length: 32 },
    endedAt: { type: 'varchar', length: 32, name: 'ended_at' },
    subject: { type: 'text' },
    roles: { type: 'text' },
    operation: { type: 'text' },
    route: { type: 'text' },
    query: { type: 'text' },
    status: { type: 'integer' },
    items: { type: 'integer', nullable: true },
    traceId: { type: 'varchar', length: 128, name: 'trace_id' },
    concerns: { type: 'text' },
  },
  indices: [{ name: 'access_log_at', columns: ['at'] }],
});

export const AccessLogConcernSchema = new EntitySchema<AccessLogConcernRow>({
  name: 'AccessLogConcern',
  tableName: 'access_log_concerns',
  columns: {
    municipality: { type: 'varchar', length: 6, primary: true },
    at: { type: 'varchar', length: 32, primary: true },
    entryId: { type: 'varchar', length: 36, primary: true, name: 'entry_id' },
  },
  indices: [{ name: 'access_log_concerns_at', columns: ['at'] }],
});

export const ACCESS_LOG_ENTITIES = [AccessLogSchema, AccessLogConcernSchema];
