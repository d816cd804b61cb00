import type { DocumentRecord, RegisterEvent } from '@register/domain';
import {
  concernedMunicipalities,
  documentStreamId,
  publicationReservationStreamId,
  functionStreamId,
  participantStreamId,
  powerStreamId,
} from '@register/domain';
import type { EventStore } from '@register/event-store';
import { PUBLICATION_ID_RESERVED } from '../../documents/publish-decision/publication-id.reservation';
import {
  ALL_POWERS,
  CONSENT_DOCUMENT,
  EIJSDEN_MARGRATEN,
  FUNCTIONS,
  MEERSSEN_DECISION,
  PARTICIPANTS,
  REVOCATION_DECISION,
  SUBMANDATE_DECISION,
  joinedEvent,
} from '../../../../../libs/domain/src/testing/szmh-reference.fixture';

/** Who recorded the seed; the handlers under test record as someone else. */
const SEED_SUBJECT = 'seed';

function registered(record: DocumentRecord): RegisterEvent {
  const { publications: _publications, ...data } = record;
  return { type: 'DocumentRegistered', data: { ...data, content: null } };
}

/**
 * The reference facts of domain.md as events in their streams: the six
 * participants (Eijsden-Margraten left on 2021-07-01), the power catalogue,
 * the functions and the decisions of example 1, Meerssen's published as
 * gmb-2026-90002. Written as events, not through the handlers under test, so
 * a broken handler cannot break the seed.
 */
function szmhSeed(): [string, RegisterEvent][] {
  const exitDecision: DocumentRecord = {
    ...MEERSSEN_DECISION,
    documentId: 'doc-exit-gm1903',
    type: 'exit-decision',
    decidedOn: '2020-01-14',
    decidedBy: ['college:GM1903'],
    concerns: ['GM1903'],
    publications: [],
  };
  const publication = MEERSSEN_DECISION.publications[0];
  return [
    ...PARTICIPANTS.map((p): [string, RegisterEvent] => [participantStreamId(p.municipality), joinedEvent(p)]),
    [documentStreamId(exitDecision.documentId), registered(exitDecision)],
    [
      participantStreamId(EIJSDEN_MARGRATEN.municipality),
      { type: 'ParticipantExited', data: { municipality: 'GM1903', exitOn: '2021-07-01', decision: exitDecision.documentId, decidedOn: '2020-01-14' } },
    ],
    ...ALL_POWERS.map((p): [string, RegisterEvent] => [powerStreamId(p.powerId), { type: 'PowerCatalogued', data: p }]),
    ...FUNCTIONS.map((f): [string, RegisterEvent] => [functionStreamId(f.functionId), { type: 'FunctionRegistered', data: f }]),
    ...[MEERSSEN_DECISION, SUBMANDATE_DECISION, REVOCATION_DECISION, CONSENT_DOCUMENT].map((d): [string, RegisterEvent] => [
      documentStreamId(d.documentId),
      registered(d),
    ]),
    [
      documentStreamId(MEERSSEN_DECISION.documentId),
      { type: 'DecisionPublished', data: { documentId: MEERSSEN_DECISION.documentId, ...publication, decidedOn: '2026-01-27', concerns: ['GM0938'] } },
    ],
  ];
}

/** Appends `event` as the seed would, for a fact a single spec needs beyond the reference set. */
export async function appendSeedEvent(store: EventStore, stream: string, event: { type: string; data: unknown }, municipalities: string[]) {
  const eventId = `seed-${stream}-${await store.headPosition()}`;
  const metadata = { eventId, recordedBy: SEED_SUBJECT, municipalities };
  return store.appendToStream(stream, [{ eventId, type: event.type, data: event.data, metadata }]);
}

export async function seedSzmhStore(store: EventStore): Promise<void> {
  for (const [stream, event] of szmhSeed()) {
    await appendSeedEvent(store, stream, event, concernedMunicipalities(event));
  }
  // gmb-2026-90002 is taken as the publication handler takes identifiers, so no other document can use it.
  const reserved = { publicationId: 'gmb-2026-90002', documentId: MEERSSEN_DECISION.documentId };
  await appendSeedEvent(store, publicationReservationStreamId('gmb-2026-90002'), { type: PUBLICATION_ID_RESERVED, data: reserved }, ['GM0938']);
}

/** Registers a document the reference set lacks, as DocumentRegistered in its stream. */
export function seedDocument(store: EventStore, record: DocumentRecord) {
  return appendSeedEvent(store, documentStreamId(record.documentId), registered(record), [...record.concerns]);
}
