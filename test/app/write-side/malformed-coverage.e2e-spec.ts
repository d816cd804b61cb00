import { allMalformedCases } from './malformed-input/all-malformed-cases';
import { ALL_WRITE_ROUTES } from './routes/all-write-routes';

/** The malformed-input run is spread over the malformed-*.e2e-spec.ts files; this checks its size and spread. */
describe('the malformed-input run', () => {
  const cases = allMalformedCases();

  it('sends at least 200 malformed requests', () => {
    expect(cases.length).toBeGreaterThanOrEqual(200);
  });

  it.each(ALL_WRITE_ROUTES.map((route) => route.name))('sends at least 20 of them to %s', (route) => {
    expect(cases.filter((malformed) => malformed.route === route).length).toBeGreaterThanOrEqual(20);
  });

  it('gives every case a name of its own, so a failure points at one request', () => {
    expect(new Set(cases.map((malformed) => malformed.name)).size).toBe(cases.length);
  });
});
