import type { RegisterApplication } from '../../apps/register/src/http/http-adapter';
import { EVENT_STORE, type EventStore } from '@register/event-store';
import request from 'supertest';
import { createHttpProbeApp, PROBE_NOW, PROBES_PATH, validProbe } from './support/http-probe-app';
import { makeTempDir, removeTempDir } from './support/test-app';

describe('request validation (api.md "Conventions": 400 VALIDATION_FAILED with the fields)', () => {
  let dataDir: string;
  let app: RegisterApplication;
  let store: EventStore;
  const http = () => request(app.getHttpServer());

  beforeAll(async () => {
    dataDir = await makeTempDir('http-validation');
    app = await createHttpProbeApp({ REGISTER_DATA_DIR: dataDir });
    store = app.get<EventStore>(EVENT_STORE);
  });

  afterAll(async () => {
    await app?.close();
    await removeTempDir(dataDir);
  });

  /** Posts `body`, expects a 400 and that nothing was stored, and returns the field errors. */
  async function fieldErrors(body: unknown): Promise<unknown> {
    const head = await store.headPosition();
    const response = await http().post(PROBES_PATH).send(body as object);
    expect(response.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED' });
    expect(response.status).toBe(400);
    await expect(store.headPosition()).resolves.toBe(head);
    return response.body.errors;
  }

  it('accepts a body every validator likes and stores it: 201 with id and position', async () => {
    const response = await http().post(PROBES_PATH).send(validProbe({ id: 'valid-1' }));
    expect(response.body).toEqual({ id: 'valid-1', position: await store.headPosition() });
    expect(response.status).toBe(201);
  });

  it('names every missing field, the nested object included', async () => {
    await expect(fieldErrors({ id: 'missing-1' })).resolves.toEqual([
      { field: 'validFrom', message: 'must be a calendar date that exists, written YYYY-MM-DD' },
      { field: 'grantor', message: 'must be an organ such as college:GM0938, burgemeester:GM0938 or raad:GM0938' },
      { field: 'grantee', message: 'must be an organ such as college:GM0938 or a function such as GM0935.manager-sociale-zekerheid' },
      { field: 'powers', message: 'must be an array' },
      { field: 'municipality', message: 'must be a CBS municipality code such as GM0938' },
      { field: 'consentBasis', message: 'must be an object' },
    ]);
  });

  it('refuses values of the wrong JSON type instead of converting them', async () => {
    await expect(fieldErrors(validProbe({ id: 42, powers: 'PW-BIJSTAND', consentBasis: ['statutory'] }))).resolves.toEqual([
      { field: 'id', message: expect.stringMatching(/^must be 1 to 128 letters/) },
      { field: 'powers', message: 'must be an array' },
      { field: 'consentBasis', message: 'must be an object' },
    ]);
  });

  it('refuses unknown fields at the top and inside nested objects, naming their paths', async () => {
    const body = validProbe({ colour: 'blue', consentBasis: { type: 'statutory', citation: 'Wgr art. 8', article: 5 } });
    await expect(fieldErrors(body)).resolves.toEqual([
      { field: 'colour', message: 'is not a field of this request' },
      { field: 'consentBasis.article', message: 'is not a field of this request' },
    ]);
  });

  // JSON text, because an object literal cannot hold an own __proto__ key.
  const withKey = (key: string) => `{${key},${JSON.stringify(validProbe({ id: 'proto-1' })).slice(1)}`;

  it.each([
    ['__proto__', withKey('"__proto__":{"registrar":true}'), '__proto__'],
    ['constructor', withKey('"constructor":{"name":"x"}'), 'constructor'],
    ['nested prototype', JSON.stringify(validProbe({ id: 'proto-1', consentBasis: { type: 'statutory', citation: 'Wgr', prototype: {} } })), 'consentBasis.prototype'],
  ])('refuses an own %s key, which the pipe alone would silently drop', async (_key, text, field) => {
    const head = await store.headPosition();
    const response = await http().post(PROBES_PATH).set('Content-Type', 'application/json').send(text);
    expect([response.status, response.body.errors]).toEqual([400, [{ field, message: 'is not a field of this request' }]]);
    await expect(store.headPosition()).resolves.toBe(head);
  });

  it('names the wrong field inside a nested object by its path', async () => {
    await expect(fieldErrors(validProbe({ consentBasis: { type: 'verbal', citation: '   ' } }))).resolves.toEqual([
      { field: 'consentBasis.type', message: 'must be one of the following values: statutory, consent' },
      { field: 'consentBasis.citation', message: 'must be a text of 1 to 2000 characters, not only spaces' },
    ]);
  });

  it('names the wrong item of a list by its index', async () => {
    const errors = await fieldErrors(validProbe({ powers: ['PW-BIJSTAND', 'PW BIJSTAND', 'PW-OK', '-PW'] }));
    expect(errors).toEqual([
      { field: 'powers[1]', message: expect.stringMatching(/^must be 1 to 128 letters/) },
      { field: 'powers[3]', message: expect.stringMatching(/^must be 1 to 128 letters/) },
    ]);
  });

  it.each([
    ['30 February', { validFrom: '2026-02-30' }, 'validFrom'],
    ['month 13', { validFrom: '2026-13-01' }, 'validFrom'],
    ['29 February of a common year', { validFrom: '2026-02-29' }, 'validFrom'],
    ['a date with a time', { validFrom: '2026-01-01T00:00:00.000Z' }, 'validFrom'],
    ['an instant at hour 24', { decidedAt: '2026-01-27T24:00:00.000Z' }, 'decidedAt'],
    ['an instant without milliseconds', { decidedAt: '2026-01-27T10:00:00Z' }, 'decidedAt'],
    ['an instant with an offset instead of Z', { decidedAt: '2026-01-27T11:00:00.000+01:00' }, 'decidedAt'],
  ])('refuses %s', async (_what, overrides, field) => {
    const errors = await fieldErrors(validProbe(overrides));
    expect(errors).toEqual([{ field, message: expect.any(String) }]);
  });

  it.each([
    ['a slash', { id: 'probe/1' }, 'id'],
    ['a leading dash', { id: '-probe' }, 'id'],
    ['129 characters', { id: 'p'.repeat(129) }, 'id'],
    ['a function as grantor, which must be an organ', { grantor: 'GM0935.manager-sociale-zekerheid' }, 'grantor'],
    ['an organ kind the register does not know', { grantee: 'wethouder:GM0938' }, 'grantee'],
    ['a lower-case municipality code', { municipality: 'gm0938' }, 'municipality'],
  ])('refuses an identifier with %s', async (_what, overrides, field) => {
    const errors = await fieldErrors(validProbe(overrides));
    expect(errors).toEqual([{ field, message: expect.any(String) }]);
  });

  it('refuses free text over its limit (a name: 200 characters) and accepts it at the limit', async () => {
    await expect(fieldErrors(validProbe({ note: 'n'.repeat(201) }))).resolves.toEqual([
      { field: 'note', message: 'must be a text of 1 to 200 characters, not only spaces' },
    ]);
    const atLimit = await http().post(PROBES_PATH).send(validProbe({ id: 'note-200', note: 'n'.repeat(200) }));
    expect(atLimit.status).toBe(201);
  });

  describe('the temporal query of reads', () => {
    it('defaults to today in Europe/Amsterdam, now, and the valid axis', async () => {
      const response = await http().get(`${PROBES_PATH}/temporal`);
      // PROBE_NOW is 23:30 UTC on 31 December 2025: in Amsterdam it is already 2026.
      expect(response.body).toEqual({ validOn: '2026-01-01', knownAt: PROBE_NOW.toISOString(), axis: 'valid' });
    });

    it('keeps what the client asked for', async () => {
      // A knownAt before PROBE_NOW: a future one is refused.
      const query = { validOn: '2026-01-15', knownAt: '2025-11-23T10:00:00.000Z', axis: 'inForce' };
      const response = await http().get(`${PROBES_PATH}/temporal`).query(query);
      expect(response.body).toEqual(query);
    });

    it('refuses an unknown parameter (listed first), an impossible date, a sloppy instant and an unknown axis', async () => {
      const response = await http()
        .get(`${PROBES_PATH}/temporal`)
        .query({ validOn: '2026-02-30', knownAt: '2026-11-23', axis: 'recorded', actor: 'x' });
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['actor', 'validOn', 'knownAt', 'axis']);
    });

    it('refuses a parameter given twice', async () => {
      const response = await http().get(`${PROBES_PATH}/temporal?validOn=2026-01-01&validOn=2026-01-02`);
      expect([response.status, response.body.errors]).toEqual([400, [{ field: 'validOn', message: expect.any(String) }]]);
    });
  });
});
