import type { Response } from 'supertest';
import { describeOnEveryStore } from '../../support/seeded-register';
import type { LogSnapshot } from '../../support/seeded-register';
import { setUpRoutes } from '../routes/all-write-routes';
import type { WriteRoute } from '../routes/write-route';
import type { MalformedCase } from './malformed-case';

/** An asymmetric matcher, so that a failure prints the whole answer next to the statuses allowed. */
function oneOf(allowed: readonly number[]) {
  return {
    $$typeof: Symbol.for('jest.asymmetricMatcher'),
    asymmetricMatch: (actual: unknown) => allowed.includes(actual as number),
    toAsymmetricMatcher: () => `oneOf(${allowed.join(', ')})`,
  };
}

/**
 * The answer to a malformed request: a problem document (api.md) with one of
 * the statuses the case allows, so never 2xx and never 500.
 */
function expectMalformedRefused(response: Response, malformed: MalformedCase): void {
  expect({ status: response.status, body: response.body }).toEqual({
    status: oneOf(malformed.expected.statuses),
    body: expect.objectContaining({ type: expect.any(String), title: expect.any(String), code: expect.any(String), detail: expect.any(String) }),
  });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.status).toBe(response.status);
  if (response.body.code === 'VALIDATION_FAILED') {
    expect(response.body.errors).toEqual(expect.arrayContaining([{ field: expect.any(String), message: expect.any(String) }]));
  }
  const field = malformed.expected.validationErrorOn;
  if (field !== undefined) {
    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContainEqual(expect.stringContaining(field));
  }
}

/**
 * Sends every case to a register on each backend, after recording what the
 * routes act on, then checks that the service is still healthy, that the log
 * is exactly as before the run, and that every route's valid body, from which
 * the cases were derived, is accepted.
 */
export function describeMalformedRun(title: string, routes: readonly WriteRoute[], cases: readonly MalformedCase[]): void {
  describeOnEveryStore(title, (register) => {
    let before: LogSnapshot;

    beforeAll(async () => {
      await setUpRoutes(routes, register.client);
      before = await register.logSnapshot();
    }, 60_000);

    it.each(cases)('refuses $name', async (malformed) => {
      expectMalformedRefused(await malformed.send(register.client), malformed);
    });

    it(`still answers /health 200 after ${cases.length} malformed requests`, async () => {
      const response = await register.client.health();
      expect([response.status, response.body]).toEqual([200, { status: 'ok' }]);
    });

    it('holds exactly the events it held before the run: same head position, same log', async () => {
      await expect(register.logSnapshot()).resolves.toEqual(before);
    });

    it.each(routes)('accepts the valid body the cases of $name derive from (201)', async (route) => {
      const response = await register.client.post(route.path, route.validBody);
      expect([response.status, response.body]).toEqual([201, expect.objectContaining({ id: expect.any(String) })]);
    });
  });
}
