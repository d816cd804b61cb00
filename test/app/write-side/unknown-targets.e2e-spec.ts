import { expectProblem, expectRefusedWithoutChange } from '../support/problem-document';
import { describeOnEveryStore } from '../support/seeded-register';
import { exitRoute } from './routes/reference-data.routes';
import { publicationRoute } from './routes/document.routes';
import { correctionRoute, revocationRoute, subMandateRoute } from './routes/mandate.routes';
import type { WriteRoute } from './routes/write-route';

/** Each route that acts on something named in its path, with a target the register never recorded. */
const target = (route: WriteRoute, path: string, unknown: string) => ({ name: route.name, body: route.validBody, path, unknown });
const UNKNOWN_TARGETS = [
  target(exitRoute, '/participants/GM0001/exit', 'GM0001'),
  target(publicationRoute, '/documents/doc-never-registered/publications', 'doc-never-registered'),
  target(subMandateRoute, '/mandates/mandate-never-granted/sub-mandates', 'mandate-never-granted'),
  target(revocationRoute, '/mandates/mandate-never-granted/revocations', 'mandate-never-granted'),
  target(correctionRoute, '/mandates/mandate-never-granted/corrections', 'mandate-never-granted'),
];

/** domain.md: UNKNOWN_REFERENCE for an organ, function, power, document or mandate the register does not know. */
describeOnEveryStore('writes to something the register does not know', (register) => {
  it.each(UNKNOWN_TARGETS)('$name to an unknown target: 422 UNKNOWN_REFERENCE naming it, nothing stored', async ({ body, path, unknown }) => {
    await expectRefusedWithoutChange(register, () => register.client.post(path, body), {
      status: 422,
      code: 'UNKNOWN_REFERENCE',
      detailNames: [unknown],
    });
  });

  it.each([
    ['a space', '/mandates/mandate%20gm0938/revocations'],
    ['a leading dot', '/mandates/.hidden/revocations'],
    ['129 characters', `/mandates/${'m'.repeat(129)}/revocations`],
  ])('refuses a path id with %s as no identifier of api.md (400), storing nothing', async (_what, path) => {
    const before = await register.logSnapshot();
    const response = await register.client.post(path, revocationRoute.validBody);
    expectProblem(response, 400, 'VALIDATION_FAILED');
    await expect(register.logSnapshot()).resolves.toEqual(before);
  });
});
