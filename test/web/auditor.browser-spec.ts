import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor } from './support/browser-journey';

const AUDITOR = SUITE_ACCOUNTS[1];

describe.each([true, false])('the Vaals rekenkamer in the browser (JavaScript %s)', (javaScriptEnabled) => {
  const journey = journeyFor('rekenkamer-vaals', javaScriptEnabled, AUDITOR);

  it('finds only Vaals on the start page and reads the register of the Vaals college', async () => {
    const { page } = journey();
    await journey().step('start');
    await expect(page.getByRole('link', { name: 'College van Vaals' }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'College van Meerssen' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'College van Vaals' }).click();
    await journey().step('register-vaals');
    await expect(page.locator('tbody').textContent()).resolves.toContain('mandate-gm0981-2026');
  });

  it('gets "niet gevonden" for a Meerssen mandate by its address, exactly as for a mandate that does not exist', async () => {
    const { page } = journey();
    const meerssen = await page.goto('/mandaten/mandate-gm0938-2026');
    await journey().step('mandaat-meerssen');
    const unknown = await page.goto('/mandaten/mandate-that-does-not-exist');
    await expect([meerssen?.status(), unknown?.status()]).toEqual([404, 404]);
    await page.goto('/mandaten/mandate-gm0938-2026');
    const shownForMeerssen = await page.locator('main').textContent();
    await page.goto('/mandaten/mandate-that-does-not-exist');
    const shownForUnknown = await page.locator('main').textContent();
    // The correlation codes differ per request; everything else on the two pages is the same.
    const withoutCode = (text: string | null) => text?.replace(/Code voor een melding: \S+/, '');
    expect(withoutCode(shownForMeerssen)).toBe(withoutCode(shownForUnknown));
    expect(shownForMeerssen).toContain('Niet gevonden');
  });

  it('gets "niet gevonden" when asking the competence check about Meerssen, and the answer about Vaals', async () => {
    const { page } = journey();
    const meerssen = await page.goto('/bevoegdheid?actor=GM0935.manager-sociale-zekerheid&power=PW-BIJSTAND&municipality=GM0938&validOn=2026-02-02');
    expect(meerssen?.status()).toBe(404);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Niet gevonden');
    await page.goto('/bevoegdheid?actor=GM0935.manager-sociale-zekerheid&power=PW-BIJSTAND&municipality=GM0981&validOn=2026-02-02');
    await journey().step('bevoegdheid-vaals');
    await expect(page.locator('.register-answer__verdict').first().textContent()).resolves.toBe('Bevoegd');
  });
});
