import { assertNever, type FunctionRegistered, type MandateGranted, type PowerCatalogued } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { insertRows } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { clearTables } from '../runtime/clear-tables';
import { FunctionNameEntity, titleKey } from './function-name.entity';
import { MandateEdgeEntity } from './mandate-edge.entity';
import { PowerHolderEntity } from './power-holder.entity';

type AuthorityEvent = PowerCatalogued | FunctionRegistered | MandateGranted;
const EVENT_TYPES: readonly AuthorityEvent['type'][] = ['PowerCatalogued', 'FunctionRegistered', 'MandateGranted'];

/** One step's rows, by table. */
interface AuthorityRows {
  readonly powers: PowerHolderEntity[];
  readonly names: FunctionNameEntity[];
  readonly edges: MandateEdgeEntity[];
}

/**
 * What `GET /authority` needs besides the mandates, publications and
 * participants read models: the catalogue entry of each power, the names an
 * actor may be given by (a function's id, its external titles), and the
 * mandates indexed by grantee so that candidate chains are found by walking
 * from the actor upward instead of scanning every mandate.
 *
 * Every table is append-only. The parties, parent, powers and municipalities
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
    await clearTables(tx, [PowerHolderEntity, FunctionNameEntity, MandateEdgeEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const rows: AuthorityRows = { powers: [], names: [], edges: [] };
    for (const event of events) fold(event, rows);
    await insertRows(tx, PowerHolderEntity, rows.powers);
    await insertRows(tx, FunctionNameEntity, rows.names);
    await insertRows(tx, MandateEdgeEntity, rows.edges);
  }
}

function fold(event: StoredEvent, rows: AuthorityRows): void {
  const typed = { type: event.type, data: event.data } as AuthorityEvent;
  switch (typed.type) {
    case 'PowerCatalogued': {
      const { powerId, holder, mandatable, nonMandatableReason, actKind } = typed.data;
      rows.powers.push({ position: event.position, powerId, holder, mandatable: mandatable ? 1 : 0, nonMandatableReason, actKind, recordedFrom: event.recordedAt });
      return;
    }
    case 'FunctionRegistered': {
      const { functionId, municipality, externalTitles } = typed.data;
      const named = (kind: string, name: string) => ({ kind, name, functionId, municipality, recordedFrom: event.recordedAt });
      // One row per distinct title: two spellings of one title are one name.
      rows.names.push(named('id', functionId), ...[...new Set(externalTitles.map(titleKey))].map((title) => named('title', title)));
      return;
    }
    case 'MandateGranted':
      rows.edges.push(edgeOf(typed.data, event));
      return;
    default:
      assertNever(typed);
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
