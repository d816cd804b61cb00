import type { CommandBus } from '@nestjs/cqrs';
import type { Projector } from '@register/projections';
import type { RegisterConfig } from '../config/register-config';
import { IdempotencyLedger } from '../idempotency/idempotency-ledger';
import { JoinParticipantCommand } from '../participants/join-participant/join-participant.command';
import { JoinParticipantHandler } from '../participants/join-participant/join-participant.handler';
import { ReadSideLaggingError } from './read-side-lagging.error';
import { SequentialIdGenerator } from './testing/sequential-id-generator';
import { writeSideHarness } from './testing/write-side.harness';
import type { WriteOrigin } from './write-origin';
import { WritePipeline } from './write-pipeline';

const BEEK = { municipality: 'GM0888', name: 'Beek', joinedOn: '2027-01-01' };
const TIMEOUT_MS = 5;

/** A read side that has projected up to `reached` (or everything, when null), and notes each wait it is asked for. */
function readSide() {
  const side = { reached: null as number | null, waits: [] as [number, number][] };
  const projector = {
    waitUntilProjected: async (position: number, timeoutMs: number) => {
      side.waits.push([position, timeoutMs]);
      return side.reached === null || side.reached >= position;
    },
  } as unknown as Projector;
  return { side, projector };
}

/** The pipeline over the unit harness, sending JoinParticipantCommand to its real handler. */
async function pipeline() {
  const h = await writeSideHarness();
  const handler = new JoinParticipantHandler(h.runner);
  const sent = jest.fn((command: JoinParticipantCommand) => handler.execute(command));
  const { side, projector } = readSide();
  const config = { readYourWritesTimeoutMs: TIMEOUT_MS } as RegisterConfig;
  const writes = new WritePipeline({ execute: sent } as unknown as CommandBus, new IdempotencyLedger(h.store), projector, new SequentialIdGenerator(), config);
  const join = (origin: WriteOrigin, data: typeof BEEK = BEEK) => writes.execute(JoinParticipantCommand, data, origin);
  return { ...h, side, sent, writes, join, head: () => h.store.headPosition() };
}

const anonymous: WriteOrigin = { principal: 'registrar-1', correlationId: 'c-1' };
const keyed = (key: string, body: object = BEEK): WriteOrigin => ({ ...anonymous, idempotency: { key, scope: { method: 'POST', path: '/api/v1/participants' }, body } });

describe('WritePipeline', () => {
  it('sends the command with the origin as metadata, waits for the read side to reach its event, and answers the event decided', async () => {
    const p = await pipeline();
    const answer = await p.join(anonymous);
    const [stored] = await p.appended();
    expect(answer).toEqual({
      kind: 'written',
      result: { id: 'GM0888', position: stored.position },
      events: [{ type: 'ParticipantJoined', data: BEEK }],
    });
    expect(stored.metadata).toMatchObject({ recordedBy: 'registrar-1', correlationId: 'c-1', causationId: 'generated-1' });
    expect(p.side.waits).toEqual([[stored.position, TIMEOUT_MS]]);
  });

  it('records the answer under an idempotency key and replays it to a repeat without sending the command again', async () => {
    const p = await pipeline();
    const first = await p.join(keyed('k-1'));
    const head = await p.head();
    const repeat = await p.join(keyed('k-1', { ...BEEK }));
    expect(repeat).toEqual({ kind: 'replayed', result: first.result });
    expect([p.sent.mock.calls.length, await p.head()]).toEqual([1, head]);
  });

  it('refuses the key with another body before sending anything, as IDEMPOTENCY_KEY_REUSED', async () => {
    const p = await pipeline();
    await p.join(keyed('k-1'));
    const head = await p.head();
    const other = { ...BEEK, municipality: 'GM0889' };
    await expect(p.join(keyed('k-1', other), other)).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect([p.sent.mock.calls.length, await p.head()]).toEqual([1, head]);
  });

  it('remembers no refusal: the repeat of a refused command is decided again, and the key stays free', async () => {
    const p = await pipeline();
    const impossible = { ...BEEK, joinedOn: '2027-02-29' };
    await expect(p.join(keyed('k-1', impossible), impossible)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(p.join(keyed('k-1', impossible), impossible)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect([p.sent.mock.calls.length, await p.appended()]).toEqual([2, []]);
    await expect(p.join(keyed('k-1'))).resolves.toMatchObject({ kind: 'written' });
  });

  it('answers READ_SIDE_LAGGING while the read side stays behind, keeps the key for the retry, which waits again and is then recorded', async () => {
    const p = await pipeline();
    p.side.reached = 0;
    const lagging = await p.join(keyed('k-1')).catch((error: unknown) => error);
    const [reserved, stored, ...more] = await p.appended();
    expect(lagging).toBeInstanceOf(ReadSideLaggingError);
    // The key reserved and the event stored, but no answer recorded, or the next repeat would replay a 201.
    expect([reserved.type, stored.type, (lagging as ReadSideLaggingError).position, more]).toEqual(['IdempotencyKeyReserved', 'ParticipantJoined', stored.position, []]);
    await expect(p.join(keyed('k-1'))).rejects.toBeInstanceOf(ReadSideLaggingError);
    p.side.reached = null;
    const retried = await p.join(keyed('k-1'));
    expect(retried).toEqual({ kind: 'written', result: { id: 'GM0888', position: stored.position }, events: [{ type: 'ParticipantJoined', data: BEEK }] });
    await expect(p.join(keyed('k-1'))).resolves.toEqual({ kind: 'replayed', result: retried.result });
    expect((await p.appended()).map((event) => event.type)).toEqual(['IdempotencyKeyReserved', 'ParticipantJoined', 'IdempotentResponseRecorded']);
  });

  it('waits as long as the caller asks, a batch job longer than a client of the API', async () => {
    const p = await pipeline();
    const { result } = await p.writes.execute(JoinParticipantCommand, BEEK, anonymous, { readSideTimeoutMs: 60_000 });
    expect(p.side.waits).toEqual([[result.position, 60_000]]);
  });
});
