import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor } from './support/browser-journey';

const REGISTRAR = SUITE_ACCOUNTS[4];

/** A register kept as CSV by hand: a mandate citing a power the catalogue does not have. */
const WRONG_MANDATES_CSV = [
  'nummer;soort;bevoegdheid;oorspronkelijk bevoegd orgaan;mandataris;besluit;geldig vanaf',
  'mandate-gm0981-onbekend;mandaat;PW-ONBEKEND;college:GM0981;college:GM0935;doc-mandate-gm0981-2026;2026-01-01',
].join('\r\n');

/**
 * The registrar brings in a register through the pages (issue 15): the
 * register as the service holds it, downloaded in the template and read back
 * in, has nothing new to write; a hand-kept CSV with a wrong row shows that
 * row's problem and offers no way to apply it. The demo the suite runs on
 * stays as it was, for the other journeys.
 */
describe.each([true, false])('a registrar reading in a register in the browser (JavaScript %s)', (javaScriptEnabled) => {
  const journey = journeyFor('registratie', javaScriptEnabled, REGISTRAR);

  it('downloads the register, checks it and applies it: every row already in the register, nothing written twice', async () => {
    const { page } = journey();
    await page.getByRole('link', { name: 'Register inlezen' }).click();
    await journey().step('inlezen');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Het register downloaden (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^mandaatregister-\d{4}-\d{2}-\d{2}\.xlsx$/);
    // The suite's browser runs apart from the test: the download is copied over to be read.
    const dir = await mkdtemp(join(tmpdir(), 'register-download-'));
    await download.saveAs(join(dir, 'register.xlsx'));
    const workbook = await readFile(join(dir, 'register.xlsx'));
    await rm(dir, { recursive: true, force: true });
    await page.getByLabel('Werkmap of CSV-bestanden').setInputFiles({ name: 'register.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: workbook });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toContain('Geen problemen: 0 vastleggingen kunnen worden ingelezen.');
    await journey().step('gecontroleerd');
    await page.getByRole('button', { name: 'Inlezen' }).click();
    await page.waitForURL((url) => url.searchParams.has('geschreven'));
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/Ingelezen: 0 vastgelegd, [1-9]\d* stonden al in het register\./);
    await journey().step('ingelezen');
  });

  it('shows the wrong row of a CSV sheet at mandaten!2 with its rule, and no button to apply it', async () => {
    const { page } = journey();
    await page.goto('/inlezen');
    await page.getByLabel('Werkmap of CSV-bestanden').setInputFiles({ name: 'mandaten.csv', mimeType: 'text/csv', buffer: Buffer.from(WRONG_MANDATES_CSV, 'utf8') });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toContain('Er is niets vastgelegd');
    const row = page.getByRole('row', { name: /mandaten!2/ });
    await expect(row.textContent()).resolves.toContain('UNKNOWN_REFERENCE');
    await expect(row.textContent()).resolves.toContain('PW-ONBEKEND');
    await expect(page.getByRole('button', { name: 'Inlezen' }).count()).resolves.toBe(0);
    await journey().step('problemen');
  });
});
