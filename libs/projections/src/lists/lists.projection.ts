import { assertNever, type DocumentRegistered, type FunctionRegistered, mandateConcerns, type MandateGranted, type PowerCatalogued } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { EntityManager } from 'typeorm';
import { clearTables } from '../runtime/clear-tables';
import { insertRows } from '../runtime/multi-row-statements';
import type { Projection } from '../runtime/projection';
import { listTerm } from './list-page';
import { ListedDocumentEntity, ListedFunctionEntity, ListedPowerEntity, ListTermEntity } from './list-entries.entities';

type ListedEvent = PowerCatalogued | FunctionRegistered | DocumentRegistered | MandateGranted;
const EVENT_TYPES: readonly ListedEvent['type'][] = ['PowerCatalogued', 'FunctionRegistered', 'DocumentRegistered', 'MandateGranted'];

/** The rows one step writes, table by table. */
interface ListRows {
  readonly terms: ListTermEntity[];
  readonly powers: ListedPowerEntity[];
  readonly functions: ListedFunctionEntity[];
  readonly documents: ListedDocumentEntity[];
}

/**
 * What the list routes page through (list-entries.entities.ts): a row per
 * power, function and document as registered, and per item the terms it is
 * found by. A mandate's own row stays in the mandates read model; here are
 * only its terms (its parties, parent, powers, municipalities and the
 * municipalities it concerns for an auditor), all fixed at its grant. Every
 * table is append-only: a step is one multi-row INSERT into each.
 */
export class ListsProjection implements Projection {
  readonly name = 'lists.v1';
  readonly eventTypes: readonly string[] = EVENT_TYPES;

  async reset(tx: EntityManager): Promise<void> {
    await clearTables(tx, [ListTermEntity, ListedPowerEntity, ListedFunctionEntity, ListedDocumentEntity]);
  }

  async apply(events: readonly StoredEvent[], tx: EntityManager): Promise<void> {
    const rows: ListRows = { terms: [], powers: [], functions: [], documents: [] };
    for (const event of events) fold(event, rows);
    await insertRows(tx, ListTermEntity, rows.terms);
    await insertRows(tx, ListedPowerEntity, rows.powers);
    await insertRows(tx, ListedFunctionEntity, rows.functions);
    await insertRows(tx, ListedDocumentEntity, rows.documents);
  }
}

function fold(event: StoredEvent, rows: ListRows): void {
  const typed = { type: event.type, data: event.data } as ListedEvent;
  const { position, recordedAt: recordedFrom } = event;
  const terms = (list: string, itemId: string, found: Record<string, readonly (string | null)[]>): void => {
    rows.terms.push(...termRows(list, itemId, recordedFrom, found));
  };
  switch (typed.type) {
    case 'PowerCatalogued': {
      const { powerId, label, legalBasis, holder, mandatable, nonMandatableReason, privateLaw } = typed.data;
      rows.powers.push({ position, powerId, label, legalBasis, holder, mandatable: mandatable ? 1 : 0, nonMandatableReason, privateLaw: privateLaw ? 1 : 0, searchText: searchTextOf([powerId, label, legalBasis]), recordedFrom });
      return terms('power', powerId, { holder: [holder] });
    }
    case 'FunctionRegistered': {
      const { functionId, name, municipality, externalTitles } = typed.data;
      const searchText = searchTextOf([functionId, name, ...externalTitles]);
      rows.functions.push({ position, functionId, name, municipality, externalTitles: JSON.stringify(externalTitles), searchText, recordedFrom });
      return terms('function', functionId, { municipality: [municipality], concerns: [municipality] });
    }
    case 'DocumentRegistered': {
      const { documentId, type, title, decidedOn, decidedBy, concerns } = typed.data;
      const document = { position, documentId, type, title, decidedOn, recordedFrom };
      rows.documents.push({ ...document, decidedBy: JSON.stringify(decidedBy), concerns: JSON.stringify(concerns), searchText: searchTextOf([documentId, title]) });
      return terms('document', documentId, { type: [type], decidedBy, concerns });
    }
    case 'MandateGranted': {
      const { mandateId, grantor, grantee, parentMandateId, powers, municipalities } = typed.data;
      const concerns = mandateConcerns(typed.data);
      return terms('mandate', mandateId, { grantor: [grantor], grantee: [grantee], parent: [parentMandateId], power: powers, municipality: municipalities, concerns });
    }
    default:
      return assertNever(typed);
  }
}

/** The item's `all` term and one per filter value, each once. */
function termRows(list: string, itemId: string, recordedFrom: string, found: Record<string, readonly (string | null)[]>): ListTermEntity[] {
  const values = Object.entries(found).flatMap(([filter, list]) => list.filter((value) => value !== null).map((value) => listTerm(filter, value)));
  return ['all', ...new Set(values)].map((term) => ({ list, term, itemId, recordedFrom }));
}

/** What `q` is looked for in: the texts in lower case, one per line, so a query never matches across two of them. */
function searchTextOf(texts: readonly string[]): string {
  return texts.map((text) => text.toLowerCase()).join('\n');
}
