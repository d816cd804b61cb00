import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Decider, ReferenceKind, RegisterEvent } from '@register/domain';
import { alreadyExists, concernedMunicipalities } from '@register/domain';
import type { EventStore, ExpectedRevision, StoredEvent } from '@register/event-store';
import { EVENT_STORE, WrongExpectedVersion } from '@register/event-store';
import type { CommandMetadata } from './command-metadata';
import { newRegisterEvent } from './register-event-metadata';
import { domainEventsOf, foldStored } from './stored-events';

/** One command against one aggregate's stream. */
export interface StreamDecision<C, E extends RegisterEvent, S> {
  readonly decider: Decider<C, E, S>;
  readonly streamId: string;
  /** What the stream records; a lost race to create it means this now exists (409 ALREADY_EXISTS). */
  readonly resource: { readonly kind: ReferenceKind; readonly id: string };
  /** The command to decide, from the state the stream folds to: a correction loads its facts from that state. */
  readonly command: (state: S) => C | Promise<C>;
  /** Index of the first event id this stream's events take; the publication spends index 0 on its reservation. */
  readonly firstEventIndex?: number;
}

/** What `decide` found: events to append at a revision, or the events an earlier attempt of the same request appended. */
export type Decided<E> =
  | { readonly kind: 'decided'; readonly events: readonly E[]; readonly expectedRevision: ExpectedRevision }
  | { readonly kind: 'already-appended'; readonly appended: Appended<E> };

/** The command's events as they now stand in the stream, the last at global `position`: what its answer is built from. */
export interface Appended<E> {
  readonly events: readonly E[];
  readonly position: number;
}

/**
 * The write side's one loop (architecture.md "Write side"): read the stream,
 * fold `evolve`, decide, append with the revision read. A refusal throws
 * before anything is appended.
 */
@Injectable()
export class DeciderRunner {
  private readonly logger = new Logger(DeciderRunner.name);

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async run<C, E extends RegisterEvent, S>(decision: StreamDecision<C, E, S>, metadata: CommandMetadata): Promise<Appended<E>> {
    return this.append(decision, await this.decide(decision, metadata), metadata);
  }

  async decide<C, E extends RegisterEvent, S>(decision: StreamDecision<C, E, S>, metadata: CommandMetadata): Promise<Decided<E>> {
    const stored = await this.store.readStream(decision.streamId);
    const earlier = earlierAppend<E>(stored, metadata, decision.firstEventIndex ?? 0);
    if (earlier) return { kind: 'already-appended', appended: earlier };
    const state = foldStored(decision.decider, stored);
    const events = decision.decider.decide(await decision.command(state), state);
    const expectedRevision = stored.length === 0 ? 'no-stream' : stored[stored.length - 1].streamRevision;
    return { kind: 'decided', events, expectedRevision };
  }

  async append<C, E extends RegisterEvent, S>(
    decision: StreamDecision<C, E, S>,
    decided: Decided<E>,
    metadata: CommandMetadata,
  ): Promise<Appended<E>> {
    if (decided.kind === 'already-appended') return decided.appended;
    const first = decision.firstEventIndex ?? 0;
    const events = decided.events.map((event, i) => newRegisterEvent(event, concernedMunicipalities(event), metadata, first + i));
    // Under an Idempotency-Key, a concurrent request with the same key and another body must be refused before either writes.
    await metadata.identity.claimWrite();
    try {
      const { position } = await this.store.appendToStream(decision.streamId, events, { expectedRevision: decided.expectedRevision });
      this.logger.debug(`${metadata.commandId} appended ${events.map((e) => e.type).join(', ')} to ${decision.streamId} at ${position}`);
      return { events: decided.events, position };
    } catch (error) {
      // Another writer created the stream between our read and our append: what we meant to create exists now.
      if (error instanceof WrongExpectedVersion && decided.expectedRevision === 'no-stream') {
        throw alreadyExists(decision.resource.kind, decision.resource.id);
      }
      throw error;
    }
  }
}

/**
 * A retry of a command whose events are already stored (same Idempotency-Key,
 * after a crash before the response was recorded) must answer as the first
 * attempt did. The decider would refuse it (ALREADY_EXISTS, ALREADY_REVOKED),
 * so the events' ids are looked for before deciding: the store's own rule
 * that an append of stored ids returns the original result, applied one step
 * earlier. Without an Idempotency-Key the ids are fresh and never match.
 */
function earlierAppend<E>(stored: readonly StoredEvent[], metadata: CommandMetadata, firstIndex: number): Appended<E> | undefined {
  const run = metadata.identity.appendedEarlier(stored, firstIndex);
  const last = run[run.length - 1];
  return last === undefined ? undefined : { events: domainEventsOf<E>(run), position: last.position };
}
