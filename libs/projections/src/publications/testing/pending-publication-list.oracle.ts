import { documentDecider, type DocumentEvent, type DocumentAggregate, type DocumentState } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { PendingPublication, PendingPublicationScope } from '../pending-publication-list.query';
import { DECISIONS_TO_PUBLISH, publisherOf } from '../pending-publications.projection';

const DOCUMENT_TYPES = new Set<string>(['DocumentRegistered', 'DecisionPublished']);

/**
 * The test oracle (architecture.md "Read side"): the work list at `knownAt` by
 * replaying the log up to that instant through the domain's own `evolve`: the
 * decisions with no publication yet, in the order GET /publications/pending answers.
 */
export function pendingPublicationsByReplay(
  log: readonly StoredEvent[],
  knownAt: string,
  scope: PendingPublicationScope = { kind: 'everything' },
): PendingPublication[] {
  const states = new Map<string, DocumentState>();
  for (const stored of log) {
    if (stored.recordedAt > knownAt || !DOCUMENT_TYPES.has(stored.type)) continue;
    const event = { type: stored.type, data: stored.data } as DocumentEvent;
    states.set(stored.stream, documentDecider.evolve(states.get(stored.stream) ?? documentDecider.initialState, event));
  }
  return [...states.values()]
    .filter((state): state is DocumentAggregate => state !== null && DECISIONS_TO_PUBLISH.has(state.type) && state.publications.length === 0)
    .filter((state) => scope.kind === 'everything' || state.concerns.some((code) => scope.municipalities.includes(code)))
    .map((state) => ({ document: state.documentId, type: state.type, decidedOn: state.decidedOn, publisher: publisherOf(state.type, state.decidedBy) }))
    .sort((a, b) => compare(a.decidedOn, b.decidedOn) || compare(a.document, b.document));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
