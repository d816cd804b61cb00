import type { RegisterLookup } from '../register-lookup';
import { listOrEmpty, loadKnown, loadPartyFacts } from '../register-lookup';
import { parseParty } from '../shared/party-id';
import type { AdoptAmendment, ApproveAmendment } from './amendment.commands';
import type { PublicationFacts, RegisterDocument } from './document.commands';

/** For POST /documents: participants and functions behind `decidedBy`, `parties` and `concerns`. */
export function loadRegisterDocumentContext(
  lookup: RegisterLookup,
  data: RegisterDocument['data'],
): Promise<RegisterDocument['context']> {
  const partyIds = [...listOrEmpty(data.decidedBy), ...listOrEmpty(data.parties)];
  return loadPartyFacts(lookup, partyIds, listOrEmpty(data.concerns));
}

/** For an approval: the participant of the approving organ's municipality, and the decision document if one is named. */
export async function loadApproveAmendmentContext(
  lookup: RegisterLookup,
  data: ApproveAmendment['data'],
): Promise<ApproveAmendment['context']> {
  const party = typeof data.organ === 'string' ? parseParty(data.organ) : null;
  const [participants, decision] = await Promise.all([
    loadKnown([party?.municipality], (code) => lookup.participant(code)),
    typeof data.decision === 'string' ? lookup.document(data.decision) : Promise.resolve(null),
  ]);
  return { participants, decision };
}

/** For an adoption: every participant, since the charter and the arrangement need every college taking part that day. */
export async function loadAdoptAmendmentContext(lookup: RegisterLookup): Promise<AdoptAmendment['context']> {
  return { participants: await lookup.participants() };
}

/** For a publication or its correction: the participant of a publisher the client named, if any. */
export async function loadPublicationContext(lookup: RegisterLookup, publisher: unknown): Promise<PublicationFacts> {
  const party = typeof publisher === 'string' ? parseParty(publisher) : null;
  return { participants: await loadKnown([party?.municipality], (code) => lookup.participant(code)) };
}
