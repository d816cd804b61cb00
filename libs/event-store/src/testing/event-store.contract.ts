import { describeAppendingContract } from './appending.contract';
import { describeConcurrentWritersContract } from './concurrent-writers.contract';
import { describeCrashSafetyContract } from './crash-safety.contract';
import type { EventStoreHarness } from './event-store.harness';
import { describePayloadContract } from './payload.contract';
import { describeReadingContract } from './reading.contract';
import { describeSubscribingContract } from './subscribing.contract';

export type { EventStoreHarness } from './event-store.harness';

/**
 * The behaviour every EventStore adapter must show, as one jest suite. Call it
 * at the top level of an adapter's spec file:
 *
 *   describeEventStoreContract('sqlite', { open: ..., reopen: ..., childConnection: ..., dispose: ... });
 *
 * Every test gets a store from `harness.open()` and closes it afterwards.
 */
export function describeEventStoreContract(adapterName: string, harness: EventStoreHarness): void {
  describe(`${adapterName} event store contract`, () => {
    afterAll(async () => {
      await harness.dispose?.();
    });

    describeAppendingContract(harness);
    describeReadingContract(harness);
    describePayloadContract(harness);
    describeSubscribingContract(harness);
    describeConcurrentWritersContract(harness);
    describeCrashSafetyContract(harness);
  });
}
