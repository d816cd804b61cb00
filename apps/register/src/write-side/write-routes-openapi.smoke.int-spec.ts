import type { Server } from 'node:http';
import request from 'supertest';
import { WriteSideApp } from './testing/write-side-app';

/** The write routes of api.md with the request body schema each must publish. */
const ROUTES: [string, string, string | null][] = [
  ['post', '/api/v1/participants', 'JoinParticipantRequestDto'],
  ['post', '/api/v1/participants/{municipality}/exit', 'ExitParticipantRequestDto'],
  ['post', '/api/v1/functions', 'RegisterFunctionRequestDto'],
  ['post', '/api/v1/powers', 'CataloguePowerRequestDto'],
  ['post', '/api/v1/documents', 'RegisterDocumentRequestDto'],
  ['post', '/api/v1/documents/{id}/publications', 'PublishDecisionRequestDto'],
  ['post', '/api/v1/documents/{id}/amendments', 'ProposeAmendmentRequestDto'],
  ['post', '/api/v1/documents/{id}/amendments/{amendmentId}/approvals', 'ApproveAmendmentRequestDto'],
  ['post', '/api/v1/documents/{id}/amendments/{amendmentId}/adoption', 'AdoptAmendmentRequestDto'],
  ['post', '/api/v1/mandates', 'GrantMandateRequestDto'],
  ['post', '/api/v1/mandates/{id}/sub-mandates', 'GrantSubMandateRequestDto'],
  ['post', '/api/v1/mandates/{id}/revocations', 'RevokeMandateRequestDto'],
  ['post', '/api/v1/mandates/{id}/corrections', 'CorrectMandateRequestDto'],
  ['get', '/api/v1/mandates/{id}/history', null],
];

describe('the OpenAPI document of the write routes (smoke)', () => {
  let app: WriteSideApp;
  let document: { paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: Record<string, unknown> } };

  beforeAll(async () => {
    app = await WriteSideApp.start();
    const response = await request(app.httpServer as Server).get('/api/docs-json');
    document = response.body;
  }, 60_000);

  afterAll(() => app.stop());

  it.each(ROUTES)('publishes %s %s with its body schema and its problem answers', (method, path, body) => {
    const operation = document.paths[path]?.[method] as { requestBody?: unknown; responses: Record<string, unknown> };
    expect(operation).toBeDefined();
    if (body !== null) {
      expect(operation.requestBody).toMatchObject({ content: { 'application/json': { schema: { $ref: `#/components/schemas/${body}` } } } });
      expect(document.components.schemas[body]).toBeDefined();
    }
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining([method === 'post' ? '201' : '200', '400', '401', '403']));
  });

  it('describes consentBasis as one of its two shapes', () => {
    const grant = document.components.schemas.MandateTermsRequestDto ?? document.components.schemas.GrantMandateRequestDto;
    expect(JSON.stringify(grant)).toContain('StatutoryBasisRequestDto');
    expect(document.components.schemas.ConsentDocumentBasisRequestDto).toMatchObject({ required: expect.arrayContaining(['document']) });
  });
});
