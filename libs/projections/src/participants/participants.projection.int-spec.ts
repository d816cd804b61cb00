import { participantStreamId } from '@register/domain';
import type { EventStore, StoredEvent } from '@register/event-store';
import { rebuildProjections } from '../runtime/rebuild-projections';
import { justBefore, useProjectedDatabase } from '../testing/projected-database';
import { PROJECTION_TEST_BACKENDS } from '../testing/projection-test-database';
import { PARTICIPANT_VERSIONS_TABLE, ParticipantsProjection } from './participants.projection';
import { participantsKnownAt } from './participant-list.query';
import { participantListByReplay } from './testing/participant-list.oracle';
import { untilTheClockPasses } from '../testing/next-instant';


const MAASTRICHT = { municipality: 'GM0935', name: 'Maastricht', joinedOn: '2015-01-01' };
const EIJSDEN = { municipality: 'GM1903', name: 'Eijsden-Margraten', joinedOn: '2015-01-01' };
const EIJSDEN_EXIT = { municipality: 'GM1903', exitOn: '2021-07-01', decision: 'doc-exit-gm1903', decidedOn: '2020-12-15' };

/** Appends one event and returns it as stored; after the clock has moved on, so every event has an instant of its own to ask about. */
async function record(store: EventStore, type: string, data: { readonly municipality: string; readonly [field: string]: string }): Promise<StoredEvent> {
  await untilTheClockPasses(Date.now());
  const { position } = await store.appendToStream(participantStreamId(data.municipality), [{ eventId: `${type}-${Date.now()}-${Math.random()}`, type, data }]);
  const [stored] = await store.readAll({ fromPosition: position - 1, limit: 1 });
  return stored;
}

describe.each(PROJECTION_TEST_BACKENDS)('the participants projection on $name', (backend) => {
  const db = useProjectedDatabase(backend, () => [new ParticipantsProjection()]);

  it('lists a joined participant from the instant its joining was recorded, and nothing before', async () => {
    const joined = await record(db.connection.store, 'ParticipantJoined', MAASTRICHT);
    await db.projected(joined);
    await expect(participantsKnownAt(db.connection.dataSource, justBefore(joined.recordedAt))).resolves.toEqual([]);
    await expect(participantsKnownAt(db.connection.dataSource, joined.recordedAt)).resolves.toEqual([{ ...MAASTRICHT, exitOn: null }]);
  });

  it('shows the exit from the instant it was recorded, and the open membership when asked just before', async () => {
    await record(db.connection.store, 'ParticipantJoined', MAASTRICHT);
    await record(db.connection.store, 'ParticipantJoined', EIJSDEN);
    const exited = await record(db.connection.store, 'ParticipantExited', EIJSDEN_EXIT);
    await db.projected(exited);

    const maastricht = { ...MAASTRICHT, exitOn: null };
    await expect(participantsKnownAt(db.connection.dataSource, justBefore(exited.recordedAt))).resolves.toEqual([
      maastricht,
      { ...EIJSDEN, exitOn: null },
    ]);
    // A participant that left stays on the list, with the date it left.
    await expect(participantsKnownAt(db.connection.dataSource, exited.recordedAt)).resolves.toEqual([maastricht, { ...EIJSDEN, exitOn: '2021-07-01' }]);
  });

  it('keeps one row per version: the exit closes the joined version at its recordedAt and opens the next', async () => {
    const joined = await record(db.connection.store, 'ParticipantJoined', EIJSDEN);
    const exited = await record(db.connection.store, 'ParticipantExited', EIJSDEN_EXIT);
    await db.projected(exited);
    const rows = await db.connection.dataSource.query(
      `SELECT position, exit_on, recorded_from, recorded_until FROM ${PARTICIPANT_VERSIONS_TABLE} ORDER BY position`,
    );
    expect(rows.map((row: { position: string | number }) => ({ ...row, position: Number(row.position) }))).toEqual([
      { position: joined.position, exit_on: null, recorded_from: joined.recordedAt, recorded_until: exited.recordedAt },
      { position: exited.position, exit_on: '2021-07-01', recorded_from: exited.recordedAt, recorded_until: null },
    ]);
  });

  it('lists a municipality that joined again as a second membership, the ended one kept with its exit', async () => {
    await record(db.connection.store, 'ParticipantJoined', EIJSDEN);
    await record(db.connection.store, 'ParticipantExited', EIJSDEN_EXIT);
    const rejoined = await record(db.connection.store, 'ParticipantJoined', { ...EIJSDEN, joinedOn: '2024-01-01' });
    await db.projected(rejoined);
    await expect(participantsKnownAt(db.connection.dataSource, rejoined.recordedAt)).resolves.toEqual([
      { ...EIJSDEN, exitOn: '2021-07-01' },
      { ...EIJSDEN, joinedOn: '2024-01-01', exitOn: null },
    ]);
  });

  it('agrees with a replay of the log at every recorded instant and in between, and a rebuild gives the same rows', async () => {
    await record(db.connection.store, 'ParticipantJoined', MAASTRICHT);
    await record(db.connection.store, 'ParticipantJoined', EIJSDEN);
    await record(db.connection.store, 'ParticipantExited', EIJSDEN_EXIT);
    const last = await record(db.connection.store, 'ParticipantJoined', { ...EIJSDEN, joinedOn: '2024-01-01' });
    await db.projected(last);
    const log = await db.connection.store.readAll();
    const instants = log.flatMap((event) => [justBefore(event.recordedAt), event.recordedAt]);
    for (const knownAt of instants) {
      await expect(participantsKnownAt(db.connection.dataSource, knownAt)).resolves.toEqual(participantListByReplay(log, knownAt));
    }

    const allRows = () => db.connection.dataSource.query(`SELECT * FROM ${PARTICIPANT_VERSIONS_TABLE} ORDER BY position`);
    const live = await allRows();
    await db.projector.stop();
    await rebuildProjections({ ...db.connection, projections: [new ParticipantsProjection()] });
    // One row per event: two joins, the exit's next version (the joined one closed, not deleted), the rejoin.
    expect(live).toHaveLength(4);
    await expect(allRows()).resolves.toEqual(live);
  });
});
