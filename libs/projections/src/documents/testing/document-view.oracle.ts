import { type AmendmentRecord, type DocumentAggregate, documentDecider, type DocumentEvent, documentStreamId, foldEvents } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { AmendmentView, DocumentVersionView, DocumentView } from '../document-view';
import { DocumentsProjection } from '../documents.projection';
import type { DocumentAxis, VersionInForce } from '../version-in-force';

const DOCUMENT_TYPES = new Set<string>(new DocumentsProjection().eventTypes);

/**
 * The test oracle (architecture.md "Read side"): the document at `knownAt` by
 * replaying its stream up to that instant through the domain's own `evolve`,
 * in the shape and order GET /documents/{id} answers.
 */
export function documentByReplay(log: readonly StoredEvent[], documentId: string, knownAt: string): DocumentView | null {
  const state = foldEvents(documentDecider, eventsKnownAt(log, documentId, knownAt));
  if (state === null) return null;
  const { documentId: id, type, title, decidedOn, decidedBy, concerns, parties, contentSha256 } = state;
  const publications = [...state.publications]
    .sort((a, b) => compare(a.publishedOn, b.publishedOn) || compare(a.publicationId, b.publicationId))
    .map(({ medium, publicationId, publishedOn, inForceFrom }) => ({ medium, publicationId, publishedOn, inForceFrom }));
  const versions = state.versions.map((version): DocumentVersionView => {
    const { amendmentId, validFrom, validUntil, inForceFrom } = version;
    const adoptedOn = state.amendments.find((a) => a.amendmentId === amendmentId)?.adoptedOn;
    return { version: version.version, amendmentId, validFrom, validUntil, contentSha256: version.contentSha256, decidedOn: adoptedOn ?? decidedOn, inForceFrom };
  });
  const amendments = state.amendments.map((amendment) => amendmentView(amendment, state));
  return { id, type, title, decidedOn, decidedBy, concerns, parties, contentSha256, publications, versions, amendments };
}

/**
 * The oracle of `versionInForceOn`, reasoned the other way round: on the
 * inForce axis, the text in force on `validOn` is the one that the register,
 * with only the amendments adopted by `validOn`, gives as the latest to have
 * started by then, once the document is published in force (Awb 3:40). The
 * answer is that version as known at `knownAt`.
 */
export function versionInForceByReplay(log: readonly StoredEvent[], documentId: string, knownAt: string, validOn: string, axis: DocumentAxis): VersionInForce | null {
  const known = eventsKnownAt(log, documentId, knownAt);
  const state = foldEvents(documentDecider, known);
  const adoptedBy = known.filter((event) => axis === 'valid' || event.type !== 'AmendmentAdopted' || event.data.adoptedOn <= validOn);
  const legal = foldEvents(documentDecider, adoptedBy);
  if (state === null || legal === null) return null;
  if (axis === 'inForce' && !legal.publications.some((publication) => publication.inForceFrom <= validOn)) return null;
  const end = legal.versions[legal.versions.length - 1].validUntil;
  if (validOn < legal.versions[0].validFrom || (end !== null && validOn >= end)) return null;
  const started = legal.versions.filter((version) => version.validFrom <= validOn).map((version) => version.version);
  const found = state.versions.find((version) => version.version === Math.max(...started));
  if (found === undefined) return null;
  const { version, amendmentId, validFrom, validUntil, contentSha256 } = found;
  return { version, amendmentId, validFrom, validUntil, contentSha256 };
}

function eventsKnownAt(log: readonly StoredEvent[], documentId: string, knownAt: string): DocumentEvent[] {
  return log
    .filter((stored) => stored.recordedAt <= knownAt && stored.stream === documentStreamId(documentId) && DOCUMENT_TYPES.has(stored.type))
    .map((stored) => ({ type: stored.type, data: stored.data }) as DocumentEvent);
}

function amendmentView({ amendmentId, summary, validFrom, contentSha256, adoptedOn, approvals }: AmendmentRecord, document: DocumentAggregate): AmendmentView {
  return {
    id: amendmentId,
    summary,
    validFrom,
    contentSha256,
    status: adoptedOn === null ? 'proposed' : 'adopted',
    adoptedOn,
    version: document.versions.find((v) => v.amendmentId === amendmentId)?.version ?? null,
    approvals: approvals.map(({ organ, decision, approvedOn }) => ({ organ, decision, approvedOn })),
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
