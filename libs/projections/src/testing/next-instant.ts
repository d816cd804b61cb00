/**
 * Resolves once the clock has moved past `instant` (ms since the epoch):
 * something recorded after this is stamped later than anything recorded
 * before `instant` was read. The store stamps recordedAt in milliseconds, so
 * tests that ask about the instant between two events wait for this instead
 * of sleeping an amount of time that a busy machine may not honour.
 */
export async function untilTheClockPasses(instant: number): Promise<void> {
  while (Date.now() <= instant) await new Promise((resolve) => setImmediate(resolve));
}
