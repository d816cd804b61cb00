/**
 * Child process of the crash test (`crash-safety.contract.ts`): appends
 * batches of events as fast as it can, until its parent kills it, and reports
 * on stdout, one JSON line each, when an append starts and when it was
 * acknowledged. Run it as `node -r ./swc-register.hook.cjs
 * append-until-killed.child.ts <connection json> <stream prefix> <events per batch>`.
 */
import { randomUUID } from 'node:crypto';
import { type EventStoreConnection, openEventStore } from '../open-event-store';

/** A batch is named by the stream prefix and a counter: unique over every child of one test. */
export type AppendReport =
  | { readonly kind: 'appending'; readonly batch: string }
  | AcknowledgedAppend;

export interface AcknowledgedAppend {
  readonly kind: 'acknowledged';
  readonly batch: string;
  readonly stream: string;
  readonly eventIds: string[];
  readonly position: number;
}

/** Fills each event so a batch spans several database pages: more for a kill to cut through. */
const FILLER = 'acknowledged events must survive '.repeat(60);

/**
 * Resolves once the line is handed to the kernel. While the parent is slow to
 * read (a busy machine), the pipe fills and Node queues writes inside this
 * process; an acknowledgement still queued dies with it at the kill, and the
 * parent would count a second committed append this child never acknowledged.
 */
function report(line: AppendReport): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(`${JSON.stringify(line)}\n`, (error) => (error ? reject(error) : resolve())));
}

async function appendUntilKilled(connection: EventStoreConnection, prefix: string, perBatch: number): Promise<never> {
  const store = await openEventStore(connection);
  for (let counter = 0; ; counter += 1) {
    const stream = `${prefix}-${counter % 4}`;
    const batch = `${prefix}/${counter}`;
    const events = Array.from({ length: perBatch }, (_, index) => ({
      eventId: randomUUID(),
      type: 'crash-probed',
      data: { batch, index, filler: FILLER },
    }));
    await report({ kind: 'appending', batch });
    const { position } = await store.appendToStream(stream, events);
    await report({ kind: 'acknowledged', batch, stream, eventIds: events.map((event) => event.eventId), position });
  }
}

if (require.main === module) {
  const [connectionJson, prefix, perBatch] = process.argv.slice(2);
  appendUntilKilled(JSON.parse(connectionJson) as EventStoreConnection, prefix, Number(perBatch)).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
