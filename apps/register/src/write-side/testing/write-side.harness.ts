import type { StoredEvent } from '@register/event-store';
import { InMemoryEventStore } from '@register/event-store';
import { RequestIdentity } from '../../idempotency/request-identity';
import type { CommandMetadata } from '../command-metadata';
import { DeciderRunner } from '../decider-runner';
import { StoreRegisterLookup } from '../store-register-lookup';
import { FixedClock } from './fixed-clock';
import { LogScanParticipantDirectory } from './log-scan-participant-directory';
import { LogScanSubMandateFinder } from './log-scan-sub-mandate-finder';
import { SequentialIdGenerator } from './sequential-id-generator';
import { seedSzmhStore } from './szmh-store.fixture';

/** The instant the unit specs run at: TODAY of the domain fixtures, 2026-11-23, in the morning in Maastricht. */
export const NOW = new Date('2026-11-23T09:00:00.000Z');

export const REGISTRAR = 'registrar@maastricht.nl';

/**
 * Metadata of one command named `name`: its id is the name, its correlation id
 * `corr-${name}`, and its identity derives from the name as it would from an
 * Idempotency-Key: a second command with the same name is a retry of the first.
 */
export function metadataFor(name: string, recordedBy = REGISTRAR): CommandMetadata {
  return { commandId: name, recordedBy, correlationId: `corr-${name}`, identity: RequestIdentity.derivedFrom(name) };
}

/** The id of the n-th event of the command named `name`. */
export function eventIdOf(name: string, index: number): string {
  return RequestIdentity.derivedFrom(name).eventIdFor(index);
}

/** The write side over an in-memory store holding the SZMH reference facts, with a fixed clock and predictable ids. */
export async function writeSideHarness() {
  const store = new InMemoryEventStore();
  await seedSzmhStore(store);
  const clock = new FixedClock(NOW);
  const ids = new SequentialIdGenerator();
  const lookup = new StoreRegisterLookup(store, new LogScanSubMandateFinder(store), new LogScanParticipantDirectory(store));
  const runner = new DeciderRunner(store);
  const seeded = await store.headPosition();
  return {
    store,
    clock,
    ids,
    lookup,
    runner,
    /** Events appended after `position` (by default the seed's end): what the commands under test wrote. */
    appended: (position = seeded): Promise<StoredEvent[]> => store.readAll({ fromPosition: position }),
  };
}

