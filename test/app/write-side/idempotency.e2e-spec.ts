import { expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { meerssenMandateBody, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS } from '../support/szmh-parties.fixture';

/** api.md: a POST repeated with the same Idempotency-Key and body answers the first response again and records nothing. */
describeOnEveryStore('Idempotency-Key', (register) => {
  const grant = (body: object, idempotencyKey: string) => register.client.post('/mandates', body, { idempotencyKey });

  it('answers a repeated grant with the first 201 and its position, and records nothing new', async () => {
    const key = uniqueId('grant-key');
    const body = meerssenMandateBody();
    const first = await grant(body, key);
    expect(first.status).toBe(201);
    const afterFirst = await register.logSnapshot();
    const retry = await grant(body, key);
    expect([retry.status, retry.body]).toEqual([201, first.body]);
    await expect(register.logSnapshot()).resolves.toEqual(afterFirst);
  });

  it('answers the same key with another body 422 IDEMPOTENCY_KEY_REUSED and records nothing', async () => {
    const key = uniqueId('grant-key');
    const body = meerssenMandateBody();
    expect((await grant(body, key)).status).toBe(201);
    await expectRefusedWithoutChange(register, () => grant({ ...body, ceiling: 30000 }, key), {
      status: 422,
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
  });

  it('treats another key as another request: the same grant again is 409 ALREADY_EXISTS', async () => {
    const body = meerssenMandateBody();
    expect((await grant(body, uniqueId('grant-key'))).status).toBe(201);
    await expectRefusedWithoutChange(register, () => grant(body, uniqueId('grant-key')), { status: 409, code: 'ALREADY_EXISTS' });
  });

  it('returns the id the service made up the first time for a document posted without id, instead of a second document', async () => {
    const key = uniqueId('document-key');
    const { id: _chosen, ...withoutId } = { ...DOCUMENTS.meerssenRevocation, title: 'Intrekkingsbesluit zonder id' };
    const first = await register.client.post('/documents', withoutId, { idempotencyKey: key });
    expect(first.status).toBe(201);
    const afterFirst = await register.logSnapshot();
    const retry = await register.client.post('/documents', withoutId, { idempotencyKey: key });
    expect([retry.status, retry.body]).toEqual([201, first.body]);
    await expect(register.logSnapshot()).resolves.toEqual(afterFirst);
  });

  it('refuses a refused grant retried with its key the same way, and neither attempt records anything', async () => {
    const key = uniqueId('refused-key');
    const body = meerssenMandateBody({ powers: ['PW-VERORDENING'], grantor: 'raad:GM0938', subMandateAllowed: [] });
    const before = await register.logSnapshot();
    const first = await grant(body, key);
    expect(first.status).toBe(422);
    const retry = await grant(body, key);
    expect([retry.status, retry.body.code]).toEqual([422, first.body.code]);
    await expect(register.logSnapshot()).resolves.toEqual(before);
  });

  it('answers the first response after the service restarts, as keys are stored with their write', async () => {
    const key = uniqueId('durable-key');
    const body = meerssenMandateBody();
    const first = await grant(body, key);
    expect(first.status).toBe(201);
    await register.restart();
    const afterRestart = await register.logSnapshot();
    const retry = await grant(body, key);
    expect([retry.status, retry.body]).toEqual([201, first.body]);
    await expect(register.logSnapshot()).resolves.toEqual(afterRestart);
  }, 60_000);
});
