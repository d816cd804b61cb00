import type { DocumentRecord } from '../documents/document.state';
import { RegisterWorld } from '../register-world/register-world';
import {
  ALL_POWERS,
  CONSENT_DOCUMENT,
  FUNCTIONS,
  MEERSSEN_DECISION,
  PARTICIPANTS,
  REVOCATION_DECISION,
  SUBMANDATE_DECISION,
  TODAY,
  VAALS_DECISION,
} from './szmh-reference.fixture';

/** Registers a document through the decider, as POST /documents would. */
export function registerDocument(world: RegisterWorld, record: DocumentRecord, today = TODAY) {
  const { documentId, publications: _publications, contentSha256: _hash, ...rest } = record;
  return world.execute({
    type: 'RegisterDocument',
    data: { ...rest, id: documentId, term: null },
    contentSha256: null,
    today,
  });
}

/**
 * A register holding the fixture's parties through commands, not through
 * hand-written events: Eijsden-Margraten joins and leaves by its exit
 * decision, the catalogue and functions are registered, and the decisions of
 * example 1 exist, Meerssen's published as gmb-2026-90002, beside an
 * unpublished mandate decision of the Vaals college.
 */
export async function seededSzmhWorld(): Promise<RegisterWorld> {
  const world = new RegisterWorld();
  for (const { municipality, name } of PARTICIPANTS) {
    await world.execute({ type: 'JoinParticipant', data: { municipality, name, joinedOn: '2015-01-01' } });
  }
  const exitDecision = { ...MEERSSEN_DECISION, documentId: 'doc-exit-gm1903', type: 'exit-decision' as const, decidedOn: '2020-01-14', decidedBy: ['college:GM1903'], concerns: ['GM1903'] };
  await registerDocument(world, exitDecision);
  await world.execute({ type: 'ExitParticipant', data: { municipality: 'GM1903', exitOn: '2021-07-01', decision: 'doc-exit-gm1903' } });
  for (const { powerId, ...power } of ALL_POWERS) {
    await world.execute({ type: 'CataloguePower', data: { id: powerId, ...power } });
  }
  for (const { functionId, ...fn } of FUNCTIONS) {
    await world.execute({ type: 'RegisterFunction', data: { id: functionId, ...fn } });
  }
  for (const record of [MEERSSEN_DECISION, VAALS_DECISION, SUBMANDATE_DECISION, REVOCATION_DECISION, CONSENT_DOCUMENT]) {
    await registerDocument(world, record);
  }
  await world.execute({
    type: 'PublishDecision',
    data: { documentId: MEERSSEN_DECISION.documentId, medium: 'gemeenteblad', publicationId: 'gmb-2026-90002', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
    today: TODAY,
  });
  return world;
}
