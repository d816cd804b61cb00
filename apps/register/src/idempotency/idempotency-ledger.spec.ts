import { InMemoryEventStore } from '@register/event-store';
import { ProblemError } from '../http/problem/problem.error';
import { IdempotencyLedger } from './idempotency-ledger';
import { IdempotentRequest } from './idempotent-request';

const request = (body: object, key = 'k-1') =>
  IdempotentRequest.of({ principal: 'registrar@szmh.example', method: 'POST', path: '/api/v1/mandates', key, body });

const CREATED = { status: 201, body: { id: 'm-1', position: 7 } };

describe('IdempotencyLedger', () => {
  let store: InMemoryEventStore;
  let ledger: IdempotencyLedger;

  beforeEach(() => {
    store = new InMemoryEventStore();
    ledger = new IdempotencyLedger(store);
  });

  const reused = expect.objectContaining({ code: 'IDEMPOTENCY_KEY_REUSED' });

  it('lets a request with a new key proceed without writing anything yet', async () => {
    await expect(ledger.begin(request({ id: 'm-1' }))).resolves.toEqual({ kind: 'proceed' });
    await expect(store.headPosition()).resolves.toBe(0);
  });

  it('reserves the key for the body that claims it, with the request it came from', async () => {
    const first = request({ id: 'm-1' });
    await ledger.reserve(first, 'c-1');
    const [reserved] = await store.readStream(first.stream);
    expect(reserved).toMatchObject({
      type: 'IdempotencyKeyReserved',
      data: { requestHash: first.requestHash },
      metadata: { correlationId: 'c-1', recordedBy: 'registrar@szmh.example' },
    });
  });

  it('replays the recorded answer to a repeat, without appending', async () => {
    await ledger.reserve(request({ id: 'm-1' }), 'c-1');
    await ledger.complete(request({ id: 'm-1' }), CREATED, 'c-1');
    const head = await store.headPosition();
    await expect(ledger.begin(request({ id: 'm-1' }))).resolves.toEqual({ kind: 'replay', response: CREATED });
    await expect(store.headPosition()).resolves.toBe(head);
  });

  it('records the answer of a request that wrote without claiming, at the start of the stream', async () => {
    await expect(ledger.complete(request({ id: 'm-1' }), CREATED, 'c-1')).resolves.toEqual({ kind: 'recorded' });
    await expect(ledger.begin(request({ id: 'm-1' }))).resolves.toEqual({ kind: 'replay', response: CREATED });
  });

  it('refuses another body while the key is reserved, and once it is answered', async () => {
    await ledger.reserve(request({ id: 'm-1' }), 'c-1');
    await expect(ledger.begin(request({ id: 'm-2' }))).rejects.toEqual(reused);
    await expect(ledger.reserve(request({ id: 'm-2' }), 'c-2')).rejects.toBeInstanceOf(ProblemError);
    await ledger.complete(request({ id: 'm-1' }), CREATED, 'c-1');
    await expect(ledger.begin(request({ id: 'm-2' }))).rejects.toEqual(reused);
  });

  it('lets the same body claim a reserved key again: the retry of a request that died, which appends nothing', async () => {
    await ledger.reserve(request({ id: 'm-1' }), 'c-1');
    await expect(ledger.begin(request({ id: 'm-1' }))).resolves.toEqual({ kind: 'proceed' });
    await ledger.reserve(request({ id: 'm-1' }), 'c-2');
    await expect(store.headPosition()).resolves.toBe(1);
  });

  it('lets only one of two bodies racing for a free key reserve it', async () => {
    const claims = await Promise.allSettled([ledger.reserve(request({ id: 'm-1' }), 'c-1'), ledger.reserve(request({ id: 'm-2' }), 'c-2')]);
    expect(claims.map((claim) => claim.status).sort()).toEqual(['fulfilled', 'rejected']);
    await expect(store.readStream(request({}).stream)).resolves.toHaveLength(1);
  });

  it('keeps the first of two answers recorded for one body and returns it to the second', async () => {
    await ledger.reserve(request({ id: 'm-1' }), 'c-1');
    const [one, two] = await Promise.all([
      ledger.complete(request({ id: 'm-1' }), CREATED, 'c-1'),
      ledger.complete(request({ id: 'm-1' }), { status: 201, body: { id: 'm-1', position: 8 } }, 'c-2'),
    ]);
    expect([one, two]).toEqual([{ kind: 'recorded' }, { kind: 'answered-by-another', response: CREATED }]);
  });

  it('refuses to record for a body that never claimed a key another body holds', async () => {
    await ledger.reserve(request({ id: 'm-1' }), 'c-1');
    await expect(ledger.complete(request({ id: 'm-2' }), CREATED, 'c-2')).rejects.toEqual(reused);
  });

  it('keeps two keys of one caller apart', async () => {
    await ledger.reserve(request({ id: 'm-1' }, 'k-1'), 'c-1');
    await expect(ledger.begin(request({ id: 'm-2' }, 'k-2'))).resolves.toEqual({ kind: 'proceed' });
  });
});
