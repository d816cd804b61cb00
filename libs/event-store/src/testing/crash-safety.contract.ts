import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { StoredEvent } from '../event-store.port';
import type { EventStoreConnection } from '../open-event-store';
import type { AcknowledgedAppend, AppendReport } from './append-until-killed.child';
import { newEvents } from './event-store-contract.helpers';
import { type EventStoreHarness, useContractContext } from './event-store.harness';

const HOOK = join(__dirname, 'swc-register.hook.cjs');
const CHILD = join(__dirname, 'append-until-killed.child.ts');
const EVENTS_PER_BATCH = 3;
/**
 * Each round is a new child, killed once it has `acknowledgements` appends
 * acknowledged and reports the start of the next one, after a delay that
 * varies per round so the kills fall at different points inside that append.
 */
const KILL_ROUNDS = [
  { acknowledgements: 25, delayMicroseconds: 0 },
  { acknowledgements: 40, delayMicroseconds: 100 },
  { acknowledgements: 30, delayMicroseconds: 200 },
  { acknowledgements: 55, delayMicroseconds: 300 },
  { acknowledgements: 35, delayMicroseconds: 400 },
  { acknowledgements: 45, delayMicroseconds: 500 },
  { acknowledgements: 20, delayMicroseconds: 650 },
  { acknowledgements: 50, delayMicroseconds: 800 },
] as const;

/** A busy wait: timers cannot wait less than a millisecond, longer than a whole append may take. */
function pause(microseconds: number): void {
  const until = process.hrtime.bigint() + BigInt(microseconds) * 1000n;
  while (process.hrtime.bigint() < until);
}

/**
 * Runs the appending child and kills it with SIGKILL during an append;
 * answers every append it acknowledged, including any it acknowledged while
 * the signal was on its way.
 */
function appendUntilKilled(
  connection: EventStoreConnection,
  prefix: string,
  { acknowledgements, delayMicroseconds }: (typeof KILL_ROUNDS)[number],
): Promise<AcknowledgedAppend[]> {
  return new Promise((resolve, reject) => {
    const args = ['--enable-source-maps', '-r', HOOK, CHILD, JSON.stringify(connection), prefix, String(EVENTS_PER_BATCH)];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: AcknowledgedAppend[] = [];
    let unfinishedLine = '';
    let stderr = '';
    const onReport = (line: AppendReport): void => {
      switch (line.kind) {
        case 'acknowledged':
          acknowledged.push(line);
          return;
        case 'appending':
          if (acknowledged.length < acknowledgements || child.killed) return;
          pause(delayMicroseconds);
          child.kill('SIGKILL');
          return;
        default: {
          const unknown: never = line;
          throw new Error(`Unknown report ${JSON.stringify(unknown)}`);
        }
      }
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const lines = (unfinishedLine + chunk).split('\n');
      unfinishedLine = lines.pop() ?? '';
      for (const line of lines) onReport(JSON.parse(line) as AppendReport);
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL' && acknowledged.length >= acknowledgements) resolve(acknowledged);
      else reject(new Error(`The child ended (${signal ?? code}) after ${acknowledged.length} appends:\n${stderr}`));
    });
  });
}

/** Batches whose events are not all there, in one stream at consecutive revisions. */
function brokenBatches(events: readonly StoredEvent[]): string[] {
  const batches = new Map<string, StoredEvent[]>();
  for (const event of events) {
    const { batch } = event.data as { batch: string };
    batches.set(batch, [...(batches.get(batch) ?? []), event]);
  }
  return [...batches]
    .filter(([, batch]) => {
      const [first] = batch;
      const whole = batch.every((event, index) => event.stream === first.stream && event.streamRevision === first.streamRevision + index);
      return batch.length !== EVENTS_PER_BATCH || !whole;
    })
    .map(([name]) => name);
}

export function describeCrashSafetyContract(harness: EventStoreHarness): void {
  const childConnection = harness.childConnection?.bind(harness);
  // Only a store another process can reach (not the in-memory one) can be written by a child that is then killed: for any other the contract has nothing to test here.
  if (childConnection === undefined) return;
  describe('writers killed with SIGKILL', () => {
    const context = useContractContext(harness);

    it('leave every acknowledged append stored and no batch half-written', async () => {
      const connection = childConnection();
      const acknowledged: AcknowledgedAppend[] = [];
      for (const [round, kill] of KILL_ROUNDS.entries()) {
        acknowledged.push(...(await appendUntilKilled(connection, context.stream(`killed-${round}`), kill)));
      }
      const store = (await context.reopen()) ?? context.store;

      const stored = (await store.readAll({ fromPosition: context.baseline })).filter((event) => context.ownsStream(event.stream));
      const byId = new Map(stored.map((event) => [event.eventId, event]));
      const batches = new Set(stored.map((event) => (event.data as { batch: string }).batch));

      expect(acknowledged.flatMap((append) => append.eventIds.filter((id) => !byId.has(id)))).toEqual([]);
      expect(acknowledged.filter((append) => byId.get(append.eventIds[EVENTS_PER_BATCH - 1])?.position !== append.position)).toEqual([]);
      expect(brokenBatches(stored)).toEqual([]);
      // Per child, one append at most can have committed without the child living to acknowledge it.
      expect(batches.size - acknowledged.length).toBeGreaterThanOrEqual(0);
      expect(batches.size - acknowledged.length).toBeLessThanOrEqual(KILL_ROUNDS.length);
      await expect(store.appendToStream(context.stream('after-the-kills'), newEvents(1))).resolves.toMatchObject({ nextRevision: 0 });
    }, 60_000);
  });
}
