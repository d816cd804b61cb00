import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { bearerFor } from './support/auth-probe-app';
import { createHttpProbeApp, PROBES_PATH, validProbe } from './support/http-probe-app';
import { makeTempDir, removeTempDir } from './support/test-app';
import { TEST_SUBJECTS } from './support/test-token';

// A keyed write stores three events: the reservation of the key, the probe itself, the recorded answer.
const EVENTS_OF_A_KEYED_WRITE = 3;

describe('Idempotency-Key on POST (api.md "Conventions")', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let store: EventStore;
  const http = () => request(app.getHttpServer());
  const post = (key: string, body: object) => http().post(PROBES_PATH).set('Idempotency-Key', key).send(body);
  const probeEvents = async (id: string) => (await store.readStream(`http-probe-${id}`)).length;

  beforeAll(async () => {
    dataDir = await makeTempDir('idempotency');
    app = await createHttpProbeApp({ REGISTER_DATA_DIR: dataDir });
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  afterEach(() => jest.restoreAllMocks());

  it('answers a repeat with the same body with the first response and records nothing new', async () => {
    const head = await store.headPosition();
    const first = await post('key-repeat', validProbe({ id: 'repeat-1' }));
    expect([first.status, first.body]).toEqual([201, { id: 'repeat-1', position: head + 2 }]);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    await expect(store.headPosition()).resolves.toBe(head + EVENTS_OF_A_KEYED_WRITE);

    const repeat = await post('key-repeat', validProbe({ id: 'repeat-1' }));
    expect([repeat.status, repeat.body, repeat.headers['idempotent-replayed']]).toEqual([201, first.body, 'true']);
    await expect(store.headPosition()).resolves.toBe(head + EVENTS_OF_A_KEYED_WRITE);
  });

  it('takes the same body with its keys in another order for the same request', async () => {
    const body = validProbe({ id: 'reordered-1' });
    const first = await post('key-reordered', body);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const repeat = await post('key-reordered', reordered);
    expect([repeat.status, repeat.body, repeat.headers['idempotent-replayed']]).toEqual([201, first.body, 'true']);
  });

  it('answers the same key with another body with 422 IDEMPOTENCY_KEY_REUSED and stores nothing', async () => {
    await post('key-reused', validProbe({ id: 'reused-1' }));
    const head = await store.headPosition();
    const other = await post('key-reused', validProbe({ id: 'reused-2' }));
    expect(other.body).toMatchObject({ status: 422, code: 'IDEMPOTENCY_KEY_REUSED', detail: expect.stringContaining('another body') });
    expect(other.status).toBe(422);
    await expect(store.headPosition()).resolves.toBe(head);
    await expect(probeEvents('reused-2')).resolves.toBe(0);
  });

  it('decides a refused request again when it is repeated: the same refusal, and neither attempt records anything', async () => {
    const head = await store.headPosition();
    const first = await post('key-refused', validProbe({ id: 'refused-1', fail: 'rule' }));
    const repeat = await post('key-refused', validProbe({ id: 'refused-1', fail: 'rule' }));
    expect([first.status, first.body.code]).toEqual([422, 'SUBMANDATE_NOT_PERMITTED']);
    expect([repeat.status, repeat.body.code, repeat.headers['idempotent-replayed']]).toEqual([422, 'SUBMANDATE_NOT_PERMITTED', undefined]);
    await expect(store.headPosition()).resolves.toBe(head);
  });

  it('leaves the key of a refused request free for another body, as if the request never was', async () => {
    await post('key-refused-2', validProbe({ id: 'refused-2', fail: 'rule' }));
    const other = await post('key-refused-2', validProbe({ id: 'refused-2' }));
    expect(other.status).toBe(201);
  });

  it('records nothing for a body that fails validation, so the fixed body may take the key', async () => {
    const head = await store.headPosition();
    const invalid = await post('key-fixed', validProbe({ id: 'fixed-1', validFrom: '2026-02-30' }));
    await expect(store.headPosition()).resolves.toBe(head);
    const fixed = await post('key-fixed', validProbe({ id: 'fixed-1' }));
    expect([invalid.status, fixed.status]).toEqual([400, 201]);
  });

  it('keeps the keys of different callers apart', async () => {
    const send = async (subject: { sub: string; roles: readonly string[] }, id: string) =>
      http()
        .post(`${PROBES_PATH}/guarded`)
        .set('Authorization', await bearerFor({ ...subject, roles: ['registrar'] }))
        .set('Idempotency-Key', 'key-shared')
        .send(validProbe({ id }));
    const mine = await send(TEST_SUBJECTS.registrar, 'caller-1');
    const theirs = await send({ sub: 'other-registrar@szmh.example', roles: ['registrar'] }, 'caller-2');
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(theirs.body.id).toBe('caller-2');
  });

  it.each([
    ['empty', ''],
    ['longer than 255 characters', 'k'.repeat(256)],
    ['not ASCII', 'sleutel-é'],
  ])('refuses a key that is %s with 400 naming the header', async (_why, key) => {
    const response = await post(key, validProbe({ id: 'bad-key-1' }));
    expect(response.body).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'Idempotency-Key' }] });
    await expect(probeEvents('bad-key-1')).resolves.toBe(0);
  });

  it('refuses two keys on one request rather than joining them into one', async () => {
    // superagent sends a list as repeated header lines; its types only allow that for Cookie.
    const twoKeys = ['one', 'two'] as unknown as string;
    const response = await http().post(PROBES_PATH).set('Idempotency-Key', twoKeys).send(validProbe({ id: 'two-keys-1' }));
    expect(response.body).toMatchObject({ status: 400, errors: [{ field: 'Idempotency-Key', message: 'must be sent once' }] });
  });

  it('accepts a key of 255 printable characters, spaces and punctuation included', async () => {
    const response = await post(`a key: ${'~'.repeat(248)}`, validProbe({ id: 'long-key-1' }));
    expect(response.status).toBe(201);
  });

  describe('after a crash between the write and the recorded answer', () => {
    it('answers the retry with the event the first attempt stored, and stores it only once', async () => {
      const append = store.appendToStream.bind(store);
      let failed = false;
      jest.spyOn(store, 'appendToStream').mockImplementation(async (stream, events, options) => {
        if (!failed && events[0]?.type === 'IdempotentResponseRecorded') {
          failed = true;
          throw new Error('the process died before the answer was recorded');
        }
        return append(stream, events, options);
      });
      const lost = await post('key-crash', validProbe({ id: 'crash-1' }));
      expect(lost.status).toBe(500);
      const [stored] = await store.readStream('http-probe-crash-1');

      const retry = await post('key-crash', validProbe({ id: 'crash-1' }));
      expect([retry.status, retry.body]).toEqual([201, { id: 'crash-1', position: stored.position }]);
      await expect(probeEvents('crash-1')).resolves.toBe(1);
    });
  });

  describe('concurrent repeats', () => {
    /**
     * Holds every append `held` picks (the probes, by default) until a second
     * one arrives or `release()` is called, so two requests really are inside
     * the handler at once: without it, one finishes before the other is parsed.
     */
    function holdProbeAppends(held = (stream: string, _type: string) => stream.startsWith('http-probe-')) {
      const append = store.appendToStream.bind(store);
      let arrivals = 0;
      let release = () => undefined as void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      jest.spyOn(store, 'appendToStream').mockImplementation(async (stream, events, options) => {
        if (held(stream, events[0]?.type ?? '')) {
          arrivals += 1;
          if (arrivals >= 2) release();
          await gate;
        }
        return append(stream, events, options);
      });
      const firstArrived = async () => {
        while (arrivals < 1) await new Promise((resolve) => setTimeout(resolve, 2));
      };
      return { firstArrived, release: () => release() };
    }

    it('store the write once and answer both with it', async () => {
      const hold = holdProbeAppends();
      const head = await store.headPosition();
      const first = post('key-race', validProbe({ id: 'race-1' })).then((response) => response);
      await hold.firstArrived();
      const second = await post('key-race', validProbe({ id: 'race-1' }));
      const one = await first;
      expect([one.status, second.status]).toEqual([201, 201]);
      expect(second.body).toEqual(one.body);
      await expect(probeEvents('race-1')).resolves.toBe(1);
      await expect(store.headPosition()).resolves.toBe(head + EVENTS_OF_A_KEYED_WRITE);
    });

    it('with different bodies let the first through and refuse the second before it writes', async () => {
      const hold = holdProbeAppends();
      const first = post('key-race-2', validProbe({ id: 'race-2a' })).then((response) => response);
      await hold.firstArrived();
      const second = await post('key-race-2', validProbe({ id: 'race-2b' }));
      hold.release();
      expect([(await first).status, second.status, second.body.code]).toEqual([201, 422, 'IDEMPOTENCY_KEY_REUSED']);
      await expect(probeEvents('race-2b')).resolves.toBe(0);
    });

    it('with different bodies that both found the key free let one claim it and refuse the other before it writes', async () => {
      const hold = holdProbeAppends((_stream, type) => type === 'IdempotencyKeyReserved');
      const answers = await Promise.all([post('key-race-3', validProbe({ id: 'race-3a' })), post('key-race-3', validProbe({ id: 'race-3b' }))]);
      hold.release();
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422]);
      await expect(Promise.all([probeEvents('race-3a'), probeEvents('race-3b')])).resolves.toEqual(
        answers.map((answer) => (answer.status === 201 ? 1 : 0)),
      );
    });
  });

  describe('across a restart', () => {
    it('answers a repeat sent to the reopened service with the first response, recording nothing new', async () => {
      const first = await post('key-restart', validProbe({ id: 'restart-1' }));
      await app.close();
      app = await createHttpProbeApp({ REGISTER_DATA_DIR: dataDir });
      store = app.get<EventStore>(EVENT_STORE);
      const head = await store.headPosition();

      const repeat = await post('key-restart', validProbe({ id: 'restart-1' }));
      expect([repeat.status, repeat.body, repeat.headers['idempotent-replayed']]).toEqual([201, first.body, 'true']);
      await expect(store.headPosition()).resolves.toBe(head);
    });
  });
});
