import type { Role } from '../../../apps/register/src/auth/authenticated-subject';

/** Where the setup leaves the service's address and the browser's endpoint for the tests. */
export const BROWSER_SUITE_ENV = 'REGISTER_BROWSER_SUITE';

export interface BrowserSuite {
  readonly baseUrl: string;
  readonly wsEndpoint: string;
  /** A registrar's bearer token, minted with the CLI, for a journey that needs the register in a state the demo does not leave it in. */
  readonly registrarToken: string;
}

export const CHROMIUM = '/usr/bin/chromium';

/**
 * As root in a container Chromium needs --no-sandbox; the rest keeps it from
 * reaching for Google's services, which this machine's closed network refuses
 * (docs: .library/env/machines/node.md "Known to work").
 */
export const CHROMIUM_ARGS = [
  // Date fields take their order from the browser's own language, not the page's: fixed, so typing a date by keyboard is the same everywhere.
  '--lang=en-US',
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync',
];

export interface SuiteAccount {
  readonly name: string;
  readonly password: string;
  readonly roles: readonly Role[];
  readonly municipalities: readonly string[];
}

/** The users of the journeys, made with the CLI as an administrator would (`npm run cli -- user add`). */
export const SUITE_ACCOUNTS = [
  { name: 'jurist', password: 'juridische-zaken-2026', roles: ['reader'], municipalities: [] },
  { name: 'rekenkamer-vaals', password: 'rekenkamer-vaals-2026', roles: ['auditor'], municipalities: ['GM0981'] },
  { name: 'publicaties', password: 'publicaties-maastricht-2026', roles: ['publication-officer'], municipalities: [] },
  { name: 'registrator', password: 'registrator-szmh-2026', roles: ['registrar'], municipalities: [] },
  { name: 'registratie-szmh', password: 'registratie-szmh-2026', roles: ['registrar'], municipalities: [] },
] as const satisfies readonly SuiteAccount[];
