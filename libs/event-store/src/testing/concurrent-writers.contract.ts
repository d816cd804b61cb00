import type { ExpectedRevision, StoredEvent } from '../event-store.port';
import { consume, expectStrictlyIncreasing, newEvents, waitUntil } from './event-store-contract.helpers';
import { type EventStoreHarness, useContractContext } from './event-store.harness';

const DEFAULT_LOAD = { writers: 8, appendsPerWriter: 400 };

export function describeConcurrentWritersContract(harness: EventStoreHarness): void {
  const { writers, appendsPerWriter } = harness.capabilities?.concurrentWriters ?? DEFAULT_LOAD;

  describe('concurrent writers', () => {
    const context = useContractContext(harness);

    /**
     * Even writers append to a stream of their own with exact expected
     * revisions; odd writers share two streams with `any`. Batches of 1 to 3
     * events. Answers how many events the writer appended.
     */
    async function write(writer: number): Promise<number> {
      const shared = writer % 2 === 1;
      const stream = context.stream(shared ? `shared-${writer % 4}` : `own-${writer}`);
      let expectedRevision: ExpectedRevision = shared ? 'any' : 'no-stream';
      let appended = 0;
      for (let append = 0; append < appendsPerWriter; append += 1) {
        const events = newEvents(1 + (append % 3), `writer-${writer}`);
        const { nextRevision } = await context.store.appendToStream(stream, events, { expectedRevision });
        if (!shared) expectedRevision = nextRevision;
        appended += events.length;
      }
      return appended;
    }

    it(`never make a live subscriber skip or repeat an event (${writers} writers of ${appendsPerWriter} appends each)`, async () => {
      const subscription = context.store.subscribeToAll({ fromPosition: context.baseline });
      const live = consume(subscription);

      const writing = (async () => {
        const counts = await Promise.all(Array.from({ length: writers }, (_, writer) => write(writer)));
        const log = await context.readOwn();
        const head = log[log.length - 1].position;
        await waitUntil(
          () => (live.received[live.received.length - 1]?.position ?? 0) >= head,
          60_000,
          () => `the subscriber to reach position ${head}, it has ${live.received.length} events`,
        );
        return { appended: counts.reduce((a, b) => a + b), log };
      })();
      // Stopped on failure too, so a failing adapter does not leave the subscriber polling.
      const { appended, log } = await writing.finally(() => subscription.stop());
      await live.done;

      const logPositions = log.map((event) => event.position);
      const receivedPositions = live.received.filter((event) => context.ownsStream(event.stream)).map((event) => event.position);
      const received = new Set(receivedPositions);
      const stored = new Set(logPositions);
      expect(log).toHaveLength(appended);
      expectStrictlyIncreasing(logPositions);
      expectStrictlyIncreasing(receivedPositions);
      expect({
        missed: logPositions.filter((position) => !received.has(position)),
        unknown: receivedPositions.filter((position) => !stored.has(position)),
      }).toEqual({ missed: [], unknown: [] });
      expect(revisionGaps(log)).toEqual([]);
    }, 120_000);
  });
}

/** Streams whose revisions, in log order, are not 0, 1, 2, ... (a lost or doubled revision). */
function revisionGaps(log: readonly StoredEvent[]): string[] {
  const next = new Map<string, number>();
  const broken = new Set<string>();
  for (const event of log) {
    if (event.streamRevision !== (next.get(event.stream) ?? 0)) broken.add(event.stream);
    next.set(event.stream, event.streamRevision + 1);
  }
  return [...broken];
}
