import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { SUITE_ACCOUNTS } from './support/browser-suite.config';
import { journeyFor, SCREENSHOT_ROOT } from './support/browser-journey';
import { pdfContents } from './support/pdf-contents';

const [JURIST] = SUITE_ACCOUNTS;
const MANAGER = 'GM0935.manager-sociale-zekerheid';

/** Fills the competence check as a user does and submits it. */
async function ask(page: Page, fields: { actor: string; power: string; municipality: string; validOn: string; amount?: string; knownAt?: string }): Promise<void> {
  await page.goto('/bevoegdheid');
  await page.getByLabel('Functie of orgaan').fill(fields.actor);
  await page.getByLabel('Bevoegdheid', { exact: true }).fill(fields.power);
  await page.getByLabel('Gemeente').selectOption(fields.municipality);
  await page.getByLabel('Datum van het besluit').fill(fields.validOn);
  if (fields.amount !== undefined) await page.getByLabel('Bedrag in euro (niet verplicht)').fill(fields.amount);
  if (fields.knownAt !== undefined) await page.getByLabel('Zoals bekend op (niet verplicht)').fill(fields.knownAt);
  await page.getByRole('button', { name: 'Controleren' }).click();
  await page.waitForURL(/\/bevoegdheid\?/);
}

function answerOf(page: Page, axis: 'Geldig' | 'In werking') {
  return page.locator('.register-answer').filter({ has: page.getByRole('heading', { name: axis, exact: true }) });
}

describe.each([true, false])('legal affairs answer the README questions in the browser (JavaScript %s)', (javaScriptEnabled) => {
  const journey = journeyFor('juridische-zaken', javaScriptEnabled, JURIST);

  it('was the manager competent for bijstand in Meerssen on 15 January 2026: yes when valid, retroactively; not yet in force', async () => {
    const { page } = journey();
    await ask(page, { actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-01-15' });
    await journey().step('manager-15-januari');
    await expect(answerOf(page, 'Geldig').textContent()).resolves.toMatch(/Bevoegd.*Terugwerkende kracht.*\(Awb 10:1 met 3:40\)/s);
    await expect(answerOf(page, 'In werking').textContent()).resolves.toMatch(/Niet bevoegd.*nog niet in werking.*\(Awb 3:40\)/s);
    const chain = page.locator('.register-chain__step');
    await expect(chain.count()).resolves.toBe(2);
    await expect(chain.nth(0).textContent()).resolves.toMatch(/mandate-gm0938-2026.*doc-mandate-gm0938-2026.*gmb-2026-999003/s);
    await expect(chain.nth(1).textContent()).resolves.toMatch(/submandate-gm0938-manager-2026.*doc-submandate-gm0935-2026.*gmb-2026-999006/s);
    await expect(page.locator('.register-signature').textContent()).resolves.toContain('namens het college van burgemeester en wethouders van Meerssen');
    // The answer's address carries the API's parameter names, so it can be filed and opened again.
    expect(new URL(page.url()).searchParams.get('actor')).toBe(MANAGER);
  });

  it('from 2 February 2026 the mandate is also in force', async () => {
    await ask(journey().page, { actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-02-02' });
    await journey().step('manager-2-februari');
    await expect(answerOf(journey().page, 'In werking').locator('.register-answer__verdict').textContent()).resolves.toBe('Bevoegd');
  });

  it('as the register stood on 1 January 2026, before the demo was recorded, nothing was known', async () => {
    await ask(journey().page, { actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-01-15', knownAt: '2026-01-01T00:00:00' });
    await journey().step('zoals-bekend-op-1-januari');
    await expect(answerOf(journey().page, 'Geldig').textContent()).resolves.toMatch(/Niet bevoegd.*geen mandaat gevonden/s);
  });

  it('the team leader may not decide on EUR 6,000: the ceiling of € 5.000 along a chain of three', async () => {
    const { page } = journey();
    await ask(page, { actor: 'GM0935.teamleider-inkomen', power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-11-02', amount: '6000' });
    await journey().step('teamleider-6000-euro');
    await expect(answerOf(page, 'Geldig').textContent()).resolves.toMatch(/Niet bevoegd.*maximumbedrag/s);
    await expect(page.locator('.register-chain__step').count()).resolves.toBe(3);
    await expect(page.getByText('voor een bedrag van € 6.000').count()).resolves.toBe(1);
  });

  it('an amount written the Dutch way is refused next to its field, with what was typed kept', async () => {
    const { page } = journey();
    await ask(page, { actor: 'GM0935.teamleider-inkomen', power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-11-02', amount: '6.000' });
    await journey().step('bedrag-met-punt');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('zonder punten of komma');
    await expect(page.getByLabel('Bedrag in euro (niet verplicht)').inputValue()).resolves.toBe('6.000');
    await expect(page.getByLabel('Functie of orgaan').inputValue()).resolves.toBe('GM0935.teamleider-inkomen');
  });

  it('downloads the statement: a PDF/A-2b holding the chain, its decisions and publication numbers', async () => {
    const { page } = journey();
    await ask(page, { actor: MANAGER, power: 'PW-BIJSTAND', municipality: 'GM0938', validOn: '2026-01-15' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Bevoegdheidsverklaring downloaden (PDF)' }).click()]);
    const file = join(SCREENSHOT_ROOT, `bevoegdheidsverklaring-${javaScriptEnabled ? 'js' : 'zonder-js'}.pdf`);
    await download.saveAs(file);
    expect((await readFile(file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pdf = await pdfContents(file);
    for (const expected of ['doc-mandate-gm0938-2026', 'Mandaatbesluit SZMH Meerssen 2026', 'gmb-2026-999003', 'doc-submandate-gm0935-2026', 'gmb-2026-999006', 'Geldig: Bevoegd', 'In werking: Niet bevoegd', 'Gevraagd door: jurist']) {
      expect(pdf.text).toContain(expected);
    }
    expect(pdf.text).toMatch(/Logpositie: beantwoord tegen het register tot en met positie \d+/);
    // The signed checkpoint it was answered against, and the key that verifies it (issue 14).
    expect(pdf.text).toMatch(/Ondertekend controlepunt: \d+ gebeurtenissen, ondertekend op .+\nWortel van de boom:\n[A-Za-z0-9+/]{43}=\n/);
    expect(pdf.text).toMatch(/— localhost\/szmh-register \S+/);
    expect(pdf.text).toMatch(/Publieke sleutel:\nlocalhost\/szmh-register\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}\n/);
    expect(pdf.xmp).toMatch(/<pdfaid:part>2<\/pdfaid:part>\s*<pdfaid:conformance>B<\/pdfaid:conformance>/);
  });

  it('reads the register of what the manager received, and downloads it as CSV', async () => {
    const { page } = journey();
    await page.goto(`/registers/${MANAGER}/ontvangen?validOn=2026-11-02`);
    await journey().step('register-ontvangen');
    await expect(page.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download als CSV' }).click()]);
    const file = join(SCREENSHOT_ROOT, `register-ontvangen-${javaScriptEnabled ? 'js' : 'zonder-js'}.csv`);
    await download.saveAs(file);
    const csv = await readFile(file, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('mandateId,parentMandateId,kind,grantor,grantee,power,municipalities,ceiling,subMandateAllowed,validFrom,validUntil,inForceFrom,decision,publication');
    expect(csv.split('\r\n').length - 2).toBe(160);
  });

  it('sees which text of the arrangement was in force on 9 and on 10 April 2025', async () => {
    const { page } = journey();
    await page.goto('/documenten/doc-gr-szmh?validOn=2025-04-09&axis=inForce');
    await journey().step('regeling-9-april-2025');
    await expect(page.getByText('Versie op 9 april 2025 (in werking):').locator('..').textContent()).resolves.toContain('versie 1 (oorspronkelijke tekst)');
    await page.goto('/documenten/doc-gr-szmh?validOn=2025-04-10&axis=inForce');
    await expect(page.getByText('Versie op 10 april 2025 (in werking):').locator('..').textContent()).resolves.toContain('versie 2 (wijziging gr-szmh-2025)');
  });

  it('opens a mandate of the chain: status on both axes, the chain above, its history', async () => {
    const { page } = journey();
    await page.goto('/mandaten/submandate-gm0938-manager-2026?validOn=2026-01-15');
    await journey().step('mandaat');
    await expect(page.getByRole('heading', { name: 'Keten erboven' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.register-chain').textContent()).resolves.toContain('mandate-gm0938-2026');
    await expect(page.locator('.register-timeline').textContent()).resolves.toContain('Verleend');
  });
});
