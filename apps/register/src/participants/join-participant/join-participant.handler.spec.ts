import { eventIdOf, metadataFor, REGISTRAR, writeSideHarness } from '../../write-side/testing/write-side.harness';
import { JoinParticipantCommand } from './join-participant.command';
import { JoinParticipantHandler } from './join-participant.handler';

const beek = { municipality: 'GM0888', name: 'Beek', joinedOn: '2027-01-01' };

async function setup() {
  const h = await writeSideHarness();
  return { ...h, handler: new JoinParticipantHandler(h.runner) };
}

describe('JoinParticipantHandler', () => {
  it('appends ParticipantJoined to participant-GM0888, recorded by the registrar and concerning Beek only', async () => {
    const h = await setup();
    const { result } = await h.handler.execute(new JoinParticipantCommand(beek, metadataFor('join-beek')));
    const [event] = await h.appended();
    expect(result).toEqual({ id: 'GM0888', position: event.position });
    expect(event).toMatchObject({
      stream: 'participant-GM0888',
      type: 'ParticipantJoined',
      data: beek,
      metadata: { eventId: eventIdOf('join-beek', 0), recordedBy: REGISTRAR, correlationId: 'corr-join-beek', causationId: 'join-beek', municipalities: ['GM0888'] },
    });
  });

  it('appends nothing for a joining date that does not exist', async () => {
    const h = await setup();
    const command = new JoinParticipantCommand({ ...beek, joinedOn: '2027-02-29' }, metadataFor('join-beek'));
    await expect(h.handler.execute(command)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('refuses a second join of a participant that still takes part as ALREADY_EXISTS, appending nothing more', async () => {
    const h = await setup();
    await h.handler.execute(new JoinParticipantCommand(beek, metadataFor('first')));
    await expect(h.handler.execute(new JoinParticipantCommand(beek, metadataFor('second')))).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await expect(h.appended()).resolves.toHaveLength(1);
  });

  it('answers ALREADY_EXISTS naming GM0888 when another join of Beek was appended after this one read the stream', async () => {
    const h = await setup();
    await h.handler.execute(new JoinParticipantCommand(beek, metadataFor('first')));
    jest.spyOn(h.store, 'readStream').mockResolvedValueOnce([]);
    await expect(h.handler.execute(new JoinParticipantCommand(beek, metadataFor('racing')))).rejects.toMatchObject({
      code: 'ALREADY_EXISTS',
      meta: { kind: 'participant', id: 'GM0888' },
    });
  });

  it('lets Eijsden-Margraten join again after its exit, on its existing stream', async () => {
    const h = await setup();
    const rejoin = { municipality: 'GM1903', name: 'Eijsden-Margraten', joinedOn: '2027-01-01' };
    await h.handler.execute(new JoinParticipantCommand(rejoin, metadataFor('rejoin')));
    // Joined in the seed (revision 0), exited (1), joined again (2).
    await expect(h.appended()).resolves.toMatchObject([{ stream: 'participant-GM1903', streamRevision: 2, type: 'ParticipantJoined' }]);
  });
});
