import type { DocumentRegistered } from '../documents/document.events';
import type { DocumentRecord, PublicationRecord } from '../documents/document.state';
import type { FunctionRecord } from '../functions/function.decider';
import type { ParticipantJoined } from '../participants/participant.events';
import type { ParticipantRecord } from '../participants/participation';
import type { PowerEntry } from '../powers/power.decider';

/**
 * The parties every test starts from (domain.md "Parties"): five participants
 * since 2015, Eijsden-Margraten having left on 2021-07-01, and a small power
 * catalogue with one power of each nature the rules distinguish.
 */
export const TODAY = '2026-11-23';

const joined = (municipality: string, name: string): ParticipantRecord => ({
  municipality,
  name,
  periods: [{ joinedOn: '2015-01-01', exitOn: null, exitDecision: null }],
});

export const MAASTRICHT = joined('GM0935', 'Maastricht');
const GULPEN_WITTEM = joined('GM1729', 'Gulpen-Wittem');
const MEERSSEN = joined('GM0938', 'Meerssen');
const VAALS = joined('GM0981', 'Vaals');
const VALKENBURG = joined('GM0994', 'Valkenburg aan de Geul');
export const EIJSDEN_MARGRATEN: ParticipantRecord = {
  municipality: 'GM1903',
  name: 'Eijsden-Margraten',
  periods: [{ joinedOn: '2015-01-01', exitOn: '2021-07-01', exitDecision: 'doc-exit-gm1903' }],
};
export const PARTICIPANTS = [MAASTRICHT, GULPEN_WITTEM, MEERSSEN, VAALS, VALKENBURG, EIJSDEN_MARGRATEN];

export function joinedEvent(record: ParticipantRecord): ParticipantJoined {
  return { type: 'ParticipantJoined', data: { municipality: record.municipality, name: record.name, joinedOn: '2015-01-01' } };
}

const power = (entry: Partial<PowerEntry> & Pick<PowerEntry, 'powerId' | 'label' | 'legalBasis'>): PowerEntry => ({
  holder: 'college',
  mandatable: true,
  nonMandatableReason: null,
  privateLaw: false,
  actKind: 'public-law-decision',
  ...entry,
});

export const POWERS = {
  bijstand: power({ powerId: 'PW-BIJSTAND', label: 'Beslissen op aanvragen om bijstand', legalBasis: 'Participatiewet art. 7 lid 1' }),
  bijzondereBijstand: power({
    powerId: 'PW-BIJZONDERE-BIJSTAND',
    label: 'Beslissen op aanvragen om bijzondere bijstand',
    legalBasis: 'Participatiewet art. 35',
  }),
  terugvordering: power({ powerId: 'PW-TERUGVORDERING', label: 'Terugvorderen van bijstand', legalBasis: 'Participatiewet art. 58' }),
  verordening: power({
    powerId: 'PW-VERORDENING',
    label: 'Vaststellen van verordeningen',
    legalBasis: 'Participatiewet art. 8',
    holder: 'raad',
    mandatable: false,
    nonMandatableReason: 'making generally binding rules is not mandated unless the granting act allows it',
  }),
  betalingsregeling: power({
    powerId: 'PW-BETALINGSREGELING',
    label: 'Aangaan van betalingsregelingen',
    legalBasis: 'Burgerlijk Wetboek boek 6',
    privateLaw: true,
    actKind: 'private-law',
  }),
  inlichtingen: power({ powerId: 'PW-INLICHTINGEN', label: 'Inwinnen van inlichtingen', legalBasis: 'Participatiewet art. 53a', actKind: 'other' }),
  openbareOrde: power({ powerId: 'GW-OPENBARE-ORDE', label: 'Handhaven van de openbare orde', legalBasis: 'Gemeentewet art. 172', holder: 'burgemeester' }),
} as const;

export const ALL_POWERS: readonly PowerEntry[] = Object.values(POWERS);

export const MANAGER: FunctionRecord = {
  functionId: 'GM0935.manager-sociale-zekerheid',
  name: 'Manager Sociale Zekerheid',
  municipality: 'GM0935',
  externalTitles: ['Directeur SZMH'],
};
export const TEAM_LEADER: FunctionRecord = {
  functionId: 'GM0935.teamleider-inkomen',
  name: 'Teamleider Inkomen',
  municipality: 'GM0935',
  externalTitles: [],
};
const MEERSSEN_OFFICER: FunctionRecord = {
  functionId: 'GM0938.beleidsmedewerker-sociale-zaken',
  name: 'Beleidsmedewerker Sociale Zaken',
  municipality: 'GM0938',
  externalTitles: [],
};
export const FUNCTIONS = [MANAGER, TEAM_LEADER, MEERSSEN_OFFICER];

export const document = (record: Partial<DocumentRecord> & Pick<DocumentRecord, 'documentId'>): DocumentRecord => ({
  type: 'mandate-decision',
  title: record.documentId,
  decidedOn: '2026-01-27',
  decidedBy: ['college:GM0938'],
  concerns: ['GM0938'],
  contentSha256: null,
  parties: [],
  term: null,
  publications: [],
  ...record,
});

/** A publication in the gemeenteblad of the organ that must publish, by that organ. */
export const ownSheet = (publicationId: string, publishedOn: string, inForceFrom: string, publisher: string): PublicationRecord => ({
  amendmentId: null,
  medium: 'gemeenteblad',
  publicationId,
  publishedOn,
  inForceFrom,
  publisher,
  requiredPublisher: publisher,
});

/** Example 1 of domain.md: decided 2026-01-27, published 2026-01-29, in force 2026-01-30. */
export const MEERSSEN_DECISION = document({
  documentId: 'doc-mandate-gm0938-2026',
  title: 'Mandaatbesluit SZMH Meerssen 2026',
  publications: [ownSheet('gmb-2026-90002', '2026-01-29', '2026-01-30', 'college:GM0938')],
});
/** Vaals's own mandate decision, for grants by the college of Vaals. */
export const VAALS_DECISION = document({
  documentId: 'doc-mandate-gm0981-2026',
  title: 'Mandaatbesluit SZMH Vaals 2026',
  decidedBy: ['college:GM0981'],
  concerns: ['GM0981'],
});
/** Eijsden-Margraten's mandate decision of 2021, taken while it still took part. */
export const EIJSDEN_DECISION = document({
  documentId: 'doc-mandate-gm1903-2021',
  title: 'Mandaatbesluit Eijsden-Margraten 2021',
  decidedOn: '2021-01-12',
  decidedBy: ['college:GM1903'],
  concerns: ['GM1903'],
});
export const SUBMANDATE_DECISION = document({
  documentId: 'doc-submandate-gm0935-2026',
  type: 'sub-mandate-decision',
  title: 'Aanwijzings- en ondermandaatbesluit SZMH Maastricht 2026',
  decidedBy: ['college:GM0935'],
  concerns: ['GM0935', 'GM0938'],
});
export const REVOCATION_DECISION = document({ documentId: 'doc-revocation-gm0938-2026', type: 'revocation-decision', decidedOn: '2026-06-15' });
export const CONSENT_DOCUMENT = document({ documentId: 'doc-consent-gm0935-2026', type: 'other', decidedOn: '2026-01-20', decidedBy: ['college:GM0935'] });

/** The DocumentRegistered that records `record`, without content, as a decider's stream holds it. */
export function registeredEvent(record: DocumentRecord): DocumentRegistered {
  const { publications: _publications, ...data } = record;
  return { type: 'DocumentRegistered', data: { ...data, content: null } };
}
