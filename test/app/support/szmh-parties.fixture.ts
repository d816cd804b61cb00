import type { RegisterClient } from './register-client';

/**
 * The parties of domain.md as request bodies of api.md: five participants and
 * Eijsden-Margraten, which left on 2021-07-01; the Maastricht functions; a
 * power catalogue with two mandatable college powers, one power that may not
 * be mandated and one private-law power; and the decision documents of
 * example 1 with their publications.
 */
const JOINED_ON = '2015-01-01';

export const PARTICIPANTS = [
  { municipality: 'GM0935', name: 'Maastricht', joinedOn: JOINED_ON },
  { municipality: 'GM1729', name: 'Gulpen-Wittem', joinedOn: JOINED_ON },
  { municipality: 'GM0938', name: 'Meerssen', joinedOn: JOINED_ON },
  { municipality: 'GM0981', name: 'Vaals', joinedOn: JOINED_ON },
  { municipality: 'GM0994', name: 'Valkenburg aan de Geul', joinedOn: JOINED_ON },
  { municipality: 'GM1903', name: 'Eijsden-Margraten', joinedOn: JOINED_ON },
] as const;

export const MANAGER = 'GM0935.manager-sociale-zekerheid';
export const TEAM_LEADER = 'GM0935.teamleider-inkomen';
/** A Meerssen official: not under the responsibility of any Maastricht organ. */
export const MEERSSEN_OFFICER = 'GM0938.beleidsmedewerker-sociale-zaken';

const FUNCTIONS = [
  { id: MANAGER, name: 'Manager Sociale Zekerheid', municipality: 'GM0935', externalTitles: ['Directeur SZMH'] },
  { id: TEAM_LEADER, name: 'Teamleider Inkomen', municipality: 'GM0935' },
  { id: MEERSSEN_OFFICER, name: 'Beleidsmedewerker Sociale Zaken', municipality: 'GM0938', externalTitles: [] },
];

const collegePower = (id: string, label: string, legalBasis: string) => ({ id, label, legalBasis, holder: 'college', mandatable: true });

const POWERS = {
  bijstand: collegePower('PW-BIJSTAND', 'Beslissen op aanvragen om bijstand', 'Participatiewet art. 7 lid 1'),
  terugvordering: collegePower('PW-TERUGVORDERING', 'Terugvorderen van bijstand', 'Participatiewet art. 58'),
  bijzondereBijstand: collegePower('PW-BIJZONDERE-BIJSTAND', 'Beslissen op bijzondere bijstand', 'Participatiewet art. 35'),
  verordening: {
    id: 'PW-VERORDENING',
    label: 'Vaststellen van verordeningen',
    legalBasis: 'Participatiewet art. 8',
    holder: 'raad',
    mandatable: false,
    nonMandatableReason: 'Awb 10:3: generally binding rules are not mandated unless the granting act allows it',
  },
  betalingsregeling: { ...collegePower('PW-BETALINGSREGELING', 'Aangaan van betalingsregelingen', 'BW boek 6'), privateLaw: true },
};

export const DOCUMENTS = {
  exitEijsdenMargraten: {
    id: 'doc-exit-gm1903',
    type: 'exit-decision',
    title: 'Besluit uittreding Eijsden-Margraten',
    decidedOn: '2020-12-15',
    // GR SZMH art. 21 lid 1: the college decides its exit, after its council consented.
    decidedBy: ['college:GM1903'],
    concerns: ['GM1903'],
  },
  meerssenMandate: {
    id: 'doc-mandate-gm0938-2026',
    type: 'mandate-decision',
    title: 'Mandaatbesluit SZMH Meerssen 2026',
    decidedOn: '2026-01-27',
    decidedBy: ['college:GM0938'],
    concerns: ['GM0938'],
    content: 'Het college van Meerssen verleent mandaat aan het college van Maastricht.',
  },
  maastrichtSubMandate: {
    id: 'doc-submandate-gm0935-2026',
    type: 'sub-mandate-decision',
    title: 'Aanwijzings- en ondermandaatbesluit SZMH Maastricht 2026',
    decidedOn: '2026-01-27',
    decidedBy: ['college:GM0935'],
    concerns: ['GM0935', 'GM0938'],
  },
  meerssenRevocation: {
    id: 'doc-revocation-gm0938-2026',
    type: 'revocation-decision',
    title: 'Intrekkingsbesluit mandaat SZMH Meerssen',
    decidedOn: '2026-06-15',
    decidedBy: ['college:GM0938'],
    concerns: ['GM0938'],
  },
};

export const PUBLICATIONS = {
  meerssenMandate: { medium: 'gemeenteblad', publicationId: 'gmb-2026-90002', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
  maastrichtSubMandate: { medium: 'gemeenteblad', publicationId: 'gmb-2026-90003', publishedOn: '2026-01-29', inForceFrom: '2026-01-30' },
};

export const STATUTORY_BASIS = { type: 'statutory', citation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1' };

/** Records every party through the API as the registrar; any answer but 201 stops the suite with the answer. */
export async function seedSzmhParties(client: RegisterClient): Promise<void> {
  const steps: Array<[string, unknown]> = [
    ...PARTICIPANTS.map((body): [string, unknown] => ['/participants', body]),
    ['/documents', DOCUMENTS.exitEijsdenMargraten],
    ['/participants/GM1903/exit', { exitOn: '2021-07-01', decision: DOCUMENTS.exitEijsdenMargraten.id }],
    ...FUNCTIONS.map((body): [string, unknown] => ['/functions', body]),
    ...Object.values(POWERS).map((body): [string, unknown] => ['/powers', body]),
    ['/documents', DOCUMENTS.meerssenMandate],
    ['/documents', DOCUMENTS.maastrichtSubMandate],
    ['/documents', DOCUMENTS.meerssenRevocation],
    [`/documents/${DOCUMENTS.meerssenMandate.id}/publications`, PUBLICATIONS.meerssenMandate],
    [`/documents/${DOCUMENTS.maastrichtSubMandate.id}/publications`, PUBLICATIONS.maastrichtSubMandate],
  ];
  for (const [path, body] of steps) await expectCreated(client, path, body);
}

/** POSTs as the registrar and returns the `{id, position}` of the 201, or throws with what came back instead. */
export async function expectCreated(client: RegisterClient, path: string, body: unknown): Promise<{ id: string; position: number }> {
  const response = await client.post(path, body);
  if (response.status !== 201) {
    throw new Error(`POST ${path} answered ${response.status} instead of 201: ${JSON.stringify(response.body)}`);
  }
  return response.body as { id: string; position: number };
}
