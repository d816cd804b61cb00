import { type DecisionPublished, type DocumentEvent, type DocumentRegistered, documentStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { adopted, AGREEMENT, approved, proposed } from '../../../domain/src/testing/szmh-agreements.fixture';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { justBefore, useProjectedDatabase } from '../testing/projected-database';
import { whileUncommitted } from '../testing/uncommitted-change';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { documentKnownAt } from './document-view.query';
import { PUBLICATION_VERSIONS_TABLE } from '../publications/publication-version.entity';
import { PublicationsProjection } from '../publications/publications.projection';
import { DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE, DOCUMENT_VERSIONS_TABLE, DocumentsProjection } from './documents.projection';
import { documentByReplay } from './testing/document-view.oracle';
import { untilTheClockPasses } from '../testing/next-instant';

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
  // Once the clock has moved on, so every event has an instant of its own to ask about.
  await untilTheClockPasses(Date.now());
  const { position } = await store.appendToStream(documentStreamId(documentId), [{ eventId: `${type}-${Date.now()}-${Math.random()}`, type, data }]);
  const [stored] = await store.readAll({ fromPosition: position - 1, limit: 1 });
  return stored;
}

function recorded(store: EventStore, event: DocumentEvent): Promise<StoredEvent> {
  return append(store, event.data.documentId, event.type, event.data);
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
  // A document shows its publications from the publications read model.
  const db = useProjectedDatabase(backend, () => [new DocumentsProjection(), new PublicationsProjection()]);

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
      versions: [{ version: 1, amendmentId: null, validFrom: '2026-01-27', validUntil: null, contentSha256: SHA, decidedOn: '2026-01-27', inForceFrom: null }],
      amendments: [],
    });
  });

  it('shows a document as committed: a change still open on the connection the projector writes through stays out', async () => {
    await db.projected(await registered(db.connection.store, MEERSSEN_MANDATE));
    await db.projector.stop();
    const ask = () => documentKnownAt(db.connection.dataSource, MEERSSEN_MANDATE.documentId, new Date().toISOString());
    const before = await ask();
    expect(before?.title).toBe('Mandaatbesluit SZMH Meerssen 2026');
    await whileUncommitted(db.connection.dataSource, `UPDATE ${DOCUMENT_VERSIONS_TABLE} SET title = 'changed'`, async () => {
      await expect(ask()).resolves.toEqual(before);
    });
  });

  it('gives an agreement its term as the validity of its original text', async () => {
    const event = await registered(db.connection.store, VAALS_AGREEMENT);
    await db.projected(event);
    const document = await documentKnownAt(db.connection.dataSource, VAALS_AGREEMENT.documentId, event.recordedAt);
    expect(document?.versions).toEqual([
      { version: 1, amendmentId: null, validFrom: '2026-01-01', validUntil: '2027-01-01', contentSha256: null, decidedOn: '2025-12-10', inForceFrom: null },
    ]);
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
    const publications = await db.connection.dataSource.query(`SELECT position, publication_id, in_force_from, recorded_from FROM ${PUBLICATION_VERSIONS_TABLE}`);
    const withNumbers = (rows: Array<{ position: string | number; version?: string | number }>) =>
      rows.map((row) => ({ ...row, position: Number(row.position), ...(row.version === undefined ? {} : { version: Number(row.version) }) }));
    expect(withNumbers(versions)).toEqual([
      { position: event.position, version: 1, amendment_id: null, valid_from: '2026-01-27', recorded_from: event.recordedAt, recorded_until: null },
    ]);
    expect(withNumbers(publications)).toEqual([
      { position: publication.position, publication_id: 'gmb-2026-1', in_force_from: '2026-01-30', recorded_from: publication.recordedAt },
    ]);
  });

  it('cuts the amended version short from the adoption\'s instant on, and shows the new version and the amendment with its approvals', async () => {
    const store = db.connection.store;
    await recorded(store, AGREEMENT);
    const proposal = await recorded(store, proposed(AGREEMENT, { validFrom: '2026-02-01', contentSha256: SHA }));
    await recorded(store, approved(AGREEMENT, 'college:GM0935', '2026-03-01'));
    const meerssen = await recorded(store, approved(AGREEMENT, 'college:GM0938', '2026-03-10'));
    const adoption = await recorded(store, adopted(AGREEMENT, { validFrom: '2026-02-01', inForceFrom: '2026-03-15', contentSha256: SHA }));
    await db.projected(adoption);
    const at = (knownAt: string) => documentKnownAt(db.connection.dataSource, AGREEMENT.data.documentId, knownAt);
    const original = { version: 1, amendmentId: null, validFrom: '2026-01-01', contentSha256: null, decidedOn: '2026-01-27', inForceFrom: null };
    const approvals = [
      { organ: 'college:GM0935', decision: null, approvedOn: '2026-03-01' },
      { organ: 'college:GM0938', decision: null, approvedOn: '2026-03-10' },
    ];
    const amendment = { id: 'amendment-1', summary: 'Kostenverdeling herzien', validFrom: '2026-02-01', contentSha256: SHA };

    await expect(at(justBefore(proposal.recordedAt))).resolves.toMatchObject({ amendments: [] });
    const before = await at(justBefore(adoption.recordedAt));
    expect(before?.versions).toEqual([{ ...original, validUntil: '2028-01-01' }]);
    expect(before?.amendments).toEqual([{ ...amendment, status: 'proposed', adoptedOn: null, version: null, approvals }]);
    await expect(at(justBefore(meerssen.recordedAt))).resolves.toMatchObject({ amendments: [{ approvals: approvals.slice(0, 1) }] });

    const after = await at(adoption.recordedAt);
    expect(after?.versions).toEqual([
      { ...original, validUntil: '2026-02-01' },
      { version: 2, amendmentId: 'amendment-1', validFrom: '2026-02-01', validUntil: '2028-01-01', contentSha256: SHA, decidedOn: '2026-03-15', inForceFrom: '2026-03-15' },
    ]);
    expect(after?.amendments).toEqual([{ ...amendment, status: 'adopted', adoptedOn: '2026-03-15', version: 2, approvals }]);
  });

  it('writes a row per proposal and approval, and for an adoption closes the amended row and adds two rows under its position', async () => {
    const store = db.connection.store;
    const registration = await recorded(store, AGREEMENT);
    const proposal = await recorded(store, proposed(AGREEMENT));
    const approval = await recorded(store, approved(AGREEMENT, 'college:GM0938'));
    const adoption = await recorded(store, adopted(AGREEMENT));
    await db.projected(adoption);
    const query = (sql: string) => db.connection.dataSource.query(sql);
    const versions: Array<Record<string, string | number | null>> = await query(
      `SELECT position, version, valid_until, in_force_from, recorded_from, recorded_until FROM ${DOCUMENT_VERSIONS_TABLE} ORDER BY position, version`,
    );
    expect(versions.map((row) => ({ ...row, position: Number(row.position), version: Number(row.version) }))).toEqual([
      { position: registration.position, version: 1, valid_until: '2028-01-01', in_force_from: null, recorded_from: registration.recordedAt, recorded_until: adoption.recordedAt },
      { position: adoption.position, version: 1, valid_until: '2026-07-01', in_force_from: null, recorded_from: adoption.recordedAt, recorded_until: null },
      { position: adoption.position, version: 2, valid_until: '2028-01-01', in_force_from: '2026-07-01', recorded_from: adoption.recordedAt, recorded_until: null },
    ]);
    const positions = async (table: string) => (await query(`SELECT position FROM ${table}`)).map((row: { position: string | number }) => Number(row.position));
    await expect(positions(DOCUMENT_AMENDMENTS_TABLE)).resolves.toEqual([proposal.position]);
    await expect(positions(DOCUMENT_APPROVALS_TABLE)).resolves.toEqual([approval.position]);
  });

  it('agrees with a replay of the log at every recorded instant and in between, and a rebuild gives the same rows', async () => {
    const store = db.connection.store;
    await registered(store, MEERSSEN_MANDATE);
    await registered(store, VAALS_AGREEMENT);
    await recorded(store, AGREEMENT);
    await published(store, MEERSSEN_MANDATE, 'gmb-2026-2', '2026-02-02');
    await recorded(store, proposed(AGREEMENT));
    await published(store, VAALS_AGREEMENT, 'gmb-2026-3');
    await recorded(store, approved(AGREEMENT, 'college:GM0938'));
    await recorded(store, proposed(AGREEMENT, { amendmentId: 'amendment-2', validFrom: '2027-01-01', contentSha256: SHA }));
    await recorded(store, approved(AGREEMENT, 'college:GM0935'));
    await recorded(store, approved(AGREEMENT, 'college:GM0935', '2026-04-01', 'amendment-2'));
    await recorded(store, adopted(AGREEMENT));
    await recorded(store, approved(AGREEMENT, 'college:GM0938', '2026-04-02', 'amendment-2'));
    await recorded(store, adopted(AGREEMENT, { amendmentId: 'amendment-2', version: 3, amendsVersion: 2, validFrom: '2027-01-01', inForceFrom: '2027-01-01', adoptedOn: '2026-04-03' }));
    const last = await published(store, MEERSSEN_MANDATE, 'gmb-2026-1');
    await db.projected(last);
    const log = await store.readAll();
    const ids = [MEERSSEN_MANDATE.documentId, VAALS_AGREEMENT.documentId, AGREEMENT.data.documentId, 'doc-unknown'];
    for (const knownAt of log.flatMap((event) => [justBefore(event.recordedAt), event.recordedAt])) {
      for (const id of ids) {
        await expect(documentKnownAt(db.connection.dataSource, id, knownAt)).resolves.toEqual(documentByReplay(log, id, knownAt));
      }
    }
    // The replay reaches the end: three versions of the agreement, two adopted amendments.
    expect(documentByReplay(log, AGREEMENT.data.documentId, last.recordedAt)?.amendments.map((a) => a.version)).toEqual([2, 3]);

    const tables = [DOCUMENT_VERSIONS_TABLE, PUBLICATION_VERSIONS_TABLE, DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE];
    const allRows = async () => Promise.all(tables.map((table) => db.connection.dataSource.query(`SELECT * FROM ${table} ORDER BY position`)));
    const live = await allRows();
    await db.projector.stop();
    await rebuildProjections({ ...db.connection, projections: [new DocumentsProjection(), new PublicationsProjection()] });
    // Three registrations and two adoptions of two rows each; three publications; two proposals; four approvals.
    expect(live.map((rows) => rows.length)).toEqual([7, 3, 2, 4]);
    await expect(allRows()).resolves.toEqual(live);
  });
});
