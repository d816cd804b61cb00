import type { JoinParticipant, ParticipantCommand, ParticipantEvent, ParticipantState } from '@register/domain';
import { DomainError, participantDecider, participantStreamId } from '@register/domain';
import { WrongExpectedVersion } from '@register/event-store';
import type { StreamDecision } from './decider-runner';
import { eventIdOf, metadataFor, REGISTRAR, writeSideHarness } from './testing/write-side.harness';

const BEEK = 'GM0888';

function join(data: JoinParticipant['data']): StreamDecision<ParticipantCommand, ParticipantEvent, ParticipantState> {
  return {
    decider: participantDecider,
    streamId: participantStreamId(data.municipality),
    resource: { kind: 'participant', id: data.municipality },
    command: () => ({ type: 'JoinParticipant', data }),
  };
}

const beekJoins = join({ municipality: BEEK, name: 'Beek', joinedOn: '2027-01-01' });

describe('DeciderRunner', () => {
  it('appends what the decider decided, with the metadata of the command, and answers those events at their position', async () => {
    const h = await writeSideHarness();
    const appended = await h.runner.run(beekJoins, metadataFor('join-beek'));
    const [stored, ...more] = await h.appended();
    expect(more).toEqual([]);
    expect(appended.events).toEqual([{ type: 'ParticipantJoined', data: { municipality: BEEK, name: 'Beek', joinedOn: '2027-01-01' } }]);
    expect(stored).toEqual({
      eventId: eventIdOf('join-beek', 0),
      type: 'ParticipantJoined',
      data: { municipality: BEEK, name: 'Beek', joinedOn: '2027-01-01' },
      metadata: { eventId: eventIdOf('join-beek', 0), recordedBy: REGISTRAR, correlationId: 'corr-join-beek', causationId: 'join-beek', municipalities: [BEEK] },
      stream: 'participant-GM0888',
      streamRevision: 0,
      position: appended.position,
      recordedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
  });

  it('appends nothing when the decider refuses', async () => {
    const h = await writeSideHarness();
    const invalid = join({ municipality: BEEK, name: 'Beek', joinedOn: '2027-02-30' });
    await expect(h.runner.run(invalid, metadataFor('join-beek'))).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('answers ALREADY_EXISTS when another writer created the stream between its read and its append', async () => {
    const h = await writeSideHarness();
    await h.runner.run(beekJoins, metadataFor('first'));
    // The second writer read before the first appended: it saw no stream and appends with no-stream.
    jest.spyOn(h.store, 'readStream').mockResolvedValueOnce([]);
    const error = await h.runner.run(beekJoins, metadataFor('second')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'ALREADY_EXISTS', meta: { kind: 'participant', id: BEEK } });
    await expect(h.appended()).resolves.toHaveLength(1);
  });

  it('lets a conflict on an existing stream surface as WrongExpectedVersion (409), not as ALREADY_EXISTS', async () => {
    const h = await writeSideHarness();
    const stream = participantStreamId('GM1903');
    const stale = await h.store.readStream(stream, { limit: 1 });
    // Eijsden-Margraten's exit is decided on the state before its first exit was recorded, so it is accepted there.
    jest.spyOn(h.store, 'readStream').mockResolvedValueOnce(stale);
    const exit: StreamDecision<ParticipantCommand, ParticipantEvent, ParticipantState> = {
      ...join({ municipality: 'GM1903', name: 'Eijsden-Margraten', joinedOn: '2015-01-01' }),
      command: async () => {
        const data = { municipality: 'GM1903', exitOn: '2022-01-01', decision: 'doc-exit-gm1903' };
        return { type: 'ExitParticipant', data, context: { decision: await h.lookup.document(data.decision) } };
      },
    };
    await expect(h.runner.run(exit, metadataFor('exit-again'))).rejects.toBeInstanceOf(WrongExpectedVersion);
    await expect(h.appended()).resolves.toEqual([]);
  });

  it('answers a retry of an appended command with the events it stored and appends nothing, where the decider would refuse', async () => {
    const h = await writeSideHarness();
    const first = await h.runner.run(beekJoins, metadataFor('join-beek'));
    await expect(h.runner.run(beekJoins, metadataFor('join-beek'))).resolves.toEqual(first);
    await expect(h.runner.run(beekJoins, metadataFor('another-key'))).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
    await expect(h.appended()).resolves.toHaveLength(1);
  });
});
