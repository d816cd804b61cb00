import type { RegisterLookup } from '../register-lookup';
import { listOrEmpty, loadPartyFacts } from '../register-lookup';
import type { RegisterDocument } from './document.commands';

/** For POST /documents: participants and functions behind `decidedBy`, `parties` and `concerns`. */
export function loadRegisterDocumentContext(
  lookup: RegisterLookup,
  data: RegisterDocument['data'],
): Promise<RegisterDocument['context']> {
  const partyIds = [...listOrEmpty(data.decidedBy), ...listOrEmpty(data.parties)];
  return loadPartyFacts(lookup, partyIds, listOrEmpty(data.concerns));
}
