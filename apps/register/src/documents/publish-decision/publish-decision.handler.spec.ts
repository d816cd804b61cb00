import { WrongExpectedVersion } from '@register/event-store';
import { eventIdOf, metadataFor, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { PublicationIdReservation } from './publication-id.reservation';
import { PublishDecisionCommand } from './publish-decision.command';
import { PublishDecisionHandler } from './publish-decision.handler';

// Both seed decisions are registered; only Meerssen's is published (as gmb-2026-90002).
const SUBMANDATE = 'doc-submandate-gm0935-2026';
const REVOCATION = 'doc-revocation-gm0938-2026';

const publication = (documentId: string, publicationId = 'gmb-2026-90003') => ({
  documentId,
  medium: 'gemeenteblad',
  publicationId,
  publishedOn: '2026-06-20',
  inForceFrom: '2026-06-21',
});

async function setup() {
  const h = await writeSideHarness();
  return { ...h, handler: new PublishDecisionHandler(h.runner, new PublicationIdReservation(h.store), h.clock, h.lookup) };
}

describe('PublishDecisionHandler', () => {
  it('reserves the identifier for the document, then appends DecisionPublished, both caused by the one command', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('publish')));
    const [reservation, published, ...more] = await h.appended();
    expect(more).toEqual([]);
    expect(reservation).toMatchObject({
      stream: 'publication-id-gmb-2026-90003',
      type: 'PublicationIdReserved',
      data: { publicationId: 'gmb-2026-90003', documentId: SUBMANDATE },
      metadata: { eventId: eventIdOf('publish', 0), causationId: 'publish', municipalities: ['GM0935', 'GM0938'] },
    });
    expect(published).toMatchObject({
      stream: `document-${SUBMANDATE}`,
      type: 'DecisionPublished',
      data: { documentId: SUBMANDATE, publicationId: 'gmb-2026-90003', decidedOn: '2026-01-27', inForceFrom: '2026-06-21' },
      metadata: { eventId: eventIdOf('publish', 1), causationId: 'publish', municipalities: ['GM0935', 'GM0938'] },
    });
    expect(result).toEqual({ id: SUBMANDATE, publicationId: 'gmb-2026-90003', position: published.position });
  });

  it('appends nothing, not even the reservation, when the decider refuses (in force before publication)', async () => {
    const h = await setup();
    const early = { ...publication(SUBMANDATE), inForceFrom: '2026-06-19' };
    await expect(h.handler.execute(new PublishDecisionCommand(early, metadataFor('early')))).rejects.toMatchObject({
      code: 'IN_FORCE_BEFORE_PUBLICATION',
    });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses gmb-2026-90002, which names Meerssen\'s publication, for another document as DUPLICATE_PUBLICATION', async () => {
    const h = await setup();
    const command = new PublishDecisionCommand(publication(SUBMANDATE, 'gmb-2026-90002'), metadataFor('taken'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'DUPLICATE_PUBLICATION' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('lets exactly one of two documents racing for one identifier publish under it; the other gets DUPLICATE_PUBLICATION', async () => {
    const h = await setup();
    const append = h.store.appendToStream.bind(h.store);
    // Hold both reservations until both writers have decided: neither could see the other's reservation beforehand.
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothDecided = new Promise<void>((resolve) => (release = resolve));
    jest.spyOn(h.store, 'appendToStream').mockImplementation(async (stream, events, options) => {
      if (stream.startsWith('publication-id-') && ++arrived === 2) release();
      if (stream.startsWith('publication-id-')) await bothDecided;
      return append(stream, events, options);
    });
    const outcomes = await Promise.allSettled([
      h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('writer-a'))),
      h.handler.execute(new PublishDecisionCommand(publication(REVOCATION), metadataFor('writer-b'))),
    ]);
    expect(arrived).toBe(2);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const loser = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(loser?.reason).toMatchObject({ code: 'DUPLICATE_PUBLICATION' });
    const appended = await h.appended();
    expect(appended.map((e) => e.type).sort()).toEqual(['DecisionPublished', 'PublicationIdReserved']);
  });

  it('finishes a publication whose reservation was stored before a crash, when the same document retries', async () => {
    const h = await setup();
    const append = h.store.appendToStream.bind(h.store);
    jest.spyOn(h.store, 'appendToStream').mockImplementation(async (stream, events, options) => {
      if (stream.startsWith('document-')) throw new Error('the process died before DecisionPublished was appended');
      return append(stream, events, options);
    });
    await expect(h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('first')))).rejects.toThrow('died');
    jest.mocked(h.store.appendToStream).mockRestore();
    // A retry without Idempotency-Key: other event ids, so it meets the reservation and must recognise it as its own.
    await h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('retry')));
    await expect(h.appended()).resolves.toMatchObject([{ type: 'PublicationIdReserved' }, { type: 'DecisionPublished' }]);
    // The identifier still belongs to that document only.
    const other = new PublishDecisionCommand(publication(REVOCATION), metadataFor('other'));
    await expect(h.handler.execute(other)).rejects.toMatchObject({ code: 'DUPLICATE_PUBLICATION' });
  });

  it('answers a retry with the same Idempotency-Key as the first time and appends nothing new', async () => {
    const h = await setup();
    const first = await h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('publish')));
    await expect(h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('publish')))).resolves.toEqual(first);
    await expect(h.appended()).resolves.toHaveLength(2);
  });

  it('lets a concurrent publication of the same document surface as WrongExpectedVersion, keeping the reservation for a retry', async () => {
    const h = await setup();
    const stale = await h.store.readStream(`document-${SUBMANDATE}`);
    await h.handler.execute(new PublishDecisionCommand(publication(SUBMANDATE, 'gmb-2026-90004'), metadataFor('other-publication')));
    const read = h.store.readStream.bind(h.store);
    jest.spyOn(h.store, 'readStream').mockImplementation(async (stream, options) => (stream === `document-${SUBMANDATE}` ? stale : read(stream, options)));
    const command = new PublishDecisionCommand(publication(SUBMANDATE), metadataFor('stale'));
    await expect(h.handler.execute(command)).rejects.toBeInstanceOf(WrongExpectedVersion);
  });
});
