import { assertNever, type DecisionPublished, type MandateEvent } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { closeVersions, insertRows, queryByKeys } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { dropTables, sqlDialectOf, sqlParameter, sqlParameters } from '../runtime/projection-sql';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { correctedRow, grantedRow, MANDATE_VERSION_COLUMNS, type MandateVersionRow, revokedRow, rowValues } from './mandate-version.row';

/** The bitemporal table of mandates; GET /mandates/{id} reads it by `recorded_from`/`recorded_until`. */
export const MANDATE_VERSIONS_TABLE = 'rm_mandate_versions';
/** Every publication of a decision document, append-only: a publication is never changed, only added. */
export const DECISION_PUBLICATIONS_TABLE = 'rm_decision_publications';

const TABLE = MANDATE_VERSIONS_TABLE;
const PUBLICATIONS = DECISION_PUBLICATIONS_TABLE;
const EVENT_TYPES: readonly (MandateEvent | DecisionPublished)['type'][] = ['MandateGranted', 'MandateRevoked', 'MandateCorrected', 'DecisionPublished'];
const PUBLICATION_COLUMNS = ['position', 'document_id', 'publication_id', 'published_on', 'in_force_from', 'recorded_from'];
/** The current version of a mandate, the one a change closes. */
const OPEN = 'recorded_until IS NULL';
const VERSIONS = { keyOf: (row: MandateVersionRow) => row.mandate_id, isOpen: (row: MandateVersionRow) => row.recorded_until === null };

/**
 * Mandates as the register knew them at every instant: one row per version of
 * a mandate's recorded facts (mandate-version.row.ts), valid in recorded time
 * from `recorded_from` until `recorded_until` (open: the current version).
 * `position` is the event that wrote the row, so a replayed event is refused
 * by the primary key. MandateGranted inserts the first version; MandateCorrected
 * and MandateRevoked close the open version at their recordedAt and insert the
 * next.
 *
 * What a mandate's status also depends on is kept beside it or read from
 * another read model, never written on the mandate (domain.md: a sub-mandate's
 * lapse and a leaver's mandates are derived when asked):
 * - its parents: `parent_mandate_id` is fixed at grant, so the query walks up
 *   the line by id (a chain is a handful of links);
 * - the publications of its decision: `rm_decision_publications`, since the
 *   publication work list does not keep the dates;
 * - participants' exits: `rm_participant_versions` of ParticipantsProjection.
 */
export class MandatesProjection implements Projection {
  readonly name = 'mandates.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async createSchema(tx: EntityManager): Promise<void> {
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
        position BIGINT PRIMARY KEY,
        mandate_id TEXT NOT NULL,
        parent_mandate_id TEXT NULL,
        kind TEXT NOT NULL,
        scope TEXT NOT NULL,
        grantor TEXT NOT NULL,
        grantee TEXT NOT NULL,
        powers TEXT NOT NULL,
        municipalities TEXT NOT NULL,
        sub_mandate_allowed TEXT NOT NULL,
        ceiling DOUBLE PRECISION NULL,
        instructions TEXT NOT NULL,
        consent_basis TEXT NOT NULL,
        decision TEXT NOT NULL,
        decided_on TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        valid_until TEXT NULL,
        revoked_from TEXT NULL,
        revocation_decision TEXT NULL,
        recorded_from TEXT NOT NULL,
        recorded_until TEXT NULL
      )`,
    );
    // A mandate at knownAt, and the open version a change closes, are both found by id and recorded time.
    await tx.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_mandate ON ${TABLE} (mandate_id, recorded_until, recorded_from)`);
    // The write side asks which mandates were granted under a parent it corrects (childMandateIds).
    await tx.query(`CREATE INDEX IF NOT EXISTS ${TABLE}_parent ON ${TABLE} (parent_mandate_id, mandate_id, position)`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${PUBLICATIONS} (
        position BIGINT PRIMARY KEY,
        document_id TEXT NOT NULL,
        publication_id TEXT NOT NULL,
        published_on TEXT NOT NULL,
        in_force_from TEXT NOT NULL,
        recorded_from TEXT NOT NULL
      )`,
    );
    await tx.query(`CREATE INDEX IF NOT EXISTS ${PUBLICATIONS}_document ON ${PUBLICATIONS} (document_id, recorded_from)`);
  }

  async reset(tx: EntityManager): Promise<void> {
    await dropTables(tx, [TABLE, PUBLICATIONS]);
    await this.createSchema(tx);
  }

  async apply(event: StoredEvent, tx: EntityManager): Promise<void> {
    const typed = { type: event.type, data: event.data } as MandateEvent | DecisionPublished;
    switch (typed.type) {
      case 'MandateGranted':
        return this.insert(grantedRow(typed.data, event), tx);
      case 'MandateRevoked': {
        const { data } = typed;
        return this.replace(data.mandateId, (current) => revokedRow(current, data, event), event, tx);
      }
      case 'MandateCorrected': {
        const { data } = typed;
        return this.replace(data.mandateId, (current) => correctedRow(current, data, event), event, tx);
      }
      case 'DecisionPublished':
        return this.publish(typed.data, event, tx);
      default:
        return assertNever(typed);
    }
  }

  /**
   * The same rows as `apply` event by event, in a few statements per step: one
   * SELECT of the open versions the step's changes find stored, then the step
   * folded in memory (VersionedRowsBatch: a correction sees the version its
   * grant wrote earlier in the step there), one UPDATE closing the stored
   * versions, multi-row INSERTs.
   */
  async applyBatch(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const batch = new VersionedRowsBatch(await this.openVersionsChangedBy(events, tx), VERSIONS);
    const publications: unknown[][] = [];
    for (const event of events) this.fold(event, batch, publications);
    await closeVersions(tx, { table: TABLE, keyColumn: 'mandate_id', open: OPEN }, batch.closings);
    await insertRows(tx, TABLE, MANDATE_VERSION_COLUMNS, batch.inserts.map(rowValues));
    await insertRows(tx, PUBLICATIONS, PUBLICATION_COLUMNS, publications);
  }

  private fold(event: StoredEvent, batch: VersionedRowsBatch<MandateVersionRow>, publications: unknown[][]): void {
    const typed = { type: event.type, data: event.data } as MandateEvent | DecisionPublished;
    switch (typed.type) {
      case 'MandateGranted':
        return batch.add(grantedRow(typed.data, event));
      case 'MandateRevoked': {
        const { data } = typed;
        return batch.replace(data.mandateId, (current) => revokedRow(current, data, event), event.recordedAt);
      }
      case 'MandateCorrected': {
        const { data } = typed;
        return batch.replace(data.mandateId, (current) => correctedRow(current, data, event), event.recordedAt);
      }
      case 'DecisionPublished':
        publications.push(publicationValues(typed.data, event));
        return;
      default:
        return assertNever(typed);
    }
  }

  private async openVersionsChangedBy(events: readonly StoredEvent[], tx: EntityManager): Promise<Map<string, MandateVersionRow>> {
    const changed = new Set<string>();
    for (const event of events) {
      if (event.type === 'MandateRevoked' || event.type === 'MandateCorrected') changed.add((event.data as { mandateId: string }).mandateId);
    }
    const rows = await queryByKeys<MandateVersionRow>(tx, [...changed], (ids) => `SELECT * FROM ${TABLE} WHERE ${OPEN} AND mandate_id IN (${ids})`);
    return new Map(rows.map((row) => [row.mandate_id, row]));
  }

  private async insert(row: MandateVersionRow, tx: EntityManager): Promise<void> {
    const values = sqlParameters(sqlDialectOf(tx), MANDATE_VERSION_COLUMNS.length);
    await tx.query(`INSERT INTO ${TABLE} (${MANDATE_VERSION_COLUMNS.join(', ')}) VALUES (${values})`, rowValues(row));
  }

  /** Closes the open version at the event's recordedAt and inserts the next; a change to an unknown mandate changes nothing. */
  private async replace(
    mandateId: string,
    next: (current: MandateVersionRow) => MandateVersionRow,
    event: StoredEvent,
    tx: EntityManager,
  ): Promise<void> {
    const p = (index: number) => sqlParameter(sqlDialectOf(tx), index);
    const [current]: MandateVersionRow[] = await tx.query(`SELECT * FROM ${TABLE} WHERE mandate_id = ${p(1)} AND recorded_until IS NULL`, [mandateId]);
    if (current === undefined) return;
    await tx.query(`UPDATE ${TABLE} SET recorded_until = ${p(1)} WHERE mandate_id = ${p(2)} AND recorded_until IS NULL`, [event.recordedAt, mandateId]);
    await this.insert(next(current), tx);
  }

  private async publish(data: DecisionPublished['data'], event: StoredEvent, tx: EntityManager): Promise<void> {
    await tx.query(
      `INSERT INTO ${PUBLICATIONS} (${PUBLICATION_COLUMNS.join(', ')}) VALUES (${sqlParameters(sqlDialectOf(tx), PUBLICATION_COLUMNS.length)})`,
      publicationValues(data, event),
    );
  }
}

function publicationValues(data: DecisionPublished['data'], event: StoredEvent): unknown[] {
  return [event.position, data.documentId, data.publicationId, data.publishedOn, data.inForceFrom, event.recordedAt];
}
