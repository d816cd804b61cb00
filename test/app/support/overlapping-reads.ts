import type { EventStore } from '@register/event-store';

/**
 * Makes `racers` concurrent requests truly overlap: each read of a stream
 * whose name starts with `streamPrefix` waits until that many such reads have
 * happened, so every racer decides on the same state before any of them
 * appends. Undo with `jest.restoreAllMocks()`.
 */
export function holdStreamReadsUntilAllRacersRead(store: EventStore, streamPrefix: string, racers = 2): void {
  const read = store.readStream.bind(store);
  let waiting: Array<() => void> = [];
  jest.spyOn(store, 'readStream').mockImplementation(async (stream, options) => {
    const events = await read(stream, options);
    if (!stream.startsWith(streamPrefix)) return events;
    await new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length < racers) return;
      waiting.forEach((release) => release());
      waiting = [];
    });
    return events;
  });
}
