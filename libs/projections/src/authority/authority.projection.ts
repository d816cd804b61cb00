import { assertNever, type MandateGranted, type PowerCatalogued } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { MandateEdgeEntity } from './mandate-edge.entity';
import { PowerHolderEntity } from './power-holder.entity';


type AuthorityEvent = PowerCatalogued | MandateGranted;
const EVENT_TYPES: readonly AuthorityEvent['type'][] = ['PowerCatalogued', 'MandateGranted'];

/**
 * What `GET /authority` needs besides the mandates read model: the holder of
 * each power, and the mandates indexed by grantee so that candidate chains are
 * found by walking from the actor upward instead of scanning every mandate.
 *
 * Both tables are append-only. The parties, parent, powers and municipalities
 * of a mandate are fixed at its grant (a correction changes only dates,
 * ceiling, instructions or decision), so an edge never changes; what can
 * change is read from `rm_mandate_versions` as known at knownAt. A power
 * catalogued again keeps every row: the latest known at knownAt holds. A step
 * is one multi-row INSERT into each table.
 */
export class AuthorityProjection implements Projection {
  readonly name = 'authority.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [PowerHolderEntity, MandateEdgeEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const powers: PowerHolderEntity[] = [];
    const edges: MandateEdgeEntity[] = [];
    for (const event of events) {
      const typed = { type: event.type, data: event.data } as AuthorityEvent;
      switch (typed.type) {
        case 'PowerCatalogued':
          powers.push({ position: event.position, powerId: typed.data.powerId, holder: typed.data.holder, recordedFrom: event.recordedAt });
          break;
        case 'MandateGranted':
          edges.push(edgeOf(typed.data, event));
          break;
        default:
          assertNever(typed);
      }
    }
    await insertRows(tx, PowerHolderEntity, powers);
    await insertRows(tx, MandateEdgeEntity, edges);
  }
}

function edgeOf(data: MandateGranted['data'], event: StoredEvent): MandateEdgeEntity {
  const { mandateId, parentMandateId, grantor, grantee, powers, municipalities } = data;
  return {
    mandateId,
    position: event.position,
    parentMandateId,
    grantor,
    grantee,
    powers: JSON.stringify(powers),
    municipalities: JSON.stringify(municipalities),
    recordedFrom: event.recordedAt,
  };
}
