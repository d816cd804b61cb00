import { loadRegisterConfig } from './load-register-config';
import { problemsOf } from './testing/config-problems';

const CWD = '/srv/register';
const PG_URL = 'postgres://register@db.example:5432/register';
const SECRET = 's'.repeat(32);
const ISSUER = 'https://login.szmh.example/realms/register';
// A shared store also needs the log's key (load-audit-config.spec.ts); these tests are about the tokens.
const LOG_KEY = { REGISTER_LOG_SIGNING_KEY: 'PRIVATE+KEY+localhost/szmh-register+2e27b632+AdLNfKBBrvNv39mfg2kl4TIYA3FBsCH2B9s/e1C1ucjX' };

describe('the authentication settings', () => {
  it('leave the embedded default with neither secret nor issuer: it generates a secret in its data folder', () => {
    const config = loadRegisterConfig({}, CWD);
    expect([config.jwtSecret, config.oidc]).toEqual([undefined, undefined]);
  });

  it.each(['postgres', 'eventstoredb'])('refuse to start %s with neither, naming both variables', (store) => {
    const env = { REGISTER_STORE: store, DATABASE_URL: PG_URL, EVENTSTORE_CONNECTION_STRING: 'esdb://es:2113', ...LOG_KEY };
    expect(problemsOf(env)).toEqual([
      `REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER is required when REGISTER_STORE is ${store}; ` +
        'only the embedded sqlite default generates a secret of its own',
    ]);
  });

  it('accept PostgreSQL with an OIDC issuer instead of a secret', () => {
    const env = { REGISTER_STORE: 'postgres', DATABASE_URL: PG_URL, REGISTER_OIDC_ISSUER: ISSUER, REGISTER_OIDC_AUDIENCE: 'register', ...LOG_KEY };
    expect(loadRegisterConfig(env, CWD)).toMatchObject({ jwtSecret: undefined, oidc: { issuer: ISSUER, audience: 'register' } });
  });

  it('refuse a secret and an issuer together, so only one party can mint tokens', () => {
    const env = { REGISTER_JWT_SECRET: SECRET, REGISTER_OIDC_ISSUER: ISSUER, REGISTER_OIDC_AUDIENCE: 'register' };
    expect(problemsOf(env)).toEqual(['Set either REGISTER_JWT_SECRET or REGISTER_OIDC_ISSUER, not both']);
  });

  it('require an audience with the issuer: a token minted for another application must not open this one', () => {
    expect(problemsOf({ REGISTER_OIDC_ISSUER: ISSUER })).toEqual(['REGISTER_OIDC_AUDIENCE is required when REGISTER_OIDC_ISSUER is set']);
  });

  it('refuse an audience without an issuer rather than ignore it silently', () => {
    expect(problemsOf({ REGISTER_OIDC_AUDIENCE: 'register' })).toEqual(['REGISTER_OIDC_AUDIENCE is set but REGISTER_OIDC_ISSUER is not']);
  });

  it.each(['http://127.0.0.1:8080/realm', 'http://localhost:8080', 'https://idp.example'])('accept the issuer %s', (issuer) => {
    expect(loadRegisterConfig({ REGISTER_OIDC_ISSUER: issuer, REGISTER_OIDC_AUDIENCE: 'register' }, CWD).oidc?.issuer).toBe(issuer);
  });

  it.each([
    ['plain http to another host, where keys could be swapped on the way', 'http://idp.example'],
    ['a query', 'https://idp.example/?tenant=1'],
    ['a fragment', 'https://idp.example/#x'],
    ['no URL at all', 'idp.example'],
  ])('refuse an issuer with %s', (_why, issuer) => {
    expect(problemsOf({ REGISTER_OIDC_ISSUER: issuer, REGISTER_OIDC_AUDIENCE: 'register' })).toEqual([
      'REGISTER_OIDC_ISSUER must be an https:// URL without query or fragment (http:// only on localhost); ' +
        `got ${JSON.stringify(issuer)}`,
    ]);
  });
});
