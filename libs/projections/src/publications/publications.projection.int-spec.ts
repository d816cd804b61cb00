import type { AmendmentAdopted, DecisionPublished, DocumentRegistered, DocumentType, PublicationCorrected } from '@register/domain';
import { documentStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { justBefore, useProjectedDatabase } from '../testing/projected-database';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { untilTheClockPasses } from '../testing/next-instant';
import { type PendingPublication, pendingPublicationsKnownAt } from './pending-publication-list.query';
import { DECISION_CONCERNS_TABLE } from './decision-concern.entity';
import { PUBLICATION_DUTIES_TABLE } from './publication-duty.entity';
import { PUBLICATION_VERSIONS_TABLE } from './publication-version.entity';
import { PublicationsProjection } from './publications.projection';
import { pendingPublicationsByReplay } from './testing/pending-publication-list.oracle';

type Registration = Pick<DocumentRegistered['data'], 'documentId' | 'decidedOn' | 'decidedBy' | 'concerns'> & { readonly type: DocumentType };
type Publication = Pick<DecisionPublished['data'], 'publicationId'> & Partial<DecisionPublished['data']>;

const MEERSSEN_MANDATE: Registration = { documentId: 'doc-mandate-gm0938', type: 'mandate-decision', decidedOn: '2026-01-27', decidedBy: ['college:GM0938'], concerns: ['GM0938'] };
const SUB_MANDATE: Registration = {
  documentId: 'doc-submandate-gm0935',
  type: 'sub-mandate-decision',
  decidedOn: '2026-01-27',
  decidedBy: ['GM0935.manager-sociale-zekerheid'],
  concerns: ['GM0935', 'GM0938'],
};
const VAALS_REVOCATION: Registration = { documentId: 'doc-revocation-gm0981', type: 'revocation-decision', decidedOn: '2026-01-15', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
const VAALS_EXIT: Registration = { documentId: 'doc-exit-gm0981', type: 'exit-decision', decidedOn: '2026-02-01', decidedBy: ['college:GM0981'], concerns: ['GM0981'] };
const CHARTER: Registration = { documentId: 'doc-charter', type: 'charter', decidedOn: '2026-01-10', decidedBy: ['college:GM0935', 'college:GM0938'], concerns: ['GM0935', 'GM0938'] };
const ARRANGEMENT: Registration = { documentId: 'doc-gr', type: 'arrangement', decidedOn: '2015-06-30', decidedBy: ['college:GM0935', 'college:GM0938'], concerns: ['GM0935', 'GM0938'] };

async function append(store: EventStore, documentId: string, type: string, data: object): Promise<StoredEvent> {
  // Once the clock has moved on, so every event has an instant of its own to ask about.
  await untilTheClockPasses(Date.now());
  const { position } = await store.appendToStream(documentStreamId(documentId), [{ eventId: `${type}-${Date.now()}-${Math.random()}`, type, data }]);
  const [stored] = await store.readAll({ fromPosition: position - 1, limit: 1 });
  return stored;
}

function registered(store: EventStore, document: Registration): Promise<StoredEvent> {
  const data: DocumentRegistered['data'] = { ...document, title: `Titel ${document.documentId}`, content: null, contentSha256: null, parties: [], term: null };
  return append(store, document.documentId, 'DocumentRegistered', data);
}

/** As the write side records it: in the sheet of the organ that must publish unless `publication` says otherwise; without publisher fields, as an older release recorded it. */
function published(store: EventStore, document: Registration, publication: Publication, legacy = false): Promise<StoredEvent> {
  const { documentId, decidedOn, concerns } = document;
  const own = document.type === 'mandate-decision' || document.type === 'revocation-decision' ? document.decidedBy[0] : 'college:GM0935';
  const whose = legacy ? {} : { amendmentId: null, publisher: own, requiredPublisher: own };
  const data: DecisionPublished['data'] = { documentId, medium: 'gemeenteblad', decidedOn, publishedOn: '2026-01-29', inForceFrom: '2026-01-30', concerns, ...whose, ...publication };
  return append(store, documentId, 'DecisionPublished', data);
}

function corrected(store: EventStore, document: Registration, publicationId: string, publication: PublicationCorrected['data']['publication']): Promise<StoredEvent> {
  const data = { documentId: document.documentId, publicationId, field: 'medium', value: publication.medium, previousValue: 'gemeenteblad', reason: 'verkeerd', publication, concerns: document.concerns };
  return append(store, document.documentId, 'PublicationCorrected', data);
}

/** Proposed, then adopted as version 2 (the approvals, which this projection does not read, left out). */
async function adoptedAmendment(store: EventStore, amendmentId: string, adoptedOn: string, legacy = false): Promise<StoredEvent> {
  const proposal = { documentId: ARRANGEMENT.documentId, amendmentId, summary: amendmentId, content: null, contentSha256: null, validFrom: '2025-04-10', concerns: ARRANGEMENT.concerns };
  await append(store, ARRANGEMENT.documentId, 'AmendmentProposed', proposal);
  const data: AmendmentAdopted['data'] = {
    ...{ documentId: ARRANGEMENT.documentId, amendmentId, adoptedOn, approvedBy: ARRANGEMENT.decidedBy, version: 2, amendsVersion: 1 },
    ...{ validFrom: '2025-04-10', validUntil: null, inForceFrom: '2025-04-10', contentSha256: null, concerns: ARRANGEMENT.concerns },
    ...(legacy ? {} : { entryIntoForce: 'publication' as const }),
  };
  return append(store, ARRANGEMENT.documentId, 'AmendmentAdopted', data);
}

function pending(document: Registration, publisher: string, amendment: { amendmentId: string; decidedOn: string } | null = null): PendingPublication {
  const { documentId, type, decidedOn, concerns } = document;
  return { document: documentId, amendmentId: amendment?.amendmentId ?? null, type, title: `Titel ${documentId}`, decidedOn: amendment?.decidedOn ?? decidedOn, concerns, publisher };
}

describe.each(PROJECTION_TEST_BACKENDS)('the publications projection on $name', (backend) => {
  const db = useProjectedDatabase(backend, () => [new PublicationsProjection()]);
  const listAt = (knownAt: string, publisher?: string) => pendingPublicationsKnownAt(db.connection.dataSource, knownAt, { kind: 'everything' }, { publisher });

  it('lists a registered decision from the instant it was recorded, with its title, concerns and the organ that must publish, and nothing before', async () => {
    const event = await registered(db.connection.store, MEERSSEN_MANDATE);
    await db.projected(event);
    await expect(listAt(justBefore(event.recordedAt))).resolves.toEqual([]);
    await expect(listAt(event.recordedAt)).resolves.toEqual([pending(MEERSSEN_MANDATE, 'college:GM0938')]);
  });

  it('drops a decision once published in the right sheet, and still lists it when known just before the publication', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    const publication = await published(db.connection.store, MEERSSEN_MANDATE, { publicationId: 'gmb-2026-1' });
    await db.projected(publication);
    await expect(listAt(publication.recordedAt)).resolves.toEqual([]);
    await expect(listAt(justBefore(publication.recordedAt))).resolves.toEqual([pending(MEERSSEN_MANDATE, 'college:GM0938')]);
  });

  it('keeps a decision listed after a publication in the Staatscourant or in another municipality\'s gemeenteblad (Awb 3:42 lid 1)', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await published(db.connection.store, MEERSSEN_MANDATE, { publicationId: 'stcrt-2026-1', medium: 'staatscourant' });
    const elsewhere = await published(db.connection.store, MEERSSEN_MANDATE, { publicationId: 'gmb-2026-2', publisher: 'college:GM0935' });
    await db.projected(elsewhere);
    await expect(listAt(elsewhere.recordedAt)).resolves.toEqual([pending(MEERSSEN_MANDATE, 'college:GM0938')]);
  });

  it('names the central college as publisher of a sub-mandate and of an exit decision (GR art 5 lid 6, art 27 lid 1), and filters by publisher', async () => {
    await registered(db.connection.store, SUB_MANDATE);
    await registered(db.connection.store, MEERSSEN_MANDATE);
    const last = await registered(db.connection.store, VAALS_EXIT);
    await db.projected(last);
    const central = [pending(SUB_MANDATE, 'college:GM0935'), pending(VAALS_EXIT, 'college:GM0935')];
    await expect(listAt(last.recordedAt, 'college:GM0935')).resolves.toEqual(central);
    await expect(listAt(last.recordedAt, 'college:GM0938')).resolves.toEqual([pending(MEERSSEN_MANDATE, 'college:GM0938')]);
    await expect(listAt(last.recordedAt, 'college:GM0981')).resolves.toEqual([]);
  });

  it('lists an adopted amendment of the arrangement for the central college until it publishes it; the arrangement\'s own publication does not count for it', async () => {
    await registered(db.connection.store, ARRANGEMENT);
    await published(db.connection.store, ARRANGEMENT, { publicationId: 'gmb-2015-1', publishedOn: '2015-07-01', inForceFrom: '2015-07-02' });
    const adoption = await adoptedAmendment(db.connection.store, 'gr-2025', '2025-01-14');
    const own = await published(db.connection.store, ARRANGEMENT, { publicationId: 'gmb-2025-1', publishedOn: '2025-04-09', inForceFrom: '2025-04-10' });
    const ofAmendment = await published(db.connection.store, ARRANGEMENT, { publicationId: 'gmb-2025-2', publishedOn: '2025-04-09', inForceFrom: '2025-04-10', amendmentId: 'gr-2025' });
    await db.projected(ofAmendment);
    const amendment = pending(ARRANGEMENT, 'college:GM0935', { amendmentId: 'gr-2025', decidedOn: '2025-01-14' });
    await expect(listAt(justBefore(adoption.recordedAt))).resolves.toEqual([]);
    await expect(listAt(own.recordedAt)).resolves.toEqual([amendment]);
    await expect(listAt(ofAmendment.recordedAt)).resolves.toEqual([]);
  });

  it('reads events of an older release: a publication without publisher by the organ that must publish, an adoption of the arrangement without entryIntoForce by publication', async () => {
    await registered(db.connection.store, ARRANGEMENT);
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await published(db.connection.store, MEERSSEN_MANDATE, { publicationId: 'gmb-2026-1' }, true);
    const last = await adoptedAmendment(db.connection.store, 'gr-2025', '2025-01-14', true);
    await db.projected(last);
    await expect(listAt(last.recordedAt)).resolves.toEqual([pending(ARRANGEMENT, 'college:GM0935'), pending(ARRANGEMENT, 'college:GM0935', { amendmentId: 'gr-2025', decidedOn: '2025-01-14' })]);
    const [row] = await db.connection.dataSource.query(`SELECT publisher, required_publisher, brings_into_force FROM ${PUBLICATION_VERSIONS_TABLE}`);
    expect({ ...row, brings_into_force: Number(row.brings_into_force) }).toEqual({ publisher: 'college:GM0938', required_publisher: 'college:GM0938', brings_into_force: 1 });
  });

  it('puts a decision back on the list from a correction that takes its only counting publication out of the gemeenteblad, and off again when corrected back', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    const publication = await published(db.connection.store, MEERSSEN_MANDATE, { publicationId: 'gmb-2026-1' });
    const record = { amendmentId: null, medium: 'gemeenteblad' as const, publicationId: 'gmb-2026-1', publishedOn: '2026-01-29', inForceFrom: '2026-01-30', publisher: 'college:GM0938', requiredPublisher: 'college:GM0938' };
    const out = await corrected(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-1', { ...record, medium: 'other' });
    const back = await corrected(db.connection.store, MEERSSEN_MANDATE, 'gmb-2026-1', record);
    await db.projected(back);
    await expect(listAt(publication.recordedAt)).resolves.toEqual([]);
    await expect(listAt(out.recordedAt)).resolves.toEqual([pending(MEERSSEN_MANDATE, 'college:GM0938')]);
    await expect(listAt(back.recordedAt)).resolves.toEqual([]);
    const versions = await db.connection.dataSource.query(`SELECT position, medium, recorded_from, recorded_until FROM ${PUBLICATION_VERSIONS_TABLE} ORDER BY position`);
    expect(versions.map((row: { position: string | number }) => ({ ...row, position: Number(row.position) }))).toEqual([
      { position: publication.position, medium: 'gemeenteblad', recorded_from: publication.recordedAt, recorded_until: out.recordedAt },
      { position: out.position, medium: 'other', recorded_from: out.recordedAt, recorded_until: back.recordedAt },
      { position: back.position, medium: 'gemeenteblad', recorded_from: back.recordedAt, recorded_until: null },
    ]);
  });

  it('leaves the charter and other documents without a duty to publish off the list, ordering the rest by decision date then id, for an auditor\'s municipalities only', async () => {
    await registered(db.connection.store, MEERSSEN_MANDATE);
    await registered(db.connection.store, CHARTER);
    await registered(db.connection.store, SUB_MANDATE);
    const last = await registered(db.connection.store, VAALS_REVOCATION);
    await db.projected(last);
    await expect(listAt(last.recordedAt)).resolves.toEqual([pending(VAALS_REVOCATION, 'college:GM0981'), pending(MEERSSEN_MANDATE, 'college:GM0938'), pending(SUB_MANDATE, 'college:GM0935')]);
    const listFor = (municipalities: string[]) => pendingPublicationsKnownAt(db.connection.dataSource, last.recordedAt, { kind: 'municipalities', municipalities });
    await expect(listFor(['GM0981'])).resolves.toEqual([pending(VAALS_REVOCATION, 'college:GM0981')]);
    await expect(listFor([])).resolves.toEqual([]);
  });

  it('agrees with a replay of the log at every recorded instant and in between, and a rebuild gives the same rows', async () => {
    const store = db.connection.store;
    for (const document of [MEERSSEN_MANDATE, CHARTER, SUB_MANDATE, ARRANGEMENT]) await registered(store, document);
    await published(store, CHARTER, { publicationId: 'gmb-2026-7' });
    await published(store, SUB_MANDATE, { publicationId: 'stcrt-2026-8', medium: 'staatscourant' });
    await adoptedAmendment(store, 'gr-2026', '2026-01-20');
    await registered(store, VAALS_REVOCATION);
    const record = { amendmentId: null, medium: 'gemeenteblad' as const, publicationId: 'gmb-2026-9', publishedOn: '2026-01-29', inForceFrom: '2026-01-30', publisher: 'college:GM0935', requiredPublisher: 'college:GM0935' };
    await corrected(store, SUB_MANDATE, 'stcrt-2026-8', record);
    const last = await published(store, ARRANGEMENT, { publicationId: 'gmb-2026-10', amendmentId: 'gr-2026' });
    await db.projected(last);
    const log = await store.readAll();
    const vaals = { kind: 'municipalities', municipalities: ['GM0981', 'GM0938'] } as const;
    for (const knownAt of log.flatMap((event) => [justBefore(event.recordedAt), event.recordedAt])) {
      await expect(pendingPublicationsKnownAt(db.connection.dataSource, knownAt)).resolves.toEqual(pendingPublicationsByReplay(log, knownAt));
      await expect(pendingPublicationsKnownAt(db.connection.dataSource, knownAt, vaals)).resolves.toEqual(pendingPublicationsByReplay(log, knownAt, vaals));
    }
    const tables = [PUBLICATION_DUTIES_TABLE, PUBLICATION_VERSIONS_TABLE, DECISION_CONCERNS_TABLE];
    const allRows = () => Promise.all(tables.map((table) => db.connection.dataSource.query(`SELECT * FROM ${table} ORDER BY ${table === DECISION_CONCERNS_TABLE ? 'document_id, municipality' : 'position'}`)));
    const live = await allRows();
    await db.projector.stop();
    await rebuildProjections({ ...db.connection, projections: [new PublicationsProjection()] });
    // Five registrations, the charter in force, the amendment adopted, the sub-mandate in force by its correction, the amendment
    // in force by its publication: nine duties; four publication versions (one of them closed); eight concerns.
    expect(live.map((rows) => rows.length)).toEqual([9, 4, 8]);
    await expect(allRows()).resolves.toEqual(live);
  });
});
