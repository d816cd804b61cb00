import type { Response } from 'supertest';
import { expectProblem } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { grantMeerssenMandate, meerssenMandateBody, uniqueId } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';

const RACERS = 5;

function statusesOf(responses: readonly Response[]): number[] {
  return responses.map((response) => response.status).sort((a, b) => a - b);
}

/**
 * Writers racing for the same thing (architecture.md: uniqueness is enforced
 * by the store, so two racing writers cannot both win): exactly one wins, the
 * others get the conflict api.md names, and nothing is lost or doubled.
 */
describeOnEveryStore('concurrent writes', (register) => {
  it(`grants a mandate id once when ${RACERS} requests race for it; the others are 409 ALREADY_EXISTS`, async () => {
    const body = meerssenMandateBody();
    const responses = await Promise.all(Array.from({ length: RACERS }, () => register.client.post('/mandates', body)));
    expect(statusesOf(responses)).toEqual([201, 409, 409, 409, 409]);
    for (const loser of responses.filter((response) => response.status === 409)) expectProblem(loser, 409, 'ALREADY_EXISTS');
    const history = await register.client.get(`/mandates/${body.id}/history`);
    expect(history.body).toHaveLength(1);
  });

  it('gives a gemeenteblad identifier to one of two decisions published with it at once; the other is DUPLICATE_PUBLICATION', async () => {
    const documents = [uniqueId('doc-race'), uniqueId('doc-race')];
    for (const id of documents) await expectCreated(register.client, '/documents', { ...DOCUMENTS.meerssenMandate, id });
    const publication = { medium: 'gemeenteblad', publicationId: 'gmb-2026-60001', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' };
    const responses = await Promise.all(documents.map((id) => register.client.post(`/documents/${id}/publications`, publication)));
    expect(statusesOf(responses)).toEqual([201, 422]);
    expectProblem(responses.find((response) => response.status === 422) as Response, 422, 'DUPLICATE_PUBLICATION');
  });

  it(`keeps every correction that was answered 201 when ${RACERS} race on one mandate, and refuses the rest with 409`, async () => {
    const { id } = await grantMeerssenMandate(register.client);
    const corrections = Array.from({ length: RACERS }, (_, i) => ({ field: 'ceiling', value: 20000 + i, reason: `race ${i}` }));
    const responses = await Promise.all(corrections.map((body) => register.client.post(`/mandates/${id}/corrections`, body)));
    const accepted = responses.filter((response) => response.status === 201);
    for (const refused of responses.filter((response) => response.status !== 201)) expectProblem(refused, 409, 'WRONG_EXPECTED_VERSION');
    const history = await register.client.get(`/mandates/${id}/history`);
    // The grant plus one entry per accepted correction, at the positions the 201s gave.
    expect(history.body.slice(1).map((entry: { position: number }) => entry.position).sort((a: number, b: number) => a - b)).toEqual(
      accepted.map((response) => response.body.position).sort((a, b) => a - b),
    );
    expect(accepted.length).toBeGreaterThanOrEqual(1);
  });
});
