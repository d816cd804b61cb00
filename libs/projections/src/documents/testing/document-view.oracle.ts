import { documentDecider, type DocumentEvent, type DocumentState, documentStreamId, originalValidity } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { DocumentView } from '../document-view.query';

const DOCUMENT_TYPES = new Set<string>(['DocumentRegistered', 'DecisionPublished']);

/**
 * The test oracle (architecture.md "Read side"): the document at `knownAt` by
 * replaying its stream up to that instant through the domain's own `evolve`,
 * in the shape and order GET /documents/{id} answers.
 */
export function documentByReplay(log: readonly StoredEvent[], documentId: string, knownAt: string): DocumentView | null {
  let state: DocumentState = documentDecider.initialState;
  for (const stored of log) {
    if (stored.recordedAt > knownAt || stored.stream !== documentStreamId(documentId) || !DOCUMENT_TYPES.has(stored.type)) continue;
    state = documentDecider.evolve(state, { type: stored.type, data: stored.data } as DocumentEvent);
  }
  if (state === null) return null;
  const { documentId: id, type, title, decidedOn, decidedBy, concerns, parties, contentSha256, term } = state;
  const publications = [...state.publications]
    .sort((a, b) => compare(a.publishedOn, b.publishedOn) || compare(a.publicationId, b.publicationId))
    .map(({ medium, publicationId, publishedOn, inForceFrom }) => ({ medium, publicationId, publishedOn, inForceFrom }));
  const original = { version: 1, amendmentId: null, ...originalValidity(decidedOn, term), contentSha256, decidedOn };
  return { id, type, title, decidedOn, decidedBy, concerns, parties, contentSha256, publications, versions: [original] };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
