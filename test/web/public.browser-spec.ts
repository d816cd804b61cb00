import { journeyFor } from './support/browser-journey';

describe.each([true, false])('an anonymous visitor reads the public register (JavaScript %s)', (javaScriptEnabled) => {
  const journey = journeyFor('openbaar', javaScriptEnabled);

  it('reads the published mandates of Meerssen without signing in, and none that waits for publication', async () => {
    const { page } = journey();
    const response = await page.goto('/openbaar/mandaatregister/GM0938?validOn=2026-11-02');
    await journey().step('mandaatregister-meerssen');
    expect([response?.status(), new URL(page.url()).pathname]).toEqual([200, '/openbaar/mandaatregister/GM0938']);
    const table = await page.locator('table').textContent();
    expect(table).toContain('mandate-gm0938-2026');
    expect(table).toContain('gmb-2026-999003');
    // The team leader's sub-mandate is valid from 1 October 2026, but its decision is not published yet.
    expect(table).not.toContain('submandate-gm0938-teamleider-inkomen-2026');
    // No personal data: who recorded what stays inside the register.
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/\bdemo\b|recordedBy|Vastgelegd door/);
  });

  it('is sent to sign in for every page that is not public', async () => {
    const { page } = journey();
    await page.goto('/mandaten/mandate-gm0938-2026');
    expect(new URL(page.url()).pathname).toBe('/inloggen');
    expect(new URL(page.url()).searchParams.get('terug')).toBe('/mandaten/mandate-gm0938-2026');
    await journey().step('naar-inloggen');
  });
});
