import { type DecisionPublished, type DocumentRegistered, type DocumentType, documentStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { justBefore, useProjectedDatabase } from '../testing/projected-database';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { pendingPublicationsKnownAt } from './pending-publication-list.query';
import { DECISION_CONCERNS_TABLE, DECISION_PUBLICATION_STATUS_TABLE, PendingPublicationsProjection } from './pending-publications.projection';
import { pendingPublicationsByReplay } from './testing/pending-publication-list.oracle';
import { untilTheClockPasses } from '../testing/next-instant';


type Registration = Pick<DocumentRegistered['data'], 'documentId' | 'decidedOn' | 'decidedBy' | 'concerns'> & { readonly type: DocumentType };

const MEERSSEN_MANDATE: Registration = { documentId: 'doc-mandate-gm0938', type: 'mandate-decision', decidedOn: '2026-01-27', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
const SUB_MANDATE: Registration = {
  documentId: 'doc-submandate-gm0935',
  type: 'sub-mandate-decision',
  decidedOn: '2026-01-27',
  decidedBy: ['GM0935.manager-sociale-zekerheid'],
  concerns: ['GM0935', 'GM0938'],
};
const VAALS_REVOCATION: Registration = { documentId: 'doc-revocation-gm0981', type: 'revocation-decision', decidedOn: '2026-01-15', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
const CHARTER: Registration = { documentId: 'doc-charter', type: 'charter', decidedOn: '2026-01-10', decidedBy: ['college:GM0935', 'college:GM0938'], concerns: ['GM0935', 'GM0938'] };

async function append(store: EventStore, documentId: string, type: string, data: object): Promise<StoredEvent> {
  // Once the clock has moved on, so every event has an instant of its own to ask about.
  await untilTheClockPasses(Date.now());
  const { position } = await store.appendToStream(documentStreamId(documentId), [{ eventId: `${type}-${Date.now()}-${Math.random()}`, type, data }]);
  const [stored] = await store.readAll({ fromPosition: position - 1, limit: 1 });
  return stored;
}

function registered(store: EventStore, document: Registration): Promise<StoredEvent> {
  const data: DocumentRegistered['data'] = { ...document, title: document.documentId, content: null, contentSha256: null, parties: [], term: null };
  return append(store, document.documentId, 'DocumentRegistered', data);
}

function published(store: EventStore, document: Registration, publicationId: string): Promise<StoredEvent> {
  const { documentId, decidedOn, concerns } = document;
  const data: DecisionPublished['data'] = { documentId, medium: 'gemeenteblad', publicationId, decidedOn, publishedOn: '2026-01-29', inForceFrom: '2026-01-30', concerns };
  return append(store, documentId, 'DecisionPublished', data);
}

function pending(document: Registration, publisher: string) {
  return { document: document.documentId, type: document.type, decidedOn: document.decidedOn, publisher };
}

describe.each(PROJECTION_TEST_BACKENDS)('the pending publications projection on $name', (backend) => {
  const db = useProjectedDatabase(backend, () => [new PendingPublicationsProjection()]);

  it('lists a registered decision from the instant it was recorded, its deciding organ as publisher, and nothing before', async () => {
    const event = await registered(db.connection.store, MEERSSEN_MANDATE);
    await db.projected(event);
    await expect(pendingPublicationsKnownAt(db.connection.dataSource, justBefore(event.recordedAt))).resolves.toEqual([]);
    await expect(pendingPublicationsKnownAt(db.connection.dataSource, event.recordedAt)).resolves.toEqual([pending(MEERSSEN_MANDATE, 'college:GM0938')]);
  });

  it('drops a decision once it is published, and still lists it when known just before the publication', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    const publication = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-1');
    await db.projected(publication);
    await expect(pendingPublicationsKnownAt(db.connection.dataSource, publication.recordedAt)).resolves.toEqual([]);
    await expect(pendingPublicationsKnownAt(db.connection.dataSource, justBefore(publication.recordedAt))).resolves.toEqual([
      pending(MEERSSEN_MANDATE, 'college:GM0938'),
    ]);
  });

  it('names the Maastricht college as publisher of a sub-mandate, whoever decided it (GR art 5 lid 6)', async () => {
    const event = await registered(db.connection.store, SUB_MANDATE);
    await db.projected(event);
    await expect(pendingPublicationsKnownAt(db.connection.dataSource, event.recordedAt)).resolves.toEqual([pending(SUB_MANDATE, 'college:GM0935')]);
  });

  it('leaves out documents that are not decisions to publish, and orders the rest by decision date then id', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await registered(db.connection.store, CHARTER);
    await registered(db.connection.store, SUB_MANDATE);
    const last = await registered(db.connection.store, VAALS_REVOCATION);
    await db.projected(last);
    await expect(pendingPublicationsKnownAt(db.connection.dataSource, last.recordedAt)).resolves.toEqual([
      pending(VAALS_REVOCATION, 'college:GM0981'),
      pending(MEERSSEN_MANDATE, 'college:GM0938'),
      pending(SUB_MANDATE, 'college:GM0935'),
    ]);
  });

  it('lists for a municipality scope only the decisions that concern one of its municipalities', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await registered(db.connection.store, SUB_MANDATE);
    const last = await registered(db.connection.store, VAALS_REVOCATION);
    await db.projected(last);
    const listFor = (municipalities: string[]) => pendingPublicationsKnownAt(db.connection.dataSource, last.recordedAt, { kind: 'municipalities', municipalities });
    await expect(listFor(['GM0981'])).resolves.toEqual([pending(VAALS_REVOCATION, 'college:GM0981')]);
    await expect(listFor(['GM0935', 'GM0981'])).resolves.toEqual([pending(VAALS_REVOCATION, 'college:GM0981'), pending(SUB_MANDATE, 'college:GM0935')]);
    await expect(listFor([])).resolves.toEqual([]);
  });

  it('keeps one row per version: the first publication closes the open one, a second publication changes nothing', async () => {
    const event = await registered(db.connection.store, MEERSSEN_MANDATE);
    const first = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-1');
    const second = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-2');
    await db.projected(second);
    const rows = await db.connection.dataSource.query(`SELECT position, published, recorded_from, recorded_until FROM ${DECISION_PUBLICATION_STATUS_TABLE} ORDER BY position`);
    expect(rows.map((row: { position: string | number }) => ({ ...row, position: Number(row.position) }))).toEqual([
      { position: event.position, published: 0, recorded_from: event.recordedAt, recorded_until: first.recordedAt },
      { position: first.position, published: 1, recorded_from: first.recordedAt, recorded_until: null },
    ]);
  });

  it('agrees with a replay of the log at every recorded instant and in between, and a rebuild gives the same rows', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await registered(db.connection.store, CHARTER);
    await registered(db.connection.store, SUB_MANDATE);
    await published(db.connection.store, CHARTER, 'gmb-2026-7');
    await published(db.connection.store, SUB_MANDATE, 'gmb-2026-8');
    await registered(db.connection.store, VAALS_REVOCATION);
    const last = await published(db.connection.store, SUB_MANDATE, 'gmb-2026-9');
    await db.projected(last);
    const log = await db.connection.store.readAll();
    const vaals = { kind: 'municipalities', municipalities: ['GM0981', 'GM0938'] } as const;
    for (const knownAt of log.flatMap((event) => [justBefore(event.recordedAt), event.recordedAt])) {
      await expect(pendingPublicationsKnownAt(db.connection.dataSource, knownAt)).resolves.toEqual(pendingPublicationsByReplay(log, knownAt));
      await expect(pendingPublicationsKnownAt(db.connection.dataSource, knownAt, vaals)).resolves.toEqual(pendingPublicationsByReplay(log, knownAt, vaals));
    }

    const allRows = async () => [
      await db.connection.dataSource.query(`SELECT * FROM ${DECISION_PUBLICATION_STATUS_TABLE} ORDER BY position`),
      await db.connection.dataSource.query(`SELECT * FROM ${DECISION_CONCERNS_TABLE} ORDER BY document_id, municipality`),
    ];
    const live = await allRows();
    await db.projector.stop();
    await rebuildProjections({ ...db.connection, projections: [new PendingPublicationsProjection()] });
    // Three decisions registered, one published: four versions; the charter is not listed; four concerns rows.
    expect(live.map((rows) => rows.length)).toEqual([4, 4]);
    await expect(allRows()).resolves.toEqual(live);
  });
});
