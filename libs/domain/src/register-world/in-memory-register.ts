import { documentDecider, documentStreamId } from '../documents/document.decider';
import type { DocumentRecord } from '../documents/document.state';
import { functionDecider, functionStreamId } from '../functions/function.decider';
import type { FunctionRecord } from '../functions/function.decider';
import { mandateDecider, mandateStreamId } from '../mandates/mandate.decider';
import type { MandateRecord } from '../mandates/mandate.state';
import { participantDecider, participantStreamId } from '../participants/participant.decider';
import type { ParticipantRecord } from '../participants/participation';
import { powerDecider, powerStreamId } from '../powers/power.decider';
import type { PowerEntry } from '../powers/power.decider';
import type { RegisterEvent } from '../register-event';
import type { RegisterLookup } from '../register-lookup';
import type { Decider } from '../shared/decider';
import { foldEvents } from '../shared/decider';

/** The streams an aggregate of the register lives in, by the prefix of their names. */
const AGGREGATE_STREAM_PREFIXES = [participantStreamId(''), functionStreamId(''), powerStreamId(''), documentStreamId(''), mandateStreamId('')];

/** True for a stream of one of the register's aggregates; the store also holds reservations and idempotency keys. */
export function isAggregateStream(streamId: string): boolean {
  return AGGREGATE_STREAM_PREFIXES.some((prefix) => streamId.startsWith(prefix));
}

/**
 * The register's aggregate streams held in memory, each folded with its own
 * `evolve` when asked, as a handler folds the stream it reads from the store.
 * It starts empty or from the events a store holds (`replay`); RegisterWorld
 * adds what the deciders decide on top.
 */
export class InMemoryRegister implements RegisterLookup {
  private readonly streams = new Map<string, RegisterEvent[]>();
  /** The reservation streams of architecture.md: which document holds each publication identifier. */
  protected readonly publicationHolders = new Map<string, string>();

  /** Takes over events the store already holds for an aggregate stream, in stream order. */
  replay(streamId: string, events: readonly RegisterEvent[]): void {
    this.streams.set(streamId, [...this.stream(streamId), ...events]);
  }

  /** Takes over who holds a publication identifier (null: released), as the store's reservation stream says. */
  replayPublicationHolder(publicationId: string, documentId: string | null): void {
    if (documentId === null) this.publicationHolders.delete(publicationId);
    else this.publicationHolders.set(publicationId, documentId);
  }

  /** How many events the register holds; a refused command must leave it unchanged. */
  eventCount(): number {
    return [...this.streams.values()].reduce((sum, events) => sum + events.length, 0);
  }

  stream(streamId: string): readonly RegisterEvent[] {
    return this.streams.get(streamId) ?? [];
  }

  /** Every aggregate stream's name, in the order each was first written. */
  streamIds(): string[] {
    return [...this.streams.keys()];
  }

  /** Every mandate as currently folded, for invariants over the whole register. */
  allMandates(): MandateRecord[] {
    const ids = this.streamIds().filter((id) => id.startsWith(mandateStreamId('')));
    return ids.map((id) => this.fold(mandateDecider, id)).filter((m): m is MandateRecord => m !== null);
  }

  async participant(municipality: string): Promise<ParticipantRecord | null> {
    return this.fold(participantDecider, participantStreamId(municipality));
  }

  async participants(): Promise<readonly ParticipantRecord[]> {
    const ids = this.streamIds().filter((id) => id.startsWith(participantStreamId('')));
    return ids.map((id) => this.fold(participantDecider, id)).filter((p): p is ParticipantRecord => p !== null);
  }

  async registeredFunction(functionId: string): Promise<FunctionRecord | null> {
    return this.fold(functionDecider, functionStreamId(functionId));
  }

  async power(powerId: string): Promise<PowerEntry | null> {
    return this.fold(powerDecider, powerStreamId(powerId));
  }

  async document(documentId: string): Promise<DocumentRecord | null> {
    return this.fold(documentDecider, documentStreamId(documentId));
  }

  async mandate(mandateId: string): Promise<MandateRecord | null> {
    return this.fold(mandateDecider, mandateStreamId(mandateId));
  }

  /** A read model query in the service; here a scan. */
  async subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]> {
    return this.allMandates().filter((m) => m.parentMandateId === mandateId);
  }

  protected fold<C, E extends RegisterEvent, S>(decider: Decider<C, E, S>, streamId: string): S {
    // A stream holds the events of one aggregate only, so the narrowing is sound.
    return foldEvents(decider, this.stream(streamId) as E[]);
  }
}
