import type { MandateKind } from '../powers/act-kind';
import type { MunicipalityCode, OrganKind } from './party-id';
import { parseParty } from './party-id';

/**
 * The Dutch names of the parties, kept in one place for error details here and
 * for the signature line of Awb 10:10 on the read side. Participants carry
 * their own `name` (ParticipantJoined); callers pass those names in a NameBook
 * and this table is only the fallback.
 */
export const MUNICIPALITY_NAMES: Readonly<Record<MunicipalityCode, string>> = {
  GM0935: 'Maastricht',
  GM1729: 'Gulpen-Wittem',
  GM0938: 'Meerssen',
  GM0981: 'Vaals',
  GM0994: 'Valkenburg aan de Geul',
  GM1903: 'Eijsden-Margraten',
};

/** Municipality names as the register knows them (from ParticipantJoined), by CBS code. */
export type NameBook = Readonly<Record<MunicipalityCode, string>>;

const ORGAN_TITLES: Readonly<Record<OrganKind, { article: string; title: string }>> = {
  college: { article: 'het', title: 'college van burgemeester en wethouders' },
  burgemeester: { article: 'de', title: 'burgemeester' },
  raad: { article: 'de', title: 'gemeenteraad' },
};

export function municipalityName(code: MunicipalityCode, names: NameBook = {}): string {
  return names[code] ?? MUNICIPALITY_NAMES[code] ?? code;
}

/** "college van burgemeester en wethouders van Meerssen" for `college:GM0938`. */
export function organTitle(organKind: OrganKind, municipality: MunicipalityCode, names: NameBook = {}): string {
  return `${ORGAN_TITLES[organKind].title} van ${municipalityName(municipality, names)}`;
}

/**
 * The line a decision taken under mandate must carry (Awb 10:10): "namens het
 * college van burgemeester en wethouders van Meerssen". A volmacht is
 * exercised for the municipality as a legal person, which the college
 * represents in private law (Gemeentewet art. 160 lid 1 sub e, 171): "namens
 * de gemeente Vaals". Only organs hold powers on whose behalf others act, so a
 * function id is refused.
 */
export function signatureLine(organId: string, names: NameBook = {}, kind: MandateKind = 'mandaat'): string {
  const party = parseParty(organId);
  if (party?.type !== 'organ') throw new Error(`A signature line names an organ, not ${organId}`);
  if (kind === 'volmacht') return `namens de gemeente ${municipalityName(party.municipality, names)}`;
  const { article } = ORGAN_TITLES[party.organKind];
  return `namens ${article} ${organTitle(party.organKind, party.municipality, names)}`;
}

/** How an error detail names a party: "the college van burgemeester en wethouders van Meerssen". */
export function describeParty(partyId: string, names: NameBook = {}): string {
  const party = parseParty(partyId);
  if (party === null) return partyId;
  if (party.type === 'function') return `the function ${party.id}`;
  return `the ${organTitle(party.organKind, party.municipality, names)}`;
}
