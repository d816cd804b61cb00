import type { StoredEvent } from '@register/event-store';
import fc from 'fast-check';
import { appendRecordedRegister, recordedInstantsAndJustBefore } from '../mandates/testing/append-recorded-register';
import { Projector } from '../runtime/projector';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { type OpenedDatabase, PROJECTION_TEST_BACKENDS, type ProjectionTestBackend } from '../testing/projection-test-database';
import { dateArb } from '../testing/random-register-history';
import { documentKnownAt } from './document-view.query';
import { pendingPublicationsKnownAt } from '../publications/pending-publication-list.query';
import { PUBLICATION_DUTIES_TABLE } from '../publications/publication-duty.entity';
import { PUBLICATION_VERSIONS_TABLE } from '../publications/publication-version.entity';
import { PublicationsProjection } from '../publications/publications.projection';
import { pendingPublicationsByReplay } from '../publications/testing/pending-publication-list.oracle';
import { DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE, DOCUMENT_VERSIONS_TABLE, DocumentsProjection } from './documents.projection';
import { documentByReplay, versionInForceByReplay } from './testing/document-view.oracle';
import { AMENDED_DOCUMENTS, documentHistoryArb, recordDocumentHistory, type DocumentHistory } from './testing/random-document-history';
import { versionInForceOn } from './version-in-force';

/**
 * On random amendment histories (random-document-history.ts) the documents
 * and publications read models show, at every recorded instant and 1 ms
 * before it, what a replay of the log shows: each document with its
 * publications as corrected by then, the version in force on random days on
 * both axes (an amendment of the arrangement only from its publication in the
 * right sheet, GR SZMH art. 27), and the publication work list; and a rebuild
 * writes the live rows again. FC_SEED replays a failure.
 */

const quiet = { log: () => undefined, warn: () => undefined, error: () => undefined };
const seed = { seed: process.env.FC_SEED === undefined ? 20_260_301 : Number(process.env.FC_SEED) };
/** Every run builds a database; shrinking stops here with the smallest counterexample so far. */
const TIME_LIMIT = { interruptAfterTimeLimit: 60_000 };
const HISTORIES = 20;
const DAYS_ASKED = 20;
const AXES = ['valid', 'inForce'] as const;
const TABLES = [DOCUMENT_VERSIONS_TABLE, PUBLICATION_VERSIONS_TABLE, PUBLICATION_DUTIES_TABLE, DOCUMENT_AMENDMENTS_TABLE, DOCUMENT_APPROVALS_TABLE];
const projections = () => [new DocumentsProjection(), new PublicationsProjection()];

type Seen = ReturnType<typeof coverage>;

/** What the runs reached: a property that never meets an adoption, a retroactive one, two axes apart or the publications that matter proves little. */
function coverage() {
  return { types: new Set<string>(), questions: 0, highestVersion: 0, retroactive: 0, inForceDiffers: 0, arrangementAmendmentsListed: 0, arrangementAmendedInForce: 0, notCounting: 0 };
}

interface Projected {
  readonly connection: OpenedDatabase;
  readonly projector: Projector;
  readonly log: StoredEvent[];
}

async function withProjectedHistory(backend: ProjectionTestBackend, history: DocumentHistory, body: (projected: Projected) => Promise<void>) {
  const database = await backend.create();
  const connection = await database.open();
  const projector = new Projector({ ...connection, projections: projections(), logger: quiet });
  try {
    await projector.start();
    const log = await appendRecordedRegister(connection.store, await recordDocumentHistory(history));
    await expect(projector.waitUntilProjected(log[log.length - 1].position, 10_000)).resolves.toBe(true);
    await body({ connection, projector, log });
  } finally {
    await projector.stop();
    await connection.close();
    await database.dispose();
  }
}

/** At every recorded instant and 1 ms before it, each document and its version on every day asked, on both axes. */
async function expectAsReplayed({ connection, log }: Projected, validOns: readonly string[], seen: Seen): Promise<void> {
  log.forEach((event) => seen.types.add(event.type));
  for (const knownAt of recordedInstantsAndJustBefore(log)) {
    const pending = pendingPublicationsByReplay(log, knownAt);
    await expect(pendingPublicationsKnownAt(connection.dataSource, knownAt)).resolves.toEqual(pending);
    seen.arrangementAmendmentsListed += pending.filter((entry) => entry.amendmentId !== null).length;
    for (const { documentId } of AMENDED_DOCUMENTS.map((document) => document.data)) {
      const view = await documentKnownAt(connection.dataSource, documentId, knownAt);
      expect(view).toEqual(documentByReplay(log, documentId, knownAt));
      seen.notCounting += view?.publications.filter((publication) => !publication.bringsIntoForce).length ?? 0;
      for (const validOn of validOns) {
        const [valid, inForce] = AXES.map((axis) => (view === null ? null : versionInForceOn(view, validOn, axis)));
        expect([valid, inForce]).toEqual(AXES.map((axis) => versionInForceByReplay(log, documentId, knownAt, validOn, axis)));
        seen.questions += 1;
        if (valid !== null && inForce !== null && valid.version !== inForce.version) seen.inForceDiffers += 1;
        if (view?.type === 'arrangement' && inForce !== null && inForce.version > 1) seen.arrangementAmendedInForce += 1;
      }
      for (const version of view?.versions ?? []) {
        seen.highestVersion = Math.max(seen.highestVersion, version.version);
        if (version.inForceFrom !== null && version.validFrom < version.inForceFrom) seen.retroactive += 1;
      }
    }
  }
}

async function expectRebuildAsLive({ connection, projector }: Projected): Promise<void> {
  const rows = () => Promise.all(TABLES.map((table) => connection.dataSource.query(`SELECT * FROM ${table} ORDER BY ${table === DOCUMENT_VERSIONS_TABLE ? 'position, version' : 'position'}`)));
  const live = await rows();
  await projector.stop();
  await rebuildProjections({ ...connection, projections: projections() });
  await expect(rows()).resolves.toEqual(live);
}

describe.each(PROJECTION_TEST_BACKENDS)('documents on random amendment histories on $name', (backend) => {
  it('shows every document and its version in force as the replay does, and a rebuild writes the same rows', async () => {
    const seen = coverage();
    const days = fc.array(dateArb, { minLength: DAYS_ASKED, maxLength: DAYS_ASKED });
    await fc.assert(
      fc.asyncProperty(documentHistoryArb, days, async (history, validOns) => {
        await withProjectedHistory(backend, history, async (projected) => {
          await expectAsReplayed(projected, validOns, seen);
          await expectRebuildAsLive(projected);
        });
      }),
      { numRuns: HISTORIES, ...TIME_LIMIT, ...seed },
    );
    expect([...seen.types]).toEqual(expect.arrayContaining(['AmendmentProposed', 'AmendmentApproved', 'AmendmentAdopted', 'DecisionPublished', 'PublicationCorrected']));
    expect(seen.questions).toBeGreaterThanOrEqual(HISTORIES * DAYS_ASKED);
    expect(seen.highestVersion).toBeGreaterThanOrEqual(3);
    expect(seen.retroactive).toBeGreaterThan(0);
    expect(seen.inForceDiffers).toBeGreaterThan(0);
    expect(seen.arrangementAmendmentsListed).toBeGreaterThan(0);
    expect(seen.arrangementAmendedInForce).toBeGreaterThan(0);
    expect(seen.notCounting).toBeGreaterThan(0);
  }, 180_000);
});
