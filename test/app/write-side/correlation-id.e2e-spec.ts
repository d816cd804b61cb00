import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { TEST_SUBJECTS } from '../support/test-token';
import { meerssenMandateBody } from '../support/szmh-mandates.fixture';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Architecture style 9: a correlation id on every log line, error body and
 * event's metadata; domain.md: event metadata holds correlationId and recordedBy.
 */
describeOnEveryStore('X-Correlation-Id on writes', (register) => {
  it('comes back on a 201 and is stored in the metadata of the event, with recordedBy the token subject', async () => {
    const response = await register.client.post('/mandates', meerssenMandateBody(), { correlationId: 'bezwaar-2026-0042' });
    expect([response.status, response.headers['x-correlation-id']]).toEqual([201, 'bezwaar-2026-0042']);
    const [stored] = await register.store.readAll({ fromPosition: response.body.position - 1, limit: 1 });
    expect(stored.metadata).toMatchObject({ correlationId: 'bezwaar-2026-0042', recordedBy: TEST_SUBJECTS.registrar.sub });
  });

  it.each([
    ['a 422 rule refusal', 'POWER_NOT_MANDATABLE', meerssenMandateBody({ grantor: 'raad:GM0938', powers: ['PW-VERORDENING'], subMandateAllowed: [] }), 422],
    ['a 400 validation failure', 'VALIDATION_FAILED', { ...meerssenMandateBody(), kind: 'delegatie' }, 400],
    ['a 409 conflict', 'ALREADY_EXISTS', undefined, 409],
  ])('comes back in the header and the body of %s', async (_what, code, body, status) => {
    const sent = body ?? (await existingGrant());
    const response = await register.client.post('/mandates', sent, { correlationId: `cid-${code}` });
    expectProblem(response, status, code);
    expect(response.headers['x-correlation-id']).toBe(`cid-${code}`);
    expect(JSON.stringify(response.body)).toContain(`cid-${code}`);
  });

  it('comes back in the header and the body of a 401', async () => {
    const response = await register.client.post('/mandates', meerssenMandateBody(), { as: 'anonymous', correlationId: 'cid-401' });
    expectProblem(response, 401, 'UNAUTHENTICATED');
    expect([response.headers['x-correlation-id'], JSON.stringify(response.body)]).toEqual(['cid-401', expect.stringContaining('cid-401')]);
  });

  it('is made up when the client sends none: the same fresh UUID in the header and the error body', async () => {
    const response = await register.client.post('/mandates', { ...meerssenMandateBody(), scope: 'everything' });
    const correlationId = response.headers['x-correlation-id'];
    expect(correlationId).toMatch(UUID);
    expect(JSON.stringify(response.body)).toContain(correlationId);
  });

  async function existingGrant(): Promise<object> {
    const body = meerssenMandateBody();
    expect((await register.client.post('/mandates', body)).status).toBe(201);
    return body;
  }
});
