import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor, registerDecisionViaApi } from './support/browser-journey';

const OFFICER = SUITE_ACCOUNTS[2];
// Published today: never before the decision (2 November 2026), never in the future, whatever day the suite runs.
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
const YEAR = TODAY.slice(0, 4);

describe.each([true, false])('a publication officer records a publication from the work list and corrects its number (JavaScript %s)', (javaScriptEnabled) => {
  const variant = javaScriptEnabled ? 'js' : 'zonder-js';
  const decision = `doc-mandaat-meerssen-journey-${variant}`;
  const typo = `gmb-${YEAR}-${javaScriptEnabled ? 8801 : 8802}`;
  const right = `gmb-${YEAR}-${javaScriptEnabled ? 8810 : 8820}`;
  const journey = journeyFor('publicatiemedewerker', javaScriptEnabled, OFFICER);

  beforeAll(async () => {
    // The registrar's part, done before the officer's day starts: a decision adopted and registered, not yet published.
    const title = `Mandaatbesluit Meerssen (${variant})`;
    await registerDecisionViaApi({ id: decision, type: 'mandate-decision', title, decidedOn: '2026-11-02', decidedBy: ['college:GM0938'], concerns: ['GM0938'] });
  });

  it('finds the decision on the work list, filtered by who must publish, and records its publication with a mistyped number', async () => {
    const { page } = journey();
    await page.getByRole('link', { name: 'Publicaties' }).first().click();
    await page.getByLabel('Te publiceren door').selectOption('college:GM0938');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/publisher=college%3AGM0938/);
    await journey().step('werklijst-meerssen');
    // The row names the decision by its title once the work list's query gives titles (issue 12b), by its id until then.
    await expect(page.getByRole('row').filter({ hasText: decision }).count()).resolves.toBe(1);
    await expect(page.locator('tbody').textContent()).resolves.not.toContain('teamleider');
    await page.getByRole('link', { name: `Publicatie vastleggen voor ${decision}` }).click();
    await expect(page.getByLabel('Kenmerk van het besluit').inputValue()).resolves.toBe(decision);
    await page.getByLabel('Publicatienummer').fill(typo);
    await page.getByLabel('Bekendgemaakt op').fill(TODAY);
    await page.getByLabel('In werking vanaf').fill(TODAY);
    await journey().step('publicatie-ingevuld');
    await page.getByRole('button', { name: 'Publicatie vastleggen' }).click();
    await page.waitForURL(new RegExp(`/documenten/${decision}\\?vastgelegd=publicatie`));
    await journey().step('publicatie-vastgelegd');
    await expect(page.getByRole('status').textContent()).resolves.toContain('De publicatie is vastgelegd.');
    await expect(page.locator('#publicaties + ul').textContent()).resolves.toContain(typo);
  });

  it('corrects the mistyped number, first refused a number of another year beside the field, then recorded', async () => {
    const { page } = journey();
    await page.getByRole('link', { name: `Corrigeren ${typo}` }).click();
    await expect(page.getByLabel('Publicatienummer zoals vastgelegd').inputValue()).resolves.toBe(typo);
    await page.getByLabel('Wat is verkeerd vastgelegd').selectOption('publicationId');
    await page.getByLabel('Juiste waarde').fill(`gmb-${Number(YEAR) - 1}-${right.slice(-4)}`);
    await page.getByLabel('Reden van de correctie').fill('Nummer verkeerd overgenomen uit het gemeenteblad');
    await page.getByRole('button', { name: 'Correctie vastleggen' }).click();
    await journey().step('correctie-geweigerd');
    await expect(page.locator('#fout-value').textContent()).resolves.toMatch(/gmb-JJJJ-N.*\(Awb 3:42 lid 1\)/);
    await expect(page.getByRole('link', { name: /gmb-JJJJ-N/ }).getAttribute('href')).resolves.toBe('#veld-value');
    await expect(page.getByLabel('Reden van de correctie').inputValue()).resolves.toBe('Nummer verkeerd overgenomen uit het gemeenteblad');
    await page.getByLabel('Juiste waarde').fill(right);
    await page.getByRole('button', { name: 'Correctie vastleggen' }).click();
    await page.waitForURL(new RegExp(`/documenten/${decision}\\?vastgelegd=correctie`));
    await journey().step('correctie-vastgelegd');
    await expect(page.getByRole('status').textContent()).resolves.toContain('De correctie is vastgelegd.');
  });

  it('no longer has the decision on the work list', async () => {
    const { page } = journey();
    await page.goto('/publicaties');
    await journey().step('werklijst-na-publicatie');
    await expect(page.getByRole('link', { name: `Publicatie vastleggen voor ${decision}` }).count()).resolves.toBe(0);
  });
});
