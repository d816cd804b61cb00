import { createHash } from 'node:crypto';
import type { EventStore, StoredEvent } from '../event-store.port';
import { newEvent } from './event-store-contract.helpers';
import { type EventStoreHarness, useContractContext } from './event-store.harness';

const MEGABYTE = 1024 * 1024;

/** Text a municipal register really holds, plus the characters encodings get wrong. */
const NON_ASCII = {
  place: 'Valkenburg aan de Geul',
  status: 'geëvalueerd',
  emoji: '🏛️ ✅ 👩🏽‍⚖️',
  multiByte: 'Ĳsselmeer · Ærø · 東京 · Ελλάδα · “aanhalingstekens” — € · ß',
  escapes: 'tab\there, newline\nthere, "quoted" and \\ backslash',
};

/** About one megabyte of varied text: repeated bytes would hide an offset error. */
function megabyteOfText(): string {
  const alphabet = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:-_ëéüï€', '🏛️', '東'];
  let seed = 20_240_101;
  const parts: string[] = [];
  for (let length = 0; length < MEGABYTE; ) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const part = alphabet[seed % alphabet.length];
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** Compares the big text by digest so a failure does not print a megabyte. */
function comparable(event: Pick<StoredEvent, 'data' | 'metadata'>): unknown {
  const { text, ...rest } = event.data as { text: string };
  return { data: { ...rest, textSha256: createHash('sha256').update(text).digest('hex'), textLength: text.length }, metadata: event.metadata };
}

export function describePayloadContract(harness: EventStoreHarness): void {
  describe('payloads', () => {
    const context = useContractContext(harness);
    const event = newEvent(
      { text: megabyteOfText(), names: NON_ASCII, numbers: [0, -1, 1.5, 2 ** 53 - 1], nested: { flags: [true, false, null] } },
      { ...NON_ASCII, correlationId: 'correlatie-ë-1' },
    );
    const expected = comparable({ data: event.data, metadata: event.metadata ?? {} });

    async function readBoth(store: EventStore, stream: string): Promise<unknown[]> {
      const [fromStream] = await store.readStream(stream);
      const [fromLog] = await context.readOwn(store);
      return [comparable(fromStream), comparable(fromLog)];
    }

    it('round-trip a megabyte of data and non-ASCII text in data and metadata exactly', async () => {
      const stream = context.stream('large');
      await context.store.appendToStream(stream, [event]);

      await expect(readBoth(context.store, stream)).resolves.toEqual([expected, expected]);
    });

    // Without reopen (the in-memory store) there is no second connection to read through, so nothing to test.
    if (harness.reopen) it('keep every acknowledged event for a new connection to read', async () => {
      const stream = context.stream('durable');
      await context.store.appendToStream(stream, [event]);
      await context.closeStore();

      const reopened = await context.reopen();

      await expect(readBoth(reopened as EventStore, stream)).resolves.toEqual([expected, expected]);
    });
  });
}
