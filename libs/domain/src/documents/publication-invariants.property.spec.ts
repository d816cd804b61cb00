import fc from 'fast-check';
import type { RegisterRequest } from '../register-command';
import { isDomainError } from '../shared/domain.error';
import type { RegisterWorld } from '../register-world/register-world';
import { MEERSSEN_DECISION, REVOCATION_DECISION, SUBMANDATE_DECISION, TODAY } from '../testing/szmh-reference.fixture';
import { seededSzmhWorld } from '../testing/szmh-world.fixture';

/**
 * Random publications and corrections of publications of three decisions,
 * through the in-memory handlers with their register-wide reservation of
 * identifiers. Whatever is accepted, no identifier names two publications,
 * every sheet's number carries its year of publication, and no decision is
 * published before it was taken or in force before it was published. A
 * corrected number is free again: the generators reuse the numbers they
 * corrected away.
 */

const DOCUMENTS = [MEERSSEN_DECISION.documentId, SUBMANDATE_DECISION.documentId, REVOCATION_DECISION.documentId];
const MEDIA = ['gemeenteblad', 'gemeenteblad', 'staatscourant', 'other'];
const PUBLISHERS = [null, 'college:GM0935', 'college:GM0938', 'burgemeester:GM0981', 'college:GM0363'];

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const weighted = <T>(entries: readonly [T, number][]) => fc.oneof(...entries.map(([value, weight]) => ({ weight, arbitrary: fc.constant(value) })));

/** Mostly dates a publication may have; now and then one before the decisions (2026-01-27 and later) or after today. */
const dateArb = weighted([['2026-01-29', 3], ['2026-06-20', 3], ['2026-02-10', 2], ['2026-01-26', 1], ['2025-12-30', 1], ['2026-12-31', 1]]);
/** A few serials, so numbers collide; mostly of the form of a sheet in a year that fits the dates. */
const numberArb = weighted([
  ['gmb-2026-1', 3], ['gmb-2026-2', 3], ['gmb-2026-3', 2], ['stcrt-2026-4', 2], ['gmb-2025-5', 1], ['Heuvelland Nieuws 6', 1],
]);

const intentArb = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      intent: fc.constant('publish' as const),
      document: fc.nat(2),
      publicationId: numberArb,
      medium: pick(MEDIA),
      publishedOn: dateArb,
      daysInForceLater: weighted([[1, 4], [0, 1], [-1, 1]]),
      coin: fc.nat(3),
      /** Takes a number a correction freed, when there is one. */
      reuse: weighted([[false, 1], [true, 1]]),
      publisher: pick(PUBLISHERS),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      intent: fc.constant('correct' as const),
      target: fc.nat(10),
      correction: fc.oneof(
        { weight: 4, arbitrary: fc.record({ field: fc.constant('publicationId'), value: numberArb }) },
        fc.record({ field: fc.constant('publishedOn'), value: dateArb }),
        fc.record({ field: fc.constant('inForceFrom'), value: dateArb }),
        fc.record({ field: fc.constant('medium'), value: pick(MEDIA) }),
        fc.record({ field: fc.constant('publisher'), value: pick(PUBLISHERS.filter((p) => p !== null)) }),
        fc.record({ field: fc.constant('documentId'), value: fc.constant('doc-other') }),
      ),
    }),
  },
);
type Intent = ReturnType<typeof intentArb.generate>['value'];

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function publications(world: RegisterWorld) {
  const documents = await Promise.all(DOCUMENTS.map((id) => world.document(id)));
  return documents.flatMap((d) => (d === null ? [] : d.publications.map((p) => ({ ...p, documentId: d.documentId, decidedOn: d.decidedOn }))));
}

/** The medium a number's form belongs to, which a publication takes three times in four; otherwise the generated one. */
const mediumOf = (publicationId: string, generated: string, coin: number) =>
  coin % 4 === 0 ? generated : publicationId.startsWith('gmb-') ? 'gemeenteblad' : publicationId.startsWith('stcrt-') ? 'staatscourant' : 'other';

async function toRequest(intent: Intent, world: RegisterWorld, freed: ReadonlySet<string>): Promise<RegisterRequest> {
  if (intent.intent === 'publish') {
    const { document, publisher, daysInForceLater, coin, reuse, ...generated } = intent;
    const rest = { ...generated, publicationId: (reuse && [...freed].at(coin % Math.max(freed.size, 1))) || generated.publicationId };
    const data = { ...rest, medium: mediumOf(rest.publicationId, rest.medium, coin) };
    const inForceFrom = addDays(data.publishedOn, daysInForceLater);
    return { type: 'PublishDecision', data: { ...data, documentId: DOCUMENTS[document], inForceFrom, publisher }, today: TODAY };
  }
  const all = await publications(world);
  const target = all[intent.target % Math.max(all.length, 1)] ?? { documentId: DOCUMENTS[0], publicationId: 'gmb-2026-404' };
  const data = { documentId: target.documentId, publicationId: target.publicationId, ...intent.correction, reason: 'property test' };
  return { type: 'CorrectPublication', data, today: TODAY };
}

const tally = new Map<string, number>();
const count = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);

/** Written apart from the rules under test, so a broken rule cannot also break its check. */
async function violations(world: RegisterWorld): Promise<string[]> {
  const found: string[] = [];
  const all = await publications(world);
  const ids = all.map((p) => p.publicationId);
  found.push(...ids.filter((id, at) => ids.indexOf(id) !== at).map((id) => `${id} names two publications`));
  for (const p of all) {
    const year = /^(?:gmb|stcrt)-(\d{4})-/.exec(p.publicationId)?.[1];
    if (p.medium !== 'other' && year !== p.publishedOn.slice(0, 4)) found.push(`${p.publicationId} published on ${p.publishedOn}`);
    if (p.publishedOn < p.decidedOn) found.push(`${p.publicationId} published before its decision`);
    if (p.inForceFrom < p.publishedOn) found.push(`${p.publicationId} in force before it was published`);
  }
  return found;
}

describe('publication invariants under random publications and corrections', () => {
  it('never lets one identifier name two publications, a number carry another year, or a decision be in force before publication', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(intentArb, { minLength: 3, maxLength: 20 }), async (intents) => {
        const world = await seededSzmhWorld();
        const freed = new Set<string>();
        for (const intent of intents) {
          const request = await toRequest(intent, world, freed);
          const before = world.eventCount();
          try {
            await world.execute(request);
            count(`${request.type}:accepted`);
            if (request.type === 'PublishDecision' && freed.has(request.data.publicationId)) count('PublishDecision:accepted-a-freed-number');
            if (request.type === 'CorrectPublication' && request.data.field === 'publicationId') freed.add(request.data.publicationId);
          } catch (error) {
            if (!isDomainError(error)) throw error;
            count(error.code);
            expect(world.eventCount()).toBe(before);
          }
          expect(await violations(world)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
    const rarely = (keys: string[], times: number) => keys.filter((key) => (tally.get(key) ?? 0) <= times).map((key) => `${key}: ${tally.get(key) ?? 0}`);
    expect(rarely(['PublishDecision:accepted', 'CorrectPublication:accepted'], 50)).toEqual([]);
    const paths = [
      'DUPLICATE_PUBLICATION', 'INVALID_PUBLICATION_ID', 'IN_FORCE_BEFORE_PUBLICATION', 'CHRONOLOGY', 'UNKNOWN_REFERENCE', 'VALIDATION_FAILED',
      'PublishDecision:accepted-a-freed-number',
    ];
    expect(rarely(paths, 5)).toEqual([]);
  });
});
