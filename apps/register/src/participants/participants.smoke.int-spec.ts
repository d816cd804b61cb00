import { WriteSideApp } from '../write-side/testing/write-side-app';

describe('participant routes through HTTP (smoke, SQLite)', () => {
  let app: WriteSideApp;

  beforeAll(async () => {
    app = await WriteSideApp.start();
  }, 60_000);

  afterAll(() => app.stop());

  it('answers POST /participants with 201 {id, position} and stores ParticipantJoined recorded by the token\'s subject', async () => {
    const response = await app.post('/participants', { municipality: 'GM0938', name: 'Meerssen', joinedOn: '2015-01-01' });
    expect([response.status, response.body]).toEqual([201, { id: 'GM0938', position: expect.any(Number) }]);
    const [event] = await app.eventsAfter(response.body.position - 1);
    expect(event).toMatchObject({ type: 'ParticipantJoined', metadata: { recordedBy: 'registrar@szmh.example', municipalities: ['GM0938'] } });
    expect(event.metadata.correlationId).toBe(response.headers['x-correlation-id']);
  });

  it('answers a second join of the same municipality with 409 ALREADY_EXISTS', async () => {
    const response = await app.post('/participants', { municipality: 'GM0938', name: 'Meerssen', joinedOn: '2016-01-01' });
    expect([response.status, response.body.code]).toEqual([409, 'ALREADY_EXISTS']);
  });

  it.each([
    ['a date that does not exist', { municipality: 'GM0981', name: 'Vaals', joinedOn: '2026-02-30' }, 'joinedOn'],
    ['an unknown field', { municipality: 'GM0981', name: 'Vaals', joinedOn: '2015-01-01', mayor: 'x' }, 'mayor'],
    ['a municipality that is no CBS code', { municipality: 'Vaals', name: 'Vaals', joinedOn: '2015-01-01' }, 'municipality'],
  ])('answers %s with 400 VALIDATION_FAILED naming the field', async (_what, body, field) => {
    const response = await app.post('/participants', body);
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
  });

  it('answers an exit whose decision is not registered with 422 DECISION_DOCUMENT_REQUIRED', async () => {
    const response = await app.post('/participants/GM0938/exit', { exitOn: '2027-01-01', decision: 'doc-none' });
    expect([response.status, response.body.code]).toEqual([422, 'DECISION_DOCUMENT_REQUIRED']);
  });

  it('answers a reader with 403 FORBIDDEN', async () => {
    const response = await app.post('/participants', { municipality: 'GM0981', name: 'Vaals', joinedOn: '2015-01-01' }, { sub: 'r', roles: ['reader'] });
    expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
  });
});
