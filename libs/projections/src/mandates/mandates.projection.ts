import { assertNever, type MandateEvent } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { sql } from '@register/database';
import { type EntityManager, IsNull } from 'typeorm';
import type { VersionedTable } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { VersionedRowsBatch } from '../runtime/versioned-rows.batch';
import { correctedRow, grantedRow, revokedRow } from './mandate-version.row';
import { MandateVersionEntity } from './mandate-version.entity';

export { MANDATE_VERSIONS_TABLE } from './mandate-version.entity';

const EVENT_TYPES: readonly MandateEvent['type'][] = ['MandateGranted', 'MandateRevoked', 'MandateCorrected'];
/** A mandate's current version, the one a change closes. */
const VERSIONS: VersionedTable<MandateVersionEntity> = {
  entity: MandateVersionEntity,
  keyProperties: ['mandateId'],
  open: { where: { recordedUntil: IsNull() }, sql: sql`recorded_until IS NULL`, test: (row) => row.recordedUntil === null },
};

/**
 * Mandates as the register knew it at every instant: one row per version of
 * a mandate's recorded facts (mandate-version.entity.ts), valid in recorded
 * time from `recordedFrom` until `recordedUntil` (open: the current version).
 * MandateGranted inserts the first version; MandateCorrected and
 * MandateRevoked close the open version at their recordedAt and insert the
 * next; a change to an unknown mandate changes nothing.
 *
 * What a mandate's status also depends on is kept beside it or read from
 * another read model, never written on the mandate (domain.md: a sub-mandate's
 * lapse and a leaver's mandates are derived when asked):
 * - its parents: `parentMandateId` is fixed at grant, so the query walks up
 *   the line by id (a chain is a handful of links);
 * - the publications of its decision and of its revocation decision: the
 *   publications read model (PublicationsProjection), which knows which of
 *   them bring a decision into force;
 * - participants' exits: `rm_participant_versions` of ParticipantsProjection.
 *
 * A step is a few statements: one read of the open versions its changes find
 * stored, the step folded in memory (VersionedRowsBatch: a correction sees
 * the version its grant wrote earlier in the step there), one UPDATE closing
 * the stored versions, multi-row INSERTs.
 */
export class MandatesProjection implements Projection {
  readonly name = 'mandates.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [MandateVersionEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const changed = events.filter((event) => event.type === 'MandateRevoked' || event.type === 'MandateCorrected');
    const batch = await VersionedRowsBatch.load(tx, VERSIONS, changed.map((event) => (event.data as { mandateId: string }).mandateId));
    for (const event of events) fold(event, batch);
    await batch.write(tx);
  }
}

function fold(event: StoredEvent, batch: VersionedRowsBatch<MandateVersionEntity>): void {
  const typed = { type: event.type, data: event.data } as MandateEvent;
  switch (typed.type) {
    case 'MandateGranted':
      return batch.add(grantedRow(typed.data, event));
    case 'MandateRevoked': {
      const { data } = typed;
      return batch.replace([data.mandateId], (current) => revokedRow(current, data, event), event.recordedAt);
    }
    case 'MandateCorrected': {
      const { data } = typed;
      return batch.replace([data.mandateId], (current) => correctedRow(current, data, event), event.recordedAt);
    }
    default:
      return assertNever(typed);
  }
}
