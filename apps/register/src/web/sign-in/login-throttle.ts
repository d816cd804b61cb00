import type { DataSource, Repository } from 'typeorm';
import { type WebLoginFailureRow, WebLoginFailureSchema } from '../accounts/web-tables.schema';

/** Failures allowed before waiting starts: a user who mistypes a few times never notices. */
const FREE_FAILURES = { account: 5, address: 20 } as const;
/** The wait doubles per failure beyond the free ones, from one second up to a quarter of an hour. */
const MAX_WAIT_MS = 15 * 60 * 1000;
/** A key without a failure for an hour starts again from nothing. */
const FORGET_AFTER_MS = 60 * 60 * 1000;

export type ThrottleKey = { readonly kind: keyof typeof FREE_FAILURES; readonly value: string };

/**
 * Slows down guessing (ui.md "Signing in"): per account, so a password cannot
 * be guessed from many addresses, and per address, so one address cannot try
 * many accounts. An attempt counts as a failure before its password is
 * checked and is taken back on success, so parallel guesses count too.
 */
export class LoginThrottle {
  private readonly failures: Repository<WebLoginFailureRow>;

  constructor(dataSource: DataSource) {
    this.failures = dataSource.getRepository(WebLoginFailureSchema);
  }

  /** Milliseconds to wait before the next attempt may be judged, or 0 after counting this one. */
  async begin(keys: readonly ThrottleKey[], now: Date): Promise<number> {
    const rows = await Promise.all(keys.map((key) => this.current(key, now)));
    const wait = Math.max(...rows.map((row, index) => waitFor(keys[index]!, row, now)));
    if (wait > 0) return wait;
    for (const [index, key] of keys.entries()) await this.save(key, (rows[index]?.failures ?? 0) + 1, now);
    return 0;
  }

  /** The attempt succeeded: the account starts afresh, the address gets its attempt back. */
  async succeeded(keys: readonly ThrottleKey[], now: Date): Promise<void> {
    for (const key of keys) {
      const row = await this.current(key, now);
      if (key.kind === 'account' || row === undefined || row.failures <= 1) await this.failures.delete({ key: keyOf(key) });
      else await this.failures.update({ key: keyOf(key) }, { failures: row.failures - 1 });
    }
  }

  private async current(key: ThrottleKey, now: Date): Promise<WebLoginFailureRow | undefined> {
    const row = await this.failures.findOneBy({ key: keyOf(key) });
    if (row === null || now.getTime() - Date.parse(row.lastFailureAt) >= FORGET_AFTER_MS) return undefined;
    return row;
  }

  private async save(key: ThrottleKey, failures: number, now: Date): Promise<void> {
    const row = { key: keyOf(key), failures, lastFailureAt: now.toISOString() };
    if (failures === 1) await this.failures.delete({ key: row.key });
    if (failures === 1) await this.failures.insert(row);
    else await this.failures.update({ key: row.key }, { failures, lastFailureAt: row.lastFailureAt });
  }
}

function waitFor(key: ThrottleKey, row: WebLoginFailureRow | undefined, now: Date): number {
  const beyond = (row?.failures ?? 0) - FREE_FAILURES[key.kind];
  if (row === undefined || beyond < 0) return 0;
  const wait = Math.min(1000 * 2 ** beyond, MAX_WAIT_MS);
  return Math.max(0, Date.parse(row.lastFailureAt) + wait - now.getTime());
}

function keyOf(key: ThrottleKey): string {
  return `${key.kind}:${key.value.toLowerCase()}`;
}
