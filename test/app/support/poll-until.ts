import { setTimeout as sleep } from 'node:timers/promises';

/** How often a condition is asked again: short, so a wait ends soon after its condition holds. */
const POLL_INTERVAL_MS = 25;

/**
 * Asks `probe` until it answers something other than `undefined` and resolves
 * with that answer; once `ms` have passed, rejects with `failure()`. Tests wait
 * on a condition this way, never on a fixed time.
 */
export async function pollUntil<T>(probe: () => Promise<T | undefined>, ms: number, failure: () => string): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const answer = await probe();
    if (answer !== undefined) return answer;
    if (Date.now() > deadline) throw new Error(failure());
    await sleep(POLL_INTERVAL_MS);
  }
}
