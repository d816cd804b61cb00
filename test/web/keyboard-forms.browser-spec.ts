/// <reference lib="dom" />
import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor, registerDecisionViaApi, tabTo } from './support/browser-journey';

const OFFICER = SUITE_ACCOUNTS[2];
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const DECISION = 'doc-mandaat-meerssen-toetsenbord';

describe('a publication recorded with the keyboard only', () => {
  const journey = journeyFor('toetsenbord-publicatie');

  beforeAll(async () => {
    await registerDecisionViaApi({ id: DECISION, type: 'mandate-decision', title: 'Mandaatbesluit Meerssen (toetsenbord)', decidedOn: '2026-11-02', decidedBy: ['college:GM0938'], concerns: ['GM0938'] });
  });

  it('signs in, opens the form from the work list and records the publication without a mouse', async () => {
    const { page } = journey();
    await page.goto('/inloggen?terug=/publicaties');
    await tabTo(page, 'Gebruikersnaam');
    await page.keyboard.type(OFFICER.name);
    await tabTo(page, 'Wachtwoord');
    await page.keyboard.type(OFFICER.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/publicaties');
    await tabTo(page, `Publicatie vastleggen voor ${DECISION}`, 80);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/publicaties\/vastleggen\?/);
    await tabTo(page, 'Publicatienummer');
    await page.keyboard.type(`gmb-${TODAY.slice(0, 4)}-8830`);
    // Date fields take their segments in the browser's language (en-US, browser-suite.config.ts): month, day, year.
    const [year, month, day] = TODAY.split('-');
    await tabTo(page, 'Bekendgemaakt op');
    await page.keyboard.type(`${month}${day}${year}`);
    await tabTo(page, 'In werking vanaf');
    await page.keyboard.type(`${month}${day}${year}`);
    await tabTo(page, 'Publicatie vastleggen');
    await journey().step('ingevuld');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/documenten/${DECISION}\\?vastgelegd=publicatie`));
    await journey().step('vastgelegd');
    await expect(page.getByRole('status').textContent()).resolves.toContain('De publicatie is vastgelegd.');
  });
});
