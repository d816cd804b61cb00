import { expectCreatedAnswer } from '../support/created-answer';
import { expectProblem, expectRefusedWithoutChange } from '../support/problem-document';
import type { Caller } from '../support/register-client';
import { describeOnEveryStore } from '../support/seeded-register';
import type { Body } from '../support/szmh-mandates.fixture';
import { DOCUMENTS, expectCreated } from '../support/szmh-parties.fixture';
import { signTestToken, TEST_SUBJECTS } from '../support/test-token';
import { ALL_WRITE_ROUTES, setUpRoutes } from './routes/all-write-routes';
import { amendmentPublicationRoute, documentRoute, publicationCorrectionRoute, publicationRoute } from './routes/document.routes';
import { ID_PATTERN } from './routes/write-route';

const bearer = (token: string): Caller => ({ authorization: `Bearer ${token}` });
/** api.md: writes need `registrar`, except publications (their corrections and the arrangement's amendments' included), which `publication-officer` may also record. */
const PUBLICATION_ROUTES = [publicationRoute, publicationCorrectionRoute, amendmentPublicationRoute];

describeOnEveryStore('the write routes of api.md', (register) => {
  const untrusted: Record<string, Caller> = {};

  beforeAll(async () => {
    await setUpRoutes(ALL_WRITE_ROUTES, register.client);
    untrusted['a token signed with another secret'] = bearer(
      await signTestToken(TEST_SUBJECTS.registrar, { secret: 'not-the-register-secret-but-32-chars-long' }),
    );
    untrusted['an expired token'] = bearer(
      await signTestToken(TEST_SUBJECTS.registrar, { expiresAt: Math.floor(Date.now() / 1000) - 60 }),
    );
    untrusted['a token without sub'] = bearer(await signTestToken({ ...TEST_SUBJECTS.registrar, sub: '' }));
    untrusted['a bearer value that is no JWT'] = bearer('registrar');
    untrusted['Basic credentials'] = { authorization: 'Basic cmVnaXN0cmFyOnNlY3JldA==' };
  }, 60_000);

  describe.each(ALL_WRITE_ROUTES)('$name', (route) => {
    const send = (as: Caller) => () => register.client.post(route.path, route.validBody, { as });

    it('answers 401 UNAUTHENTICATED without an Authorization header and records nothing', async () => {
      await expectRefusedWithoutChange(register, send('anonymous'), { status: 401, code: 'UNAUTHENTICATED' });
    });

    it.each([
      'a token signed with another secret',
      'an expired token',
      'a token without sub',
      'a bearer value that is no JWT',
      'Basic credentials',
    ])('answers 401 UNAUTHENTICATED to %s and records nothing', async (what) => {
      await expectRefusedWithoutChange(register, send(untrusted[what]), { status: 401, code: 'UNAUTHENTICATED' });
    });

    it.each([
      ['a reader', 'reader'],
      ['an auditor', 'auditor'],
    ] as const)('answers 403 FORBIDDEN to %s, who may only read, and records nothing', async (_who, role) => {
      await expectRefusedWithoutChange(register, send(role), { status: 403, code: 'FORBIDDEN' });
    });

    if (!PUBLICATION_ROUTES.includes(route)) {
      it('answers 403 FORBIDDEN to a publication-officer, who may record publications only', async () => {
        await expectRefusedWithoutChange(register, send('publication-officer'), { status: 403, code: 'FORBIDDEN' });
      });
    }

    it('answers the registrar 201 with {id, position} of the event it stored', async () => {
      const before = await register.logSnapshot();
      const response = await register.client.post(route.path, route.validBody);
      expectCreatedAnswer(response, before, await register.logSnapshot(), route.chosenId);
    });

    if (route.chosenId !== undefined) {
      it('answers 409 ALREADY_EXISTS to a second create with the same id and records nothing', async () => {
        const refusal = await expectRefusedWithoutChange(register, send('registrar'), { status: 409, code: 'ALREADY_EXISTS' });
        expect(refusal.body.detail).toContain(route.chosenId);
      });
    }
  });

  it('lets a publication-officer record a publication: 201 with {id, position}', async () => {
    const document = { ...DOCUMENTS.meerssenRevocation, id: 'doc-revocation-gm0938-officer' };
    await expectCreated(register.client, '/documents', document);
    const before = await register.logSnapshot();
    // The revocation decision was taken on 2026-06-15, so it is published after that.
    const body = { medium: 'gemeenteblad', publicationId: 'gmb-2026-70002', publishedOn: '2026-06-16', inForceFrom: '2026-06-17' };
    const response = await register.client.post(`/documents/${document.id}/publications`, body, { as: 'publication-officer' });
    expectCreatedAnswer(response, before, await register.logSnapshot());
  });

  it('makes up an identifier of the contract form for a document posted without id', async () => {
    const withoutId: Body = { ...documentRoute.validBody, title: 'Besluit zonder id' };
    delete withoutId.id;
    const before = await register.logSnapshot();
    const response = await register.client.post('/documents', withoutId);
    expectCreatedAnswer(response, before, await register.logSnapshot());
    expect(response.body.id).toMatch(ID_PATTERN);
  });

  it('answers 401 before it looks at the body: a malformed body without token is UNAUTHENTICATED', async () => {
    const response = await register.client.post('/mandates', { kind: 42 }, { as: 'anonymous' });
    expectProblem(response, 401, 'UNAUTHENTICATED');
  });
});
