import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyAuditBundle } from '@register/verifiable-log';
import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor, SCREENSHOT_ROOT } from './support/browser-journey';

const AUDITOR = SUITE_ACCOUNTS[1];

describe.each([true, false])("the Vaals rekenkamer's audit page (JavaScript %s)", (javaScriptEnabled) => {
  const journey = journeyFor('rekenkamer-vaals-audit', javaScriptEnabled, AUDITOR);
  const suffix = javaScriptEnabled ? 'js' : 'zonder-js';

  it("opens the audit of Vaals from the menu: the signed checkpoint, Vaals's events, its mandates and documents", async () => {
    const { page } = journey();
    await page.goto('/');
    await page.getByRole('link', { name: 'Audit', exact: true }).click();
    await page.getByLabel('Van').fill('2015-01-01');
    await page.getByRole('button', { name: 'Tonen' }).click();
    await journey().step('audit-vaals');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Audit: Vaals');
    await expect(page.getByLabel('Ondertekend controlepunt').textContent()).resolves.toMatch(/^localhost\/szmh-register\n\d+\n\S+=\n\n— localhost\/szmh-register \S+\n$/);
    await expect(page.getByRole('link', { name: 'mandate-gm0981-2026', exact: true }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'mandate-gm0938-2026', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('table').first().textContent()).resolves.toContain('ParticipantJoined');
  });

  it('downloads the audit bundle, which verifies offline and holds only what concerns Vaals', async () => {
    const { page } = journey();
    await page.goto('/audit?municipality=GM0981&from=2015-01-01&until=2030-12-31');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Auditbundel downloaden (ZIP)' }).click()]);
    const file = join(SCREENSHOT_ROOT, `auditbundel-vaals-${suffix}.zip`);
    await download.saveAs(file);
    const report = verifyAuditBundle(await readFile(file));
    expect(report).toMatchObject({ valid: true, failures: [], manifest: { municipality: 'GM0981', from: '2015-01-01', until: '2030-12-31' } });
    expect(report.events).toBeGreaterThan(0);
  });

  it('shows who read Vaals, its own reads among them', async () => {
    const { page } = journey();
    await page.goto('/registers/college:GM0981');
    await page.goto('/audit?municipality=GM0981&from=2015-01-01&until=2030-12-31');
    await journey().step('wie-las-wat');
    const reads = page.getByRole('table', { name: /keer opgevraagd/ });
    await expect(reads.textContent()).resolves.toContain('/registers/college:GM0981');
    await expect(reads.textContent()).resolves.toContain('rekenkamer-vaals');
  });

  it('gets "niet gevonden" for the audit of Meerssen, as for anything out of its scope', async () => {
    const { page } = journey();
    const meerssen = await page.goto('/audit?municipality=GM0938');
    await journey().step('audit-meerssen');
    expect(meerssen?.status()).toBe(404);
    await expect(page.locator('main').textContent()).resolves.toContain('Niet gevonden');
  });

  it('says which date is wrong and keeps what was typed', async () => {
    const { page } = journey();
    const answer = await page.goto('/audit?municipality=GM0981&from=2026-02-01&until=2026-01-31');
    await journey().step('audit-datum-fout');
    expect(answer?.status()).toBe(400);
    await expect(page.getByRole('alert').textContent()).resolves.toContain('"Tot en met" ligt vóór "Van"');
    await expect(page.getByLabel('Tot en met').inputValue()).resolves.toBe('2026-01-31');
  });
});
