import { bringsIntoForce, documentDecider, type DocumentEvent, type DocumentAggregate, type DocumentState, requiredPublisherOf } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { DECISIONS_TO_PUBLISH, type PendingPublication, type PendingPublicationFilter, type PendingPublicationScope } from '../pending-publication-list.query';

const DOCUMENT_TYPES = new Set<string>(['DocumentRegistered', 'DecisionPublished', 'PublicationCorrected', 'AmendmentProposed', 'AmendmentApproved', 'AmendmentAdopted']);

/**
 * The test oracle (architecture.md "Read side"): the work list at `knownAt` by
 * replaying the log up to that instant through the domain's own `evolve`
 * (corrections applied): every decision of a listed type, and every adopted
 * amendment of the arrangement, that no publication known then brings into
 * force (bringsIntoForce), in the order GET /publications/pending answers.
 */
export function pendingPublicationsByReplay(
  log: readonly StoredEvent[],
  knownAt: string,
  scope: PendingPublicationScope = { kind: 'everything' },
  filter: PendingPublicationFilter = {},
): PendingPublication[] {
  const states = new Map<string, DocumentState>();
  for (const stored of log) {
    if (stored.recordedAt > knownAt || !DOCUMENT_TYPES.has(stored.type)) continue;
    const event = { type: stored.type, data: stored.data } as DocumentEvent;
    states.set(stored.stream, documentDecider.evolve(states.get(stored.stream) ?? documentDecider.initialState, event));
  }
  return [...states.values()]
    .filter((state): state is DocumentAggregate => state !== null && DECISIONS_TO_PUBLISH.includes(state.type))
    .filter((state) => scope.kind === 'everything' || state.concerns.some((code) => scope.municipalities.includes(code)))
    .flatMap(unpublished)
    .filter((entry) => filter.publisher === undefined || entry.publisher === filter.publisher)
    .sort((a, b) => compare(a.decidedOn, b.decidedOn) || compare(a.document, b.document) || compare(a.amendmentId ?? '', b.amendmentId ?? ''));
}

/** The document itself and its adopted amendments (only the arrangement's enter into force by publication), unless published in force. */
function unpublished(state: DocumentAggregate): PendingPublication[] {
  const adopted = state.type === 'arrangement' ? state.amendments.filter((a) => a.adoptedOn !== null) : [];
  const items = [{ amendmentId: null, decidedOn: state.decidedOn }, ...adopted.map((a) => ({ amendmentId: a.amendmentId, decidedOn: a.adoptedOn as string }))];
  return items
    .filter((item) => !state.publications.some((p) => p.amendmentId === item.amendmentId && bringsIntoForce(p)))
    .map((item) => ({
      document: state.documentId,
      amendmentId: item.amendmentId,
      type: state.type,
      title: state.title,
      decidedOn: item.decidedOn,
      concerns: state.concerns,
      publisher: requiredPublisherOf(state, item.amendmentId),
    }));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
