import { join } from 'node:path';
import type { RegisterApplication } from '../../../apps/register/src/http/http-adapter';
import { SESSION_COOKIE } from '../../../apps/register/src/web/session/session-cookie';
import { ChildProcessRun, childEnv } from '../support/child-process-run';
import { freePort } from '../support/free-port';
import { createTestApp, makeTempDir, removeTempDir } from '../support/test-app';
import { CookieBrowser } from './support/cookie-browser';

const CLIENT_SECRET = 'register-pages-secret-for-tests';

/** Starts the provider and resolves once it listens. */
async function startProvider(port: number, redirectUri: string): Promise<ChildProcessRun> {
  const run = new ChildProcessRun(join(__dirname, 'support', 'oidc-provider.child.mjs'), [String(port), redirectUri, CLIENT_SECRET], childEnv({}));
  const deadline = Date.now() + 15_000;
  while (!run.stdout.includes('ready ')) {
    if (Date.now() > deadline) throw new Error(`the provider did not start: ${run.stderr}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return run;
}

describe('signing in to the pages through a real OpenID Provider (authorization code flow with PKCE)', () => {
  let dataDir: string;
  let provider: ChildProcessRun;
  let app: RegisterApplication;
  let base: string;
  let issuer: string;

  beforeAll(async () => {
    dataDir = await makeTempDir('oidc-pages');
    const [appPort, providerPort] = [await freePort(), await freePort()];
    base = `http://127.0.0.1:${appPort}`;
    issuer = `http://127.0.0.1:${providerPort}`;
    provider = await startProvider(providerPort, `${base}/auth/callback`);
    app = await createTestApp({
      REGISTER_DATA_DIR: dataDir,
      REGISTER_JWT_SECRET: '',
      REGISTER_OIDC_ISSUER: issuer,
      REGISTER_OIDC_AUDIENCE: 'register-pages',
      REGISTER_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    });
    await app.listen(appPort, '127.0.0.1');
  });

  afterAll(async () => {
    await app.close();
    provider.kill('SIGTERM');
    await provider.exitWithin(5_000);
    await removeTempDir(dataDir);
  });

  /** The user's part: start at the register, log in at the provider's screen, give consent, come back. */
  async function signIn(browser: CookieBrowser, account: string, returnTo = '/'): Promise<{ response: Response; url: string }> {
    const toProvider = await browser.get(`${base}/auth/start?terug=${encodeURIComponent(returnTo)}`);
    const authorize = new URL(toProvider.headers.get('location')!);
    expect(authorize.origin).toBe(issuer);
    expect([authorize.searchParams.get('code_challenge_method'), authorize.searchParams.get('code_challenge')?.length]).toEqual(['S256', 43]);
    let interaction = await browser.follow(authorize.href, (next) => next.pathname.startsWith('/interaction/'));
    await browser.post(interaction.url, { prompt: 'login', login: account, password: 'any' });
    interaction = await browser.follow(`${interaction.url.replace('/interaction/', '/auth/')}`, (next) => next.pathname.startsWith('/interaction/') || next.origin === base);
    if (interaction.url.startsWith(issuer)) {
      const consent = await browser.post(interaction.url, { prompt: 'consent' });
      const resumed = new URL(consent.headers.get('location')!, interaction.url).href;
      interaction = await browser.follow(resumed, (next) => next.origin === base);
    }
    expect(new URL(interaction.url).pathname).toBe('/auth/callback');
    return { response: await browser.get(interaction.url), url: interaction.url };
  }

  it('signs the Vaals auditor in with roles and municipalities from the provider, in a new session', async () => {
    const browser = new CookieBrowser();
    const host = new URL(base).host;
    await browser.get(`${base}/inloggen`);
    const before = browser.cookie(host, SESSION_COOKIE);
    const { response } = await signIn(browser, 'rekenkamer-vaals', '/bevoegdheid');
    expect([response.status, response.headers.get('location')]).toEqual([303, '/bevoegdheid']);
    expect(browser.cookie(host, SESSION_COOKIE)).not.toBe(before);
    const home = await browser.get(`${base}/`);
    const html = await home.text();
    expect(home.status).toBe(200);
    expect(html).toContain('Ingelogd als <strong>rekenkamer-vaals</strong>');
    expect(html).toContain('College van Vaals');
    expect(html).not.toContain('College van Meerssen');
  });

  it('refuses a callback replayed in another browser, or repeated in the same one', async () => {
    const browser = new CookieBrowser();
    const { url } = await signIn(browser, 'jurist');
    const elsewhere = await new CookieBrowser().get(url);
    expect(elsewhere.status).toBe(403);
    expect(await elsewhere.text()).toContain('Inloggen mislukt');
    // The browser's own session for that start has ended with the first use of the code.
    const again = new CookieBrowser();
    const started = await again.get(`${base}/auth/start`);
    expect(started.status).toBe(303);
    expect((await again.get(url)).status).toBe(403);
  });

  it('lets nobody in without one of the register\'s roles', async () => {
    const { response } = await signIn(new CookieBrowser(), 'buitenstaander');
    expect(response.status).toBe(403);
    expect(await response.text()).toContain('Geen toegang');
  });

  it('shows no local password form while the identity provider signs users in', async () => {
    const page = await new CookieBrowser().get(`${base}/inloggen`);
    const html = await page.text();
    expect(html).toContain('Inloggen met uw organisatieaccount');
    expect(html).not.toContain('name="password"');
  });
});
