/// <reference lib="dom" />
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { BROWSER_SUITE_ENV, type BrowserSuite, type SuiteAccount } from './browser-suite.config';

/** Screenshots of every step are kept here as test output (the issue asks for them); .gitignore keeps them out of the repository. */
export const SCREENSHOT_ROOT = join(__dirname, '..', '..', '..', 'test-output', 'browser');

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function browserSuite(): BrowserSuite {
  const raw = process.env[BROWSER_SUITE_ENV];
  if (raw === undefined) throw new Error(`${BROWSER_SUITE_ENV} is not set: run the browser tests through jest's browser project, whose globalSetup starts the service`);
  return JSON.parse(raw) as BrowserSuite;
}

/** Registers a decision document through the API as a registrar would have, for a journey that starts where the registrar left off. */
export async function registerDecisionViaApi(document: Record<string, unknown>): Promise<void> {
  const { baseUrl, registrarToken } = browserSuite();
  const response = await fetch(`${baseUrl}/api/v1/documents`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${registrarToken}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(document),
  });
  if (response.status !== 201) throw new Error(`POST /documents answered ${response.status}: ${await response.text()}`);
}

function connectToSuiteBrowser(): Promise<Browser> {
  return chromium.connect(browserSuite().wsEndpoint);
}

/** A fresh browser profile of a Dutch user in Dutch time, with or without JavaScript. */
function dutchContext(browser: Browser, javaScriptEnabled = true): Promise<BrowserContext> {
  return browser.newContext({ baseURL: browserSuite().baseUrl, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', javaScriptEnabled, acceptDownloads: true, viewport: { width: 1200, height: 900 } });
}

/** One user's way through the pages: each step is screenshotted, each page checked by axe when scripts run. */
export class Journey {
  private steps = 0;

  constructor(
    readonly name: string,
    readonly page: Page,
    private readonly javaScriptEnabled = true,
  ) {}

  /** Screenshot of the page as it is now, numbered in the order of the journey. */
  async step(label: string): Promise<void> {
    const dir = join(SCREENSHOT_ROOT, `${this.name}${this.javaScriptEnabled ? '' : '-zonder-javascript'}`);
    await mkdir(dir, { recursive: true });
    this.steps += 1;
    await this.page.screenshot({ path: join(dir, `${String(this.steps).padStart(2, '0')}-${label}.png`), fullPage: true });
    if (this.javaScriptEnabled) await expectNoAxeViolations(this.page);
  }

  async signIn(account: SuiteAccount): Promise<void> {
    await this.page.goto('/inloggen');
    await this.page.getByLabel('Gebruikersnaam').fill(account.name);
    await this.page.getByLabel('Wachtwoord').fill(account.password);
    await this.step('inloggen');
    await this.page.getByRole('button', { name: 'Inloggen' }).click();
    await this.page.waitForURL((url) => url.pathname !== '/inloggen');
  }
}

/** Presses Tab until the element with the accessible label is focused; fails if it never is (a trap or a missing field). */
export async function tabTo(page: Page, label: string, maxPresses = 40): Promise<void> {
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLInputElement | null;
      return element?.labels?.[0]?.textContent?.trim() ?? element?.textContent?.trim() ?? '';
    });
    if (focused === label) return;
  }
  throw new Error(`${label} was not reached with Tab`);
}

/** No WCAG 2.1 AA violation that axe-core can find on the page (ui.md "What makes a page done"). */
async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map((violation) => ({ rule: violation.id, page: page.url(), nodes: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(found).toEqual([]);
}

/**
 * A journey for a describe block: its own browser profile (cookies, scripts
 * on or off) on the suite's shared browser, signed in as `account` when given,
 * closed after the block. Read it inside the tests: `const { page } = journey()`.
 */
export function journeyFor(name: string, javaScriptEnabled = true, account?: SuiteAccount): () => Journey {
  let browser: Browser;
  let context: BrowserContext;
  let journey: Journey | undefined;
  beforeAll(async () => {
    browser = await connectToSuiteBrowser();
    context = await dutchContext(browser, javaScriptEnabled);
    journey = new Journey(name, await context.newPage(), javaScriptEnabled);
    if (account !== undefined) await journey.signIn(account);
  });
  afterAll(async () => {
    await context.close();
    await browser.close();
  });
  return () => {
    if (journey === undefined) throw new Error('the journey starts in beforeAll');
    return journey;
  };
}
