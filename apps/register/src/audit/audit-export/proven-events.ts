import { type EventStore, StorageUnavailable, type StoredEvent } from '@register/event-store';
import type { ConcernedLeaf } from '@register/projections';
import { eventLeafHash, type Hash, type InclusionProof, type LoggedEvent, loggedEventOf, type NodeId, proveInclusion, sameHash, type TreeNodeSource } from '@register/verifiable-log';

const PAGE_SIZE = 1_000;

export interface ProvenEvents {
  readonly events: readonly LoggedEvent[];
  readonly proofs: readonly InclusionProof[];
}

/**
 * The events of `leaves`, each with its inclusion proof against the tree of
 * `treeSize` leaves. An event that no longer hashes to its leaf, or that the
 * log no longer holds, means the log was changed behind the register's back:
 * that is a damaged store (503), not a bundle that would fail to verify.
 */
export async function provenEvents(store: EventStore, nodes: TreeNodeSource, leaves: readonly ConcernedLeaf[], treeSize: number): Promise<ProvenEvents> {
  const stored = await eventsAt(store, leaves.map((leaf) => leaf.position));
  const source = new RememberedNodes(nodes);
  const events: LoggedEvent[] = [];
  const proofs: InclusionProof[] = [];
  for (const [i, leaf] of leaves.entries()) {
    const event = loggedEventOf(stored[i]);
    const proof = await proveInclusion(source, leaf.leafIndex, treeSize);
    if (!sameHash(eventLeafHash(event), proof.leafHash)) {
      throw new StorageUnavailable('damaged', `the event at position ${leaf.position} no longer matches its leaf ${leaf.leafIndex}: the log was changed after it was hashed`);
    }
    events.push(event);
    proofs.push(proof);
  }
  return { events, proofs };
}

/** The stored events at `positions` (ascending), read in one pass over the part of the log between the first and the last. */
export async function eventsAt(store: EventStore, positions: readonly number[]): Promise<StoredEvent[]> {
  if (positions.length === 0) return [];
  const wanted = new Set(positions);
  const found: StoredEvent[] = [];
  const last = positions[positions.length - 1];
  for (let after = positions[0] - 1; after < last; ) {
    const page = await store.readAll({ fromPosition: after, limit: PAGE_SIZE });
    if (page.length === 0) break;
    for (const event of page) if (wanted.has(event.position)) found.push(event);
    after = page[page.length - 1].position;
  }
  const missing = positions.find((position, i) => found[i]?.position !== position);
  if (missing !== undefined) throw new StorageUnavailable('damaged', `the tree has a leaf for position ${missing}, but the log holds no event there`);
  return found;
}

/**
 * Proofs against one tree size share their upper nodes: those are read once
 * for the whole bundle, so each further proof reads only the nodes of its own
 * leaf's neighbourhood.
 */
class RememberedNodes implements TreeNodeSource {
  private readonly known = new Map<string, Hash>();

  constructor(private readonly nodes: TreeNodeSource) {}

  async readNodes(ids: readonly NodeId[]): Promise<readonly Hash[]> {
    const key = ({ level, index }: NodeId) => `${level}:${index}`;
    const missing = ids.filter((id) => !this.known.has(key(id)));
    if (missing.length > 0) (await this.nodes.readNodes(missing)).forEach((hash, i) => this.known.set(key(missing[i]), hash));
    return ids.map((id) => this.known.get(key(id))!);
  }
}
