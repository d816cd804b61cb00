import { type DecisionPublished, type DocumentRegistered, documentStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { justBefore, useProjectedDatabase } from '../testing/projected-database';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { documentKnownAt } from './document-view.query';
import { DOCUMENT_PUBLICATIONS_TABLE, DOCUMENT_VERSIONS_TABLE, DocumentsProjection } from './documents.projection';
import { documentByReplay } from './testing/document-view.oracle';

const SHA = 'a'.repeat(64);

const MEERSSEN_MANDATE: DocumentRegistered['data'] = {
  documentId: 'doc-mandate-gm0938',
  type: 'mandate-decision',
  title: 'Mandaatbesluit SZMH Meerssen 2026',
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0938'],
  concerns: ['GM0938'],
  content: 'Het college van Meerssen verleent mandaat.',
  contentSha256: SHA,
  parties: [],
  term: null,
};
const VAALS_AGREEMENT: DocumentRegistered['data'] = {
  documentId: 'doc-dvo-gm0981',
  type: 'agreement',
  title: 'Dienstverleningsovereenkomst Vaals',
  decidedOn: '2025-12-10',
  decidedBy: ['college:GM0935', 'college:GM0981'],
  concerns: ['GM0935', 'GM0981'],
  content: null,
  contentSha256: null,
  parties: ['college:GM0935', 'college:GM0981'],
  term: { from: '2026-01-01', until: '2027-01-01' },
};

async function append(store: EventStore, documentId: string, type: string, data: object): Promise<StoredEvent> {
  // A pause first, so every event has an instant of its own to ask about.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const { position } = await store.appendToStream(documentStreamId(documentId), [{ eventId: `${type}-${Date.now()}-${Math.random()}`, type, data }]);
  const [stored] = await store.readAll({ fromPosition: position - 1, limit: 1 });
  return stored;
}

function registered(store: EventStore, document: DocumentRegistered['data']): Promise<StoredEvent> {
  return append(store, document.documentId, 'DocumentRegistered', document);
}

function published(store: EventStore, document: DocumentRegistered['data'], publicationId: string, publishedOn = '2026-01-29'): Promise<StoredEvent> {
  const { documentId, decidedOn, concerns } = document;
  const data: DecisionPublished['data'] = { documentId, medium: 'gemeenteblad', publicationId, decidedOn, publishedOn, inForceFrom: '2026-01-30', concerns };
  return append(store, documentId, 'DecisionPublished', data);
}

describe.each(PROJECTION_TEST_BACKENDS)('the documents projection on $name', (backend) => {
  const db = useProjectedDatabase(backend, () => [new DocumentsProjection()]);

  it('shows a registered document from the instant it was recorded, its original text valid from its decision date, and nothing before', async () => {
    const event = await registered(db.connection.store, MEERSSEN_MANDATE);
    await db.projected(event);
    await expect(documentKnownAt(db.connection.dataSource, MEERSSEN_MANDATE.documentId, justBefore(event.recordedAt))).resolves.toBeNull();
    await expect(documentKnownAt(db.connection.dataSource, MEERSSEN_MANDATE.documentId, event.recordedAt)).resolves.toEqual({
      id: 'doc-mandate-gm0938',
      type: 'mandate-decision',
      title: 'Mandaatbesluit SZMH Meerssen 2026',
      decidedOn: '2026-01-27',
      decidedBy: ['college:GM0938'],
      concerns: ['GM0938'],
      parties: [],
      contentSha256: SHA,
      publications: [],
      versions: [{ version: 1, amendmentId: null, validFrom: '2026-01-27', validUntil: null, contentSha256: SHA, decidedOn: '2026-01-27' }],
    });
  });

  it('gives an agreement its term as the validity of its original text', async () => {
    const event = await registered(db.connection.store, VAALS_AGREEMENT);
    await db.projected(event);
    const document = await documentKnownAt(db.connection.dataSource, VAALS_AGREEMENT.documentId, event.recordedAt);
    expect(document?.versions).toEqual([{ version: 1, amendmentId: null, validFrom: '2026-01-01', validUntil: '2027-01-01', contentSha256: null, decidedOn: '2025-12-10' }]);
    expect(document?.parties).toEqual(['college:GM0935', 'college:GM0981']);
  });

  it('lists publications by publication date then id, each from the instant it was recorded', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    const first = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-9', '2026-02-01');
    const second = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-10', '2026-01-29');
    await db.projected(second);
    const publicationsAt = async (knownAt: string) =>
      (await documentKnownAt(db.connection.dataSource, MEERSSEN_MANDATE.documentId, knownAt))?.publications.map((p) => p.publicationId);
    await expect(publicationsAt(justBefore(first.recordedAt))).resolves.toEqual([]);
    await expect(publicationsAt(first.recordedAt)).resolves.toEqual(['gmb-2026-9']);
    await expect(publicationsAt(second.recordedAt)).resolves.toEqual(['gmb-2026-10', 'gmb-2026-9']);
  });

  it('writes one version row per registration and one publication row per publication', async () => {
    const event = await registered(db.connection.store, MEERSSEN_MANDATE);
    const publication = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-1');
    await db.projected(publication);
    const versions = await db.connection.dataSource.query(`SELECT position, version, amendment_id, valid_from, recorded_from, recorded_until FROM ${DOCUMENT_VERSIONS_TABLE}`);
    const publications = await db.connection.dataSource.query(`SELECT position, publication_id, in_force_from, recorded_from FROM ${DOCUMENT_PUBLICATIONS_TABLE}`);
    const withNumbers = (rows: Array<{ position: string | number; version?: string | number }>) =>
      rows.map((row) => ({ ...row, position: Number(row.position), ...(row.version === undefined ? {} : { version: Number(row.version) }) }));
    expect(withNumbers(versions)).toEqual([
      { position: event.position, version: 1, amendment_id: null, valid_from: '2026-01-27', recorded_from: event.recordedAt, recorded_until: null },
    ]);
    expect(withNumbers(publications)).toEqual([
      { position: publication.position, publication_id: 'gmb-2026-1', in_force_from: '2026-01-30', recorded_from: publication.recordedAt },
    ]);
  });

  it('agrees with a replay of the log at every recorded instant and in between, and a rebuild gives the same rows', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await registered(db.connection.store, VAALS_AGREEMENT);
    await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-2', '2026-02-02');
    await published(db.connection.store, VAALS_AGREEMENT, 'gmb-2026-3');
    const last = await published(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-1');
    await db.projected(last);
    const log = await db.connection.store.readAll();
    const ids = [MEERSSEN_MANDATE.documentId, VAALS_AGREEMENT.documentId, 'doc-unknown'];
    for (const knownAt of log.flatMap((event) => [justBefore(event.recordedAt), event.recordedAt])) {
      for (const id of ids) {
        await expect(documentKnownAt(db.connection.dataSource, id, knownAt)).resolves.toEqual(documentByReplay(log, id, knownAt));
      }
    }

    const allRows = async () => [
      await db.connection.dataSource.query(`SELECT * FROM ${DOCUMENT_VERSIONS_TABLE} ORDER BY position`),
      await db.connection.dataSource.query(`SELECT * FROM ${DOCUMENT_PUBLICATIONS_TABLE} ORDER BY position`),
    ];
    const live = await allRows();
    await db.projector.stop();
    await rebuildProjections({ ...db.connection, projections: [new DocumentsProjection()] });
    // Two documents registered, three publications recorded.
    expect(live.map((rows) => rows.length)).toEqual([2, 3]);
    await expect(allRows()).resolves.toEqual(live);
  });
});
