import { document } from '../../../../../libs/domain/src/testing/szmh-reference.fixture';
import { seedDocument } from '../../write-side/testing/szmh-store.fixture';
import { metadataFor, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { ExitParticipantCommand } from './exit-participant.command';
import { ExitParticipantHandler } from './exit-participant.handler';

const VAALS_EXIT_DECISION = document({
  documentId: 'doc-exit-gm0981',
  type: 'exit-decision',
  decidedOn: '2026-06-01',
  decidedBy: ['college:GM0981'],
  concerns: ['GM0981'],
});

async function setup() {
  const h = await writeSideHarness();
  await seedDocument(h.store, VAALS_EXIT_DECISION);
  const seeded = await h.store.headPosition();
  return { ...h, seeded, handler: new ExitParticipantHandler(h.runner, h.lookup) };
}

const vaalsLeaves = { municipality: 'GM0981', exitOn: '2027-01-01', decision: VAALS_EXIT_DECISION.documentId };

describe('ExitParticipantHandler', () => {
  it('appends ParticipantExited with the decision date it loaded from the exit decision document', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new ExitParticipantCommand(vaalsLeaves, metadataFor('vaals-leaves')));
    const [event] = await h.appended(h.seeded);
    expect(result).toEqual({ id: 'GM0981', position: event.position });
    expect(event).toMatchObject({
      stream: 'participant-GM0981',
      type: 'ParticipantExited',
      data: { ...vaalsLeaves, decidedOn: '2026-06-01' },
      metadata: { causationId: 'vaals-leaves', municipalities: ['GM0981'] },
    });
  });

  it('refuses an exit whose decision is not registered as DECISION_DOCUMENT_REQUIRED and appends nothing', async () => {
    const h = await setup();
    const command = new ExitParticipantCommand({ ...vaalsLeaves, decision: 'doc-not-registered' }, metadataFor('vaals-leaves'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'DECISION_DOCUMENT_REQUIRED' });
    await expect(h.appended(h.seeded)).resolves.toEqual([]);
  });

  it('refuses a second exit of Eijsden-Margraten, which left on 2021-07-01, as NOT_A_PARTICIPANT', async () => {
    const h = await setup();
    const command = new ExitParticipantCommand({ municipality: 'GM1903', exitOn: '2022-01-01', decision: 'doc-exit-gm1903' }, metadataFor('again'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'NOT_A_PARTICIPANT' });
    await expect(h.appended(h.seeded)).resolves.toEqual([]);
  });
});
