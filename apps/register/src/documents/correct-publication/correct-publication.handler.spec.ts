import { eventIdOf, metadataFor, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { PublicationIdReservation } from '../publish-decision/publication-id.reservation';
import { PublishDecisionCommand } from '../publish-decision/publish-decision.command';
import { PublishDecisionHandler } from '../publish-decision/publish-decision.handler';
import { CorrectPublicationCommand } from './correct-publication.command';
import { CorrectPublicationHandler } from './correct-publication.handler';

// The seed publishes Meerssen's decision as gmb-2026-90002 and reserves that number for it.
const MEERSSEN = 'doc-mandate-gm0938-2026';
const SUBMANDATE = 'doc-submandate-gm0935-2026';

const renumber = (value: string, publicationId = 'gmb-2026-90002') => ({ documentId: MEERSSEN, publicationId, field: 'publicationId', value, reason: 'nummer verkeerd overgenomen' });
const publishSubMandate = (publicationId: string) => ({
  documentId: SUBMANDATE,
  medium: 'gemeenteblad',
  publicationId,
  publishedOn: '2026-01-29',
  inForceFrom: '2026-01-30',
});

async function setup() {
  const h = await writeSideHarness();
  const reservations = new PublicationIdReservation(h.store);
  return {
    ...h,
    correct: new CorrectPublicationHandler(h.runner, reservations, h.clock, h.lookup),
    publish: new PublishDecisionHandler(h.runner, reservations, h.clock, h.lookup),
  };
}

describe('CorrectPublicationHandler', () => {
  it('reserves the corrected number, appends the correction, then releases the old number, all caused by the one command', async () => {
    const h = await setup();
    const { result, events } = await h.correct.execute(new CorrectPublicationCommand(renumber('gmb-2026-90020'), metadataFor('renumber')));
    const appended = await h.appended();
    expect(appended.map((e) => [e.stream, e.type, e.eventId])).toEqual([
      ['publication-id-gmb-2026-90020', 'PublicationIdReserved', eventIdOf('renumber', 0)],
      [`document-${MEERSSEN}`, 'PublicationCorrected', eventIdOf('renumber', 1)],
      ['publication-id-gmb-2026-90002', 'PublicationIdReleased', eventIdOf('renumber', 2)],
    ]);
    expect(appended.map((e) => e.metadata.municipalities)).toEqual([['GM0938'], ['GM0938'], ['GM0938']]);
    expect(result).toEqual({ id: MEERSSEN, publicationId: 'gmb-2026-90020', position: appended[1].position });
    expect(events).toMatchObject([{ type: 'PublicationCorrected', data: { publicationId: 'gmb-2026-90002', value: 'gmb-2026-90020' } }]);
  });

  it('lets another document publish under the freed number, and no longer under the corrected one', async () => {
    const h = await setup();
    await h.correct.execute(new CorrectPublicationCommand(renumber('gmb-2026-90020'), metadataFor('renumber')));
    await expect(h.publish.execute(new PublishDecisionCommand(publishSubMandate('gmb-2026-90002'), metadataFor('reuse')))).resolves.toMatchObject({
      result: { publicationId: 'gmb-2026-90002' },
    });
    await expect(h.publish.execute(new PublishDecisionCommand(publishSubMandate('gmb-2026-90020'), metadataFor('taken')))).rejects.toMatchObject({
      code: 'DUPLICATE_PUBLICATION',
    });
  });

  it('refuses a number another document holds as DUPLICATE_PUBLICATION and appends nothing, not even a reservation', async () => {
    const h = await setup();
    await h.publish.execute(new PublishDecisionCommand(publishSubMandate('gmb-2026-90003'), metadataFor('other')));
    const before = await h.store.headPosition();
    await expect(h.correct.execute(new CorrectPublicationCommand(renumber('gmb-2026-90003'), metadataFor('clash')))).rejects.toMatchObject({
      code: 'DUPLICATE_PUBLICATION',
    });
    await expect(h.appended(before)).resolves.toEqual([]);
  });

  it('appends nothing when the decider refuses the correction (a number of another year than its publication)', async () => {
    const h = await setup();
    await expect(h.correct.execute(new CorrectPublicationCommand(renumber('gmb-2025-90002'), metadataFor('wrong-year')))).rejects.toMatchObject({
      code: 'INVALID_PUBLICATION_ID',
    });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('finishes the release on a retry under the same Idempotency-Key after a crash that stored the correction only', async () => {
    const h = await setup();
    const append = h.store.appendToStream.bind(h.store);
    jest.spyOn(h.store, 'appendToStream').mockImplementation(async (stream, events, options) => {
      if (events[0]?.type === 'PublicationIdReleased') throw new Error('the process died before the release was appended');
      return append(stream, events, options);
    });
    await expect(h.correct.execute(new CorrectPublicationCommand(renumber('gmb-2026-90020'), metadataFor('renumber')))).rejects.toThrow('died');
    jest.mocked(h.store.appendToStream).mockRestore();
    await h.correct.execute(new CorrectPublicationCommand(renumber('gmb-2026-90020'), metadataFor('renumber')));
    await expect(h.appended()).resolves.toMatchObject([{ type: 'PublicationIdReserved' }, { type: 'PublicationCorrected' }, { type: 'PublicationIdReleased' }]);
  });

  it('changes no reservation when another field is corrected', async () => {
    const h = await setup();
    const command = new CorrectPublicationCommand({ ...renumber('x'), field: 'publishedOn', value: '2026-01-28' }, metadataFor('date'));
    await expect(h.correct.execute(command)).resolves.toMatchObject({ result: { publicationId: 'gmb-2026-90002' } });
    await expect(h.appended()).resolves.toMatchObject([{ type: 'PublicationCorrected' }]);
  });
});
