import type { DocumentRecord } from './documents/document.state';
import type { FunctionRecord } from './functions/function.decider';
import type { MandateRecord } from './mandates/mandate.state';
import type { ParticipantRecord } from './participants/participation';
import type { PowerEntry } from './powers/power.decider';
import { parseParty } from './shared/party-id';

/**
 * What a command handler can look up in the rest of the register: each method
 * reads one stream and folds it with that aggregate's `evolve` (null when the
 * stream does not exist), except `subMandatesOf` and `participants`, which
 * first ask which streams to read (the mandates whose parentMandateId is the
 * given one; the municipalities that ever joined). The context loaders use
 * only this, so a Nest handler implements it once and the loaders list, in
 * code, exactly what each rule needs.
 */
export interface RegisterLookup {
  participant(municipality: string): Promise<ParticipantRecord | null>;
  /** Every municipality that ever joined the arrangement, each folded from its own stream. */
  participants(): Promise<readonly ParticipantRecord[]>;
  registeredFunction(functionId: string): Promise<FunctionRecord | null>;
  power(powerId: string): Promise<PowerEntry | null>;
  document(documentId: string): Promise<DocumentRecord | null>;
  mandate(mandateId: string): Promise<MandateRecord | null>;
  subMandatesOf(mandateId: string): Promise<readonly MandateRecord[]>;
}

/** Loads each id once and leaves out what the register does not hold; the decider names what is missing. */
export async function loadKnown<T>(ids: Iterable<unknown>, load: (id: string) => Promise<T | null>): Promise<T[]> {
  const distinct = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  const found: (T | null)[] = await Promise.all(distinct.map(load));
  return found.filter((item): item is T => item !== null);
}

/** Participants of the named municipalities and of the parties' municipalities, and the parties that are functions. */
export async function loadPartyFacts(
  lookup: RegisterLookup,
  partyIds: readonly unknown[],
  municipalities: readonly unknown[],
): Promise<{ participants: ParticipantRecord[]; functions: FunctionRecord[] }> {
  const parties = partyIds.map((id) => (typeof id === 'string' ? parseParty(id) : null));
  const codes = [...municipalities, ...parties.map((p) => p?.municipality)];
  const functionIds = parties.filter((p) => p?.type === 'function').map((p) => p?.id);
  const [participants, functions] = await Promise.all([
    loadKnown(codes, (code) => lookup.participant(code)),
    loadKnown(functionIds, (id) => lookup.registeredFunction(id)),
  ]);
  return { participants, functions };
}

/** A client may send a malformed list; the loader must not crash before the decider can answer VALIDATION_FAILED. */
export function listOrEmpty(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}
