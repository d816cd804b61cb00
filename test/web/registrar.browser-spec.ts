import type { Page } from 'playwright-core';
import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor } from './support/browser-journey';

const REGISTRAR = SUITE_ACCOUNTS[3];

/** The first step of /mandaten/nieuw: a decision document, registered through the page's own form. */
async function registerDecision(page: Page, fields: { id: string; type: string; title: string; decidedOn: string }): Promise<void> {
  await page.getByLabel('Kenmerk van het besluit (optioneel)').fill(fields.id);
  await page.getByLabel('Soort besluit').selectOption(fields.type);
  await page.getByLabel('Titel').fill(fields.title);
  await page.getByLabel('Besloten op').fill(fields.decidedOn);
  await page.getByLabel('Besloten door').fill('college:GM0981');
  await page.getByRole('group', { name: 'Betreft de gemeenten' }).getByLabel('Vaals').check();
  await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
}

describe.each([true, false])('a registrar grants and revokes a mandate, one grant refused by a rule (JavaScript %s)', (javaScriptEnabled) => {
  const variant = javaScriptEnabled ? 'js' : 'zonder-js';
  const decision = `doc-mandaat-vaals-journey-${variant}`;
  const mandate = `mandaat-vaals-journey-${variant}`;
  const journey = journeyFor('registrator', javaScriptEnabled, REGISTRAR);

  it('registers the mandate decision of the Vaals college', async () => {
    const { page } = journey();
    await page.getByRole('link', { name: 'Nieuw mandaat' }).click();
    await journey().step('nieuw-mandaat');
    await registerDecision(page, { id: decision, type: 'mandate-decision', title: `Mandaatbesluit Vaals (${variant})`, decidedOn: '2026-11-02' });
    await page.waitForURL(/vastgelegd=besluit/);
    await expect(page.getByRole('status').textContent()).resolves.toContain('Het besluit is vastgelegd.');
    await expect(page.getByLabel('Kenmerk van het besluit', { exact: true }).inputValue()).resolves.toBe(decision);
  });

  it('is refused the grant to the Maastricht college without a consent basis (Awb 10:4), beside the field, with what was typed kept', async () => {
    const { page } = journey();
    await page.getByLabel('Kenmerk van het mandaat (optioneel)').fill(mandate);
    await page.getByLabel('Mandaatgever').fill('college:GM0981');
    await page.getByLabel('Gemandateerde').fill('college:GM0935');
    await page.getByRole('group', { name: 'Bevoegdheden' }).getByLabel(/\(PW-BIJSTAND\)/).check();
    await page.getByLabel('Geldig vanaf').fill('2026-11-02');
    await page.getByRole('button', { name: 'Mandaat verlenen' }).click();
    await journey().step('verlening-geweigerd');
    const summary = page.locator('#foutmeldingen');
    await expect(summary.textContent()).resolves.toContain('Awb 10:4');
    await expect(summary.getByRole('link').getAttribute('href')).resolves.toBe('#veld-consentType');
    await expect(page.locator('#fout-consentType').textContent()).resolves.toContain('wettelijke grondslag of het instemmingsbesluit');
    await expect(page.getByLabel('Gemandateerde').inputValue()).resolves.toBe('college:GM0935');
    await expect(page.getByRole('group', { name: 'Bevoegdheden' }).getByLabel(/\(PW-BIJSTAND\)/).isChecked()).resolves.toBe(true);
    if (javaScriptEnabled) await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('foutmeldingen');
  });

  it('grants it on the statutory basis of Wgr art. 8 lid 4', async () => {
    const { page } = journey();
    await page.getByLabel('Grondslag voor mandaat buiten de eigen organisatie (Awb 10:4)').selectOption('statutory');
    await page.getByLabel('Wettelijke grondslag').fill('Wgr art. 8 lid 4; GR SZMH art. 5 lid 1');
    await page.getByRole('button', { name: 'Mandaat verlenen' }).click();
    await page.waitForURL(new RegExp(`/mandaten/${mandate}\\?vastgelegd=mandaat`));
    await journey().step('mandaat-verleend');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Het mandaat is vastgelegd.');
    await expect(page.locator('.register-terms').first().textContent()).resolves.toContain('PW-BIJSTAND');
  });

  it('revokes it by a revocation decision registered on the way, from 1 December 2026', async () => {
    const { page } = journey();
    await page.getByRole('link', { name: 'Intrekken' }).click();
    await page.getByRole('link', { name: 'Het intrekkingsbesluit eerst vastleggen' }).click();
    await registerDecision(page, { id: `${decision}-intrekking`, type: 'revocation-decision', title: `Intrekking mandaat Vaals (${variant})`, decidedOn: '2026-11-20' });
    await page.waitForURL(new RegExp(`/mandaten/${mandate}/intrekken\\?besluit=`));
    await expect(page.getByLabel('Kenmerk van het intrekkingsbesluit').inputValue()).resolves.toBe(`${decision}-intrekking`);
    await page.getByLabel('Geldt niet meer vanaf').fill('2026-12-01');
    await journey().step('intrekking-ingevuld');
    await page.getByRole('button', { name: 'Mandaat intrekken' }).click();
    await page.waitForURL(new RegExp(`/mandaten/${mandate}\\?vastgelegd=intrekking`));
    await journey().step('ingetrokken');
    await expect(page.getByRole('status').textContent()).resolves.toContain('De intrekking is vastgelegd.');
    await expect(page.locator('.register-terms').first().textContent()).resolves.toContain('ingetrokken per 1 december 2026');
  });
});
