import { CLOCK } from '../../../apps/register/src/write-side/clock';
import { FixedClock } from '../../../apps/register/src/write-side/testing/fixed-clock';
import { REGISTER_DATA_SOURCE } from '../../../apps/register/src/event-store/register-data-source';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { hashPassword } from '../../../apps/register/src/web/accounts/password-hasher';
import { WebAccountStore } from '../../../apps/register/src/web/accounts/web-account.store';
import { createTestDatabase } from '../../../libs/event-store/src/testing/postgres-test-database';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { csrfTokenOf, PageClient, sessionCookieSet } from './page-client';

const PASSWORD = 'juridische-zaken-2026';
const START = new Date('2026-03-02T09:00:00.000Z');

/** The accounts and sessions live in the register's database: each store's own. */
const STORES = [
  { name: 'SQLite', storage: async () => { const dir = await makeTempDir('pages'); return { env: { REGISTER_DATA_DIR: dir }, dispose: () => removeTempDir(dir) }; } },
  { name: 'PostgreSQL', storage: async () => { const db = await createTestDatabase(); return { env: { REGISTER_STORE: 'postgres', DATABASE_URL: db.url }, dispose: () => db.drop() }; } },
];

describe.each(STORES)('the pages\' sign-in, sessions and forms against attacks (on $name)', ({ storage }) => {
  let dispose: () => Promise<void>;
  let app: RegisterApplication;
  let clock: FixedClock;

  beforeEach(async () => {
    const store = await storage();
    dispose = store.dispose;
    clock = new FixedClock(START);
    app = await createTestApp(store.env, (builder) => builder.overrideProvider(CLOCK).useValue(clock));
    const accounts = new WebAccountStore(app.get(REGISTER_DATA_SOURCE));
    await accounts.add({ name: 'jurist', roles: ['reader'], municipalities: [], createdAt: START.toISOString() }, await hashPassword(PASSWORD));
  });

  afterEach(async () => {
    await app.close();
    await dispose();
  });

  const advance = (ms: number) => clock.set(new Date(clock.now().getTime() + ms));

  it('refuses a form posted from another site with 403 and keeps the session: no token, a foreign Origin, a cross-site fetch', async () => {
    const user = new PageClient(app);
    expect((await user.signIn('jurist', PASSWORD)).status).toBe(303);
    const token = csrfTokenOf((await user.get('/')).text);
    // The attacker's page can make the browser send the cookie (or not, SameSite=Lax) but cannot read the token.
    expect((await user.post('/uitloggen', {})).status).toBe(403);
    expect((await user.post('/uitloggen', { _csrf: 'x'.repeat(43) })).status).toBe(403);
    expect((await user.post('/uitloggen', { _csrf: token }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await user.post('/uitloggen', { _csrf: token }, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    const refused = await user.post('/uitloggen', {});
    expect(refused.text).toContain('Verzoek geweigerd');
    expect((await user.get('/')).status).toBe(200);
    expect((await user.post('/uitloggen', { _csrf: token }, { Origin: 'http://127.0.0.1' , Host: '127.0.0.1' })).status).toBe(303);
  });

  it('gives a new session id at sign-in, so an id planted before it opens nothing', async () => {
    const attacker = new PageClient(app);
    await attacker.get('/inloggen');
    const planted = attacker.cookie!;
    const victim = new PageClient(app);
    victim.cookie = planted;
    const signedIn = await victim.signIn('jurist', PASSWORD);
    expect(signedIn.status).toBe(303);
    expect(victim.cookie).toBeDefined();
    expect(victim.cookie).not.toBe(planted);
    const withPlanted = await attacker.get('/');
    expect([withPlanted.status, withPlanted.headers.location]).toEqual([303, '/inloggen?terug=%2F']);
    expect((await victim.get('/')).status).toBe(200);
  });

  it('ends the session on the server at logout: the old cookie replayed is sent to sign in', async () => {
    const user = new PageClient(app);
    await user.signIn('jurist', PASSWORD);
    const cookie = user.cookie!;
    const token = csrfTokenOf((await user.get('/')).text);
    const loggedOut = await user.post('/uitloggen', { _csrf: token });
    expect([loggedOut.status, loggedOut.headers.location, sessionCookieSet(loggedOut)]).toEqual([303, '/inloggen?uitgelogd=1', '']);
    const replay = new PageClient(app);
    replay.cookie = cookie;
    const page = await replay.get('/bevoegdheid');
    expect([page.status, page.headers.location]).toEqual([303, '/inloggen?terug=%2Fbevoegdheid']);
    expect((await replay.post('/uitloggen', { _csrf: token })).status).toBe(403);
  });

  it('slows a brute-force run per account: after 5 failures even the right password waits, 1 s and then twice as long per failure', async () => {
    const guesser = new PageClient(app);
    for (let attempt = 1; attempt <= 5; attempt += 1) expect((await guesser.signIn('jurist', `guess-${attempt}`)).status).toBe(401);
    const slowed = await guesser.signIn('jurist', PASSWORD);
    expect([slowed.status, slowed.headers['retry-after']]).toEqual([429, '1']);
    expect(slowed.text).toContain('Te veel mislukte pogingen');
    advance(1_000);
    expect((await guesser.signIn('jurist', 'guess-6')).status).toBe(401);
    // Six failures: the next attempt waits 2 s, and the wait runs from the last failure.
    advance(1_999);
    expect((await guesser.signIn('jurist', PASSWORD)).status).toBe(429);
    advance(1);
    expect((await guesser.signIn('jurist', PASSWORD)).status).toBe(303);
  });

  it('slows one address that tries many accounts, also accounts that do not exist', async () => {
    const guesser = new PageClient(app);
    for (let attempt = 1; attempt <= 20; attempt += 1) expect((await guesser.signIn(`user-${attempt}`, 'password-guess')).status).toBe(401);
    expect((await guesser.signIn('jurist', PASSWORD)).status).toBe(429);
  });

  it('ends a session after 30 minutes without a request, and not while it is used', async () => {
    const user = new PageClient(app);
    await user.signIn('jurist', PASSWORD);
    advance(29 * 60_000);
    expect((await user.get('/')).status).toBe(200);
    advance(29 * 60_000);
    expect((await user.get('/')).status).toBe(200);
    advance(30 * 60_000);
    expect((await user.get('/')).status).toBe(303);
  });

  it('deletes sessions a day after they last answered, so visitors cannot fill the table', async () => {
    await new PageClient(app).get('/inloggen');
    // COUNT(*) is a number on SQLite and a bigint, as text, on PostgreSQL.
    const count = async () => Number(((await app.get(REGISTER_DATA_SOURCE).query('SELECT COUNT(*) AS n FROM web_sessions')) as { n: number | string }[])[0]!.n);
    await expect(count()).resolves.toBe(1);
    advance(24 * 60 * 60_000 + 1);
    await new PageClient(app).get('/inloggen');
    await expect(count()).resolves.toBe(1);
  });

  it('sends pages with a CSP without inline scripts, no framing, and the cookie HttpOnly and SameSite=Lax', async () => {
    const page = await new PageClient(app).get('/inloggen');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.text).not.toMatch(/<script(?![^>]*\ssrc=)/);
    const cookie = ([] as string[]).concat(page.headers['set-cookie'] ?? [])[0];
    expect(cookie).toMatch(/; HttpOnly; SameSite=Lax; Max-Age=1800$/);
  });

  it('sends a visitor back where they came from after sign-in, but never to another site', async () => {
    expect((await new PageClient(app).signIn('jurist', PASSWORD, '/bevoegdheid?power=PW-BIJSTAND')).headers.location).toBe('/bevoegdheid?power=PW-BIJSTAND');
    expect((await new PageClient(app).signIn('jurist', PASSWORD, '//evil.example/')).headers.location).toBe('/');
  });

  it('keeps the API on bearer tokens: a session cookie opens no API route, and a form posted to the API is 415', async () => {
    const user = new PageClient(app);
    await user.signIn('jurist', PASSWORD);
    expect((await user.get('/api/v1/participants')).status).toBe(401);
    expect((await user.post('/api/v1/participants', { municipality: 'GM0938' })).status).toBe(415);
  });

  it('refuses a disabled account with the same answer as a wrong password', async () => {
    const accounts = new WebAccountStore(app.get(REGISTER_DATA_SOURCE));
    await accounts.disable('jurist', START.toISOString());
    const refused = await new PageClient(app).signIn('jurist', PASSWORD);
    expect(refused.status).toBe(401);
    expect(refused.text).toContain('De gebruikersnaam of het wachtwoord klopt niet.');
  });
});
