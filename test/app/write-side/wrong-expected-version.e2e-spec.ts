import { expectProblem } from '../support/problem-document';
import { holdStreamReadsUntilAllRacersRead } from '../support/overlapping-reads';
import { describeOnEveryStore } from '../support/seeded-register';
import { grantMeerssenMandate } from '../support/szmh-mandates.fixture';

/**
 * Optimistic concurrency (domain.md: WRONG_EXPECTED_VERSION, HTTP 409): two
 * corrections decided on the same revision of a mandate cannot both be
 * appended; the second learns the mandate changed under it and stores nothing.
 */
describeOnEveryStore('a write decided on a stale revision', (register) => {
  afterEach(() => jest.restoreAllMocks());

  it('answers the second of two overlapping corrections 409 WRONG_EXPECTED_VERSION and keeps only the first', async () => {
    const { id } = await grantMeerssenMandate(register.client);
    holdStreamReadsUntilAllRacersRead(register.store, `mandate-${id}`);

    const responses = await Promise.all(
      [20000, 21000].map((ceiling) => register.client.post(`/mandates/${id}/corrections`, { field: 'ceiling', value: ceiling, reason: 'typo in the decision' })),
    );

    expect(responses.map((response) => response.status).sort()).toEqual([201, 409]);
    expectProblem(responses.find((response) => response.status === 409)!, 409, 'WRONG_EXPECTED_VERSION');
    jest.restoreAllMocks();
    const history = await register.client.get(`/mandates/${id}/history`);
    expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(['MandateGranted', 'MandateCorrected']);
  });
});
