import type { StoredEvent } from '@register/event-store';
import { EventBatches } from './event-batches';

function event(position: number): StoredEvent {
  const recordedAt = '2026-01-01T00:00:00.000Z';
  return { eventId: `e${position}`, type: 'Counted', data: {}, metadata: {}, stream: 's', streamRevision: position - 1, position, recordedAt };
}

/** A subscription that hands out `ready` at once, then waits for `more` before handing out the rest. */
function subscription(ready: number[], rest: number[] = []) {
  let release: () => void = () => undefined;
  const more = new Promise<void>((resolve) => (release = resolve));
  async function* events(): AsyncGenerator<StoredEvent> {
    for (const position of ready) yield event(position);
    if (rest.length === 0) return;
    await more;
    for (const position of rest) yield event(position);
  }
  return { iterator: events(), release };
}

const positions = (events: StoredEvent[] | undefined) => events?.map((e) => e.position);

describe('EventBatches', () => {
  it('takes the events that are already there, at most `max` per step', async () => {
    const batches = new EventBatches(subscription([1, 2, 3, 4, 5]).iterator);
    expect(positions(await batches.next(3, { wait: true }))).toEqual([1, 2, 3]);
    expect(positions(await batches.next(3, { wait: true }))).toEqual([4, 5]);
  });

  it('ends a step at the first event it would have to wait for, and starts the next step with it', async () => {
    const source = subscription([1, 2], [3, 4]);
    const batches = new EventBatches(source.iterator);
    expect(positions(await batches.next(10, { wait: true }))).toEqual([1, 2]);
    const next = batches.next(10, { wait: true });
    source.release();
    // 3 was asked for during the first step: it must not be lost when that step stopped waiting.
    expect(positions(await next)).toEqual([3, 4]);
  });

  it('answers [] at once when nothing is there and it must not wait', async () => {
    const source = subscription([], [7]);
    const batches = new EventBatches(source.iterator);
    await expect(batches.next(10, { wait: false })).resolves.toEqual([]);
    source.release();
    expect(positions(await batches.next(10, { wait: true }))).toEqual([7]);
  });

  it('answers undefined once the subscription has ended', async () => {
    const batches = new EventBatches(subscription([1]).iterator);
    expect(positions(await batches.next(10, { wait: true }))).toEqual([1]);
    await expect(batches.next(10, { wait: true })).resolves.toBeUndefined();
  });

  it('hands out the events before a failure of the subscription, then the failure', async () => {
    async function* failing(): AsyncGenerator<StoredEvent> {
      yield event(1);
      throw new Error('database gone');
    }
    const batches = new EventBatches(failing());
    expect(positions(await batches.next(10, { wait: true }))).toEqual([1]);
    await expect(batches.next(10, { wait: true })).rejects.toThrow('database gone');
  });
});
