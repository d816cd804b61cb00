import type { DocumentRegistered, FunctionRegistered, MandateGranted, PowerCatalogued } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { DataSource } from 'typeorm';
import { appendRecordedRegister } from '../mandates/testing/append-recorded-register';
import { mandateKnownAt } from '../mandates/mandate.query';
import { registerProjections } from '../register-projections';
import { Projector } from '../runtime/projector';
import { PROJECTION_TEST_BACKENDS, type ProjectionTestBackend } from '../testing/projection-test-database';
import { VAALS_DECISION } from '../../../domain/src/testing/szmh-reference.fixture';
import type { RecordedRegister } from '../testing/recorded-register';
import { AT, example1, grantMeerssen, MEERSSEN_MANDATE_ID, publish, registerDocument, revoke, subMandate } from '../testing/szmh-log.fixture';
import { documentPage } from './document-list.query';
import { functionPage } from './function-list.query';
import type { ListAudience, ListPage, PageRequest } from './list-page';
import { mandatePage } from './mandate-list.query';
import { powerPage } from './power-list.query';

const QUIET = { log: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * Example 1 and a dozen more grants by Meerssen and by Vaals, of different
 * powers and periods, some revoked, some not yet valid, and a second
 * sub-mandate: enough items that pages of one and two cut every list often.
 */
async function registerWithManyMandates(): Promise<RecordedRegister> {
  const register = await example1();
  const powers = [['PW-BIJSTAND'], ['PW-TERUGVORDERING'], ['PW-BIJSTAND', 'PW-TERUGVORDERING']];
  const meerssen = Array.from({ length: 7 }, (_, n) => grantMeerssen({ mandateId: `m-gm0938-${n}`, powers: powers[n % 3], subMandateAllowed: [], validFrom: n % 4 === 0 ? '2026-06-01' : '2026-01-01' }));
  const vaals = Array.from({ length: 6 }, (_, n) =>
    grantMeerssen({ mandateId: `m-gm0981-${n}`, grantor: 'college:GM0981', municipalities: ['GM0981'], powers: powers[n % 3], subMandateAllowed: [], decision: VAALS_DECISION.documentId }),
  );
  await register.at('2026-02-02T10:00:00.000Z', registerDocument(VAALS_DECISION), ...meerssen, ...vaals);
  await register.at('2026-02-03T10:00:00.000Z', publish(VAALS_DECISION.documentId, 'gmb-2026-90010', '2026-02-03', '2026-02-04'), subMandate({ mandateId: 'sub-2' }));
  await register.at('2026-02-04T10:00:00.000Z', revoke('m-gm0938-1', '2026-02-15', 'doc-mandate-gm0938-2026'), revoke(MEERSSEN_MANDATE_ID, '2026-02-20', 'doc-mandate-gm0938-2026'));
  return register;
}
const EVERYTHING = 500;

type Fetch<Item> = (page: Omit<PageRequest, 'knownAt'>) => Promise<ListPage<Item>>;

/** Every page of a list at `limit` items a page, the cursor of each the start of the next. */
async function allPages<Item>(fetch: Fetch<Item>, limit: number): Promise<Item[]> {
  const items: Item[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 1_000; pages += 1) {
    const page: ListPage<Item> = await fetch({ after, limit });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    if (page.nextAfter === null) return items;
    after = page.nextAfter;
  }
  throw new Error('the list never ended');
}

/** The unpaged answer and the same list paged one and two at a time must be equal: no item lost, none twice. */
async function expectPagingAddsUp<Item>(fetch: Fetch<Item>): Promise<Item[]> {
  const { items: whole, nextAfter } = await fetch({ after: null, limit: EVERYTHING });
  expect(nextAfter).toBeNull();
  await expect(allPages(fetch, 1)).resolves.toEqual(whole);
  await expect(allPages(fetch, 2)).resolves.toEqual(whole);
  return whole;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dataOf = <Data>(log: readonly StoredEvent[], type: string, knownAt: string): Data[] =>
  log.filter((event) => event.type === type && event.recordedAt <= knownAt).map((event) => event.data as Data);

describe.each(PROJECTION_TEST_BACKENDS)('the list pages on $name', (backend: ProjectionTestBackend) => {
  it('pages through every list as the log says, whole and in pieces, an auditor through what concerns them', async () => {
    const database = await backend.create();
    const connection = await database.open();
    const projector = new Projector({ ...connection, projections: registerProjections(), logger: QUIET });
    await projector.start();
    try {
      const log = await appendRecordedRegister(connection.store, await registerWithManyMandates());
      await expect(projector.waitUntilProjected(log[log.length - 1].position, 10_000)).resolves.toBe(true);
      const instants = [...new Set(log.map((event) => event.recordedAt))];
      await expectListsAsTheLogSays(connection.dataSource, log, AT.publications);
      const listed = await expectListsAsTheLogSays(connection.dataSource, log, instants[instants.length - 1]);
      // A list that came back empty would prove nothing about paging.
      expect(listed).toEqual({ powers: expect.any(Number), functions: expect.any(Number), documents: expect.any(Number), mandates: expect.any(Number), valid: expect.any(Number) });
      expect(Math.min(...Object.values(listed))).toBeGreaterThan(1);
    } finally {
      await projector.stop();
      await connection.close();
      await database.dispose();
    }
  }, 120_000);
});

/** How many items each list showed. */
type Listed = Record<'powers' | 'functions' | 'documents' | 'mandates' | 'valid', number>;

async function expectListsAsTheLogSays(dataSource: DataSource, log: readonly StoredEvent[], knownAt: string): Promise<Listed> {
  const powers = dataOf<PowerCatalogued['data']>(log, 'PowerCatalogued', knownAt);
  const listedPowers = await expectPagingAddsUp((page) => powerPage(dataSource, { holder: 'college' }, { ...page, knownAt }));
  expect(listedPowers.map((power) => power.id)).toEqual(powers.filter((power) => power.holder === 'college').map((power) => power.powerId).sort(byCodeUnit));

  const functions = dataOf<FunctionRegistered['data']>(log, 'FunctionRegistered', knownAt);
  const vaals: ListAudience = ['GM0981', 'GM0935'];
  const listedFunctions = await expectPagingAddsUp((page) => functionPage(dataSource, {}, vaals, { ...page, knownAt }));
  expect(listedFunctions.map((fn) => fn.id)).toEqual(functions.filter((fn) => vaals.includes(fn.municipality)).map((fn) => fn.functionId).sort(byCodeUnit));

  const documents = dataOf<DocumentRegistered['data']>(log, 'DocumentRegistered', knownAt);
  const listedDocuments = await expectPagingAddsUp((page) => documentPage(dataSource, { concerns: 'GM0938' }, null, { ...page, knownAt }));
  expect(listedDocuments.map((document) => document.id)).toEqual(documents.filter((d) => d.concerns.includes('GM0938')).map((d) => d.documentId).sort(byCodeUnit));

  const mandates = await expectMandatesAsTheLogSays(dataSource, log, knownAt);
  return { powers: listedPowers.length, functions: listedFunctions.length, documents: listedDocuments.length, ...mandates };
}

async function expectMandatesAsTheLogSays(dataSource: DataSource, log: readonly StoredEvent[], knownAt: string): Promise<Pick<Listed, 'mandates' | 'valid'>> {
  const grants = dataOf<MandateGranted['data']>(log, 'MandateGranted', knownAt);
  const question = { validOn: '2026-03-01', knownAt, axis: 'inForce' as const };
  const meerssen: ListAudience = ['GM0938'];
  const listed = await expectPagingAddsUp((page) => mandatePage(dataSource, { power: 'PW-BIJSTAND' }, meerssen, question, page));
  const concernsMeerssen = (grant: MandateGranted['data']) => [grant.grantor, grant.grantee, ...grant.municipalities].some((party) => party.includes('GM0938'));
  const expected = grants.filter((grant) => grant.powers.includes('PW-BIJSTAND') && concernsMeerssen(grant)).map((grant) => grant.mandateId).sort(byCodeUnit);
  expect(listed.map((mandate) => mandate.mandateId)).toEqual(expected);
  // Each item is the mandate as GET /mandates/{id} shows it.
  for (const mandate of listed) await expect(mandateKnownAt(dataSource, mandate.mandateId, question)).resolves.toEqual(mandate);

  const valid = await expectPagingAddsUp((page) => mandatePage(dataSource, { status: 'valid' }, null, question, page));
  const all = await Promise.all(grants.map((grant) => mandateKnownAt(dataSource, grant.mandateId, question)));
  expect(valid.map((mandate) => mandate.mandateId)).toEqual(all.filter((mandate) => mandate?.status === 'valid').map((mandate) => mandate!.mandateId).sort(byCodeUnit));
  return { mandates: listed.length, valid: valid.length };
}
