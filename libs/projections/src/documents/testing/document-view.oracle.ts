import {
  type AmendmentRecord,
  bringsIntoForce,
  type DocumentAggregate,
  documentDecider,
  type DocumentEvent,
  documentStreamId,
  foldEvents,
  type PublicationRecord,
} from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import type { AmendmentView, DocumentVersionView, DocumentView } from '../document-view';
import { DocumentsProjection } from '../documents.projection';
import type { DocumentAxis, VersionInForce } from '../version-in-force';

const DOCUMENT_TYPES = new Set<string>([...new DocumentsProjection().eventTypes, 'DecisionPublished', 'PublicationCorrected']);

/**
 * The test oracle (architecture.md "Read side"): the document at `knownAt` by
 * replaying its stream up to that instant through the domain's own `evolve`
 * (which applies publication corrections), in the shape and order GET
 * /documents/{id} answers. An amendment of the arrangement is in force from
 * the later of its adoption's inForceFrom and its first publication that
 * brings it into force (GR SZMH art. 27), and not before one.
 */
export function documentByReplay(log: readonly StoredEvent[], documentId: string, knownAt: string): DocumentView | null {
  const state = foldEvents(documentDecider, eventsKnownAt(log, documentId, knownAt));
  if (state === null) return null;
  const { documentId: id, type, title, decidedOn, decidedBy, concerns, parties, contentSha256 } = state;
  const publications = [...state.publications]
    .sort((a, b) => compare(a.publishedOn, b.publishedOn) || compare(a.publicationId, b.publicationId))
    .map((p) => ({ medium: p.medium, publicationId: p.publicationId, publishedOn: p.publishedOn, inForceFrom: p.inForceFrom, amendmentId: p.amendmentId, publisher: p.publisher, bringsIntoForce: bringsIntoForce(p) }));
  const versions = state.versions.map((version): DocumentVersionView => {
    const { amendmentId, validFrom, validUntil } = version;
    const adoptedOn = state.amendments.find((a) => a.amendmentId === amendmentId)?.adoptedOn;
    const inForceFrom = amendmentId !== null && type === 'arrangement' ? publishedAmendmentInForce(state, version.inForceFrom, amendmentId) : version.inForceFrom;
    return { version: version.version, amendmentId, validFrom, validUntil, contentSha256: version.contentSha256, decidedOn: adoptedOn ?? decidedOn, inForceFrom };
  });
  const amendments = state.amendments.map((amendment) => amendmentView(amendment, state));
  return { id, type, title, decidedOn, decidedBy, concerns, parties, contentSha256, publications, versions, amendments };
}

/** Its first publication that counts (in the central college's gemeenteblad), no earlier than it can be in force anyway. */
function publishedAmendmentInForce(state: DocumentAggregate, from: string | null, amendmentId: string): string | null {
  const first = firstCounting(state.publications, amendmentId);
  if (first === null) return null;
  return from !== null && from > first ? from : first;
}

function firstCounting(publications: readonly PublicationRecord[], amendmentId: string | null): string | null {
  const counting = publications.filter((p) => p.amendmentId === amendmentId && bringsIntoForce(p)).map((p) => p.inForceFrom);
  return counting.length === 0 ? null : [...counting].sort()[0];
}

/**
 * The oracle of `versionInForceOn`, reasoned the other way round: on the
 * inForce axis, the text in force on `validOn` is the one that the register,
 * with only the amendments adopted by `validOn` (and, for the arrangement,
 * published in force by then), gives as the latest to have started by then,
 * once the document is published in force in the right sheet (Awb 3:40,
 * 3:42). The answer is that version as known at `knownAt`.
 */
export function versionInForceByReplay(log: readonly StoredEvent[], documentId: string, knownAt: string, validOn: string, axis: DocumentAxis): VersionInForce | null {
  const known = eventsKnownAt(log, documentId, knownAt);
  const state = foldEvents(documentDecider, known);
  const inForceBy = (event: DocumentEvent) => event.type !== 'AmendmentAdopted' || amendmentInForceBy(state, event.data, validOn);
  const legal = foldEvents(documentDecider, axis === 'valid' ? known : known.filter(inForceBy));
  if (state === null || legal === null) return null;
  const published = firstCounting(state.publications, null);
  if (axis === 'inForce' && (published === null || validOn < published)) return null;
  const end = legal.versions[legal.versions.length - 1].validUntil;
  if (validOn < legal.versions[0].validFrom || (end !== null && validOn >= end)) return null;
  const started = legal.versions.filter((version) => version.validFrom <= validOn).map((version) => version.version);
  const found = state.versions.find((version) => version.version === Math.max(...started));
  if (found === undefined) return null;
  const { version, amendmentId, validFrom, validUntil, contentSha256 } = found;
  return { version, amendmentId, validFrom, validUntil, contentSha256 };
}

/** Adopted by validOn and, for the arrangement, published in force by then (as known at knownAt). */
function amendmentInForceBy(state: DocumentAggregate | null, adoption: { amendmentId: string; adoptedOn: string }, validOn: string): boolean {
  if (adoption.adoptedOn > validOn) return false;
  if (state?.type !== 'arrangement') return true;
  const published = firstCounting(state.publications, adoption.amendmentId);
  return published !== null && published <= validOn;
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
