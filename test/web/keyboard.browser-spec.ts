/// <reference lib="dom" />
import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor, tabTo } from './support/browser-journey';

const [JURIST] = SUITE_ACCOUNTS;

describe('the competence check with the keyboard only', () => {
  const journey = journeyFor('toetsenbord');

  it('signs in, asks, and reaches the statement link without a mouse', async () => {
    const { page } = journey();
    await page.goto('/inloggen?terug=/bevoegdheid');
    await tabTo(page, 'Gebruikersnaam');
    await page.keyboard.type(JURIST.name);
    await tabTo(page, 'Wachtwoord');
    await page.keyboard.type(JURIST.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/bevoegdheid');
    await tabTo(page, 'Functie of orgaan');
    await page.keyboard.type('GM0935.manager-sociale-zekerheid');
    await tabTo(page, 'Bevoegdheid');
    await page.keyboard.type('PW-BIJSTAND');
    await tabTo(page, 'Gemeente');
    // A closed select takes typed letters: "M" twice passes Maastricht and lands on Meerssen.
    await page.keyboard.type('Me');
    await tabTo(page, 'Datum van het besluit');
    // The date field's segments in the order of the browser's language (en-US, browser-suite.config.ts): month, day, year.
    await page.keyboard.type('01152026');
    await tabTo(page, 'Controleren');
    await journey().step('ingevuld');
    await page.keyboard.press('Enter');
    await page.waitForURL(/municipality=GM0938/);
    await journey().step('antwoord');
    await expect(page.locator('.register-answer__verdict').allTextContents()).resolves.toEqual(['Bevoegd', 'Niet bevoegd']);
    await tabTo(page, 'Bevoegdheidsverklaring downloaden (PDF)');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    // The focused link must be visible as focused (WCAG 2.4.7).
    expect(outline).not.toBe('none');
  });
});
