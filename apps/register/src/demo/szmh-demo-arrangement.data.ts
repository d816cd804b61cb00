import { AdoptAmendmentCommand } from '../documents/adopt-amendment/adopt-amendment.command';
import { ApproveAmendmentCommand } from '../documents/approve-amendment/approve-amendment.command';
import { ProposeAmendmentCommand } from '../documents/propose-amendment/propose-amendment.command';
import { PublishDecisionCommand } from '../documents/publish-decision/publish-decision.command';
import { RegisterDocumentCommand } from '../documents/register-document/register-document.command';
import { demoStep, type DemoStep, EXAMPLE, exampleGemeenteblad } from './demo-step';
import { EIJSDEN_MARGRATEN, MAASTRICHT, PARTNERS } from './szmh-demo-participants.data';

const ARRANGEMENT = 'doc-gr-szmh';
const ARRANGEMENT_2025 = 'gr-szmh-2025';
/** GR SZMH 2025, heading: "Geldend van 10-04-2025"; art. 27 lid 2: in force the day after publication. */
const ARRANGEMENT_2025_VALID_FROM = '2025-04-10';
/** GR SZMH 2025, signature: "Aldus besloten door het College van Burgemeester en Wethouders van Maastricht d.d. 14 januari 2025". */
const MAASTRICHT_DECIDED_2025 = '2025-01-14';

/**
 * EXAMPLE: the partners' decisions to amend, each after its council consented
 * (art. 19 lid 2, Wgr art. 1 lid 2). The documents give only Maastricht's
 * dates: its council consented on 29-10-2024 ("Gelet op", d) and its college
 * signed last, so the amendment counts as adopted on its date.
 */
const PARTNER_APPROVALS: Readonly<Record<string, { council: string; college: string }>> = {
  GM1729: { council: '2024-11-12', college: '2024-11-26' },
  GM0938: { council: '2024-11-19', college: '2024-12-03' },
  GM0981: { council: '2024-11-26', college: '2024-12-10' },
  GM0994: { council: '2024-12-03', college: '2024-12-17' },
};
/** GR SZMH 2025, "Gelet op", d: "De toestemming van de raad d.d. 29-10-2024". */
const MAASTRICHT_COUNCIL_CONSENTED = '2024-10-29';

/**
 * The arrangement as one document: its original text (EXAMPLE: the first
 * regeling of 2015, whose dates the documents do not give) and the 2025
 * version as an amendment approved by every college and council taking part
 * on its adoption (art. 19 lid 2), valid from 2025-04-10 and in force from its
 * publication by the central college (art. 27).
 */
export function arrangementSteps(): DemoStep[] {
  return [...originalSteps(), ...amendmentSteps()];
}

function originalSteps(): DemoStep[] {
  const colleges = [MAASTRICHT, ...PARTNERS.map((p) => p.code), EIJSDEN_MARGRATEN].map((code) => `college:${code}`);
  return [
    demoStep(`document:${ARRANGEMENT}`, RegisterDocumentCommand, {
      id: ARRANGEMENT,
      type: 'arrangement',
      title: 'Centrumregeling gezamenlijke uitvoeringsorganisatie Sociale Zaken Maastricht - Heuvellandgemeenten (Centrumregeling SZMH)',
      decidedOn: '2015-11-24',
      decidedBy: colleges,
      concerns: colleges.map((college) => college.slice('college:'.length)),
      content:
        'Oorspronkelijke tekst van de centrumregeling (Wgr art. 1 lid 1 en 8 lid 4): de colleges van Eijsden-Margraten, Gulpen-Wittem, ' +
        'Maastricht, Meerssen, Vaals en Valkenburg aan de Geul dragen de uitvoering van de Participatiewet en aanverwante wetten op aan ' +
        'het college van Maastricht als centrumgemeente en mandateren daartoe hun bevoegdheden (art. 5).\n' +
        `${EXAMPLE} De tekst, de besluitdatum en de bekendmaking van deze eerste versie zijn niet overgenomen uit de bronnen maar verzonnen.`,
      parties: null,
      term: null,
    }),
    demoStep(`publication:${ARRANGEMENT}:2015`, PublishDecisionCommand, {
      documentId: ARRANGEMENT,
      medium: 'gemeenteblad',
      publicationId: exampleGemeenteblad(2015, 1),
      publishedOn: '2015-12-31',
      inForceFrom: '2016-01-01',
      publisher: `college:${MAASTRICHT}`,
    }),
  ];
}

/** The councils' consents first, then the colleges' decisions, each organ as one approval. */
function approvalsOf2025(): (readonly [string, string])[] {
  const councils = [...PARTNERS.map((p) => [`raad:${p.code}`, PARTNER_APPROVALS[p.code].council] as const), [`raad:${MAASTRICHT}`, MAASTRICHT_COUNCIL_CONSENTED] as const];
  const colleges = [...PARTNERS.map((p) => [`college:${p.code}`, PARTNER_APPROVALS[p.code].college] as const), [`college:${MAASTRICHT}`, MAASTRICHT_DECIDED_2025] as const];
  return [...councils, ...colleges];
}

function amendmentSteps(): DemoStep[] {
  return [
    demoStep(`amendment:${ARRANGEMENT_2025}:propose`, ProposeAmendmentCommand, {
      documentId: ARRANGEMENT,
      id: ARRANGEMENT_2025,
      summary: 'Gemeenschappelijke regeling gezamenlijke uitvoeringsorganisatie Sociale Zaken Maastricht - Heuvellandgemeenten 2025',
      content: ARRANGEMENT_2025_SUMMARY,
      validFrom: ARRANGEMENT_2025_VALID_FROM,
    }),
    ...approvalsOf2025().map(([organ, approvedOn]) =>
      demoStep(approvalKey(organ), ApproveAmendmentCommand, { documentId: ARRANGEMENT, amendmentId: ARRANGEMENT_2025, organ, decision: null, approvedOn }),
    ),
    demoStep(`amendment:${ARRANGEMENT_2025}:adoption`, AdoptAmendmentCommand, {
      documentId: ARRANGEMENT,
      amendmentId: ARRANGEMENT_2025,
      adoptedOn: MAASTRICHT_DECIDED_2025,
    }),
    // Art. 27 lid 1 and 2: the central college publishes the amendment; it is in force the day after.
    demoStep(`publication:${ARRANGEMENT}:2025`, PublishDecisionCommand, {
      documentId: ARRANGEMENT,
      amendmentId: ARRANGEMENT_2025,
      medium: 'gemeenteblad',
      publicationId: exampleGemeenteblad(2025, 1),
      publishedOn: '2025-04-09',
      inForceFrom: ARRANGEMENT_2025_VALID_FROM,
      publisher: `college:${MAASTRICHT}`,
    }),
  ];
}

/** The colleges' steps keep the keys of earlier versions of the demo (`...:approval:GM0938`); a council's names it. */
function approvalKey(organ: string): string {
  const [kind, code] = organ.split(':');
  return `amendment:${ARRANGEMENT_2025}:approval:${kind === 'college' ? code : organ}`;
}

const ARRANGEMENT_2025_SUMMARY = [
  'Centrumregeling SZMH 2025, geldend vanaf 10-04-2025 (samenvatting):',
  'art. 3: Maastricht is centrumgemeente; art. 4: de deelnemers dragen de taken op aan het college van de centrumgemeente;',
  'art. 5: de colleges van de partnergemeenten mandateren hun bevoegdheden aan het college van Maastricht, dat ondermandaat kan',
  'verlenen aan medewerkers onder zijn gezag (lid 2); volmachten voor privaatrechtelijke rechtshandelingen (lid 4); Maastricht houdt',
  'een register van verleende mandaten en volmachten (lid 5) en maakt ondermandaten bekend (lid 6);',
  'art. 8: jaarlijkse dienstverleningsovereenkomsten op basis van een model; art. 11 en 12: inzage voor rekenkamer en accountant;',
  'art. 13 lid 4: het dienstverleningshandvest wordt unaniem vastgesteld; art. 19: wijziging na toestemming van de raden;',
  'art. 21: uittreding; Eijsden-Margraten is per 1 juli 2021 uitgetreden.',
  `${EXAMPLE} De goedkeurings- en toestemmingsdata van de partnergemeenten en het nummer van de bekendmaking zijn verzonnen;`,
  'de besluitdatum van Maastricht (14 januari 2025), de toestemming van de Maastrichtse raad (29 oktober 2024) en de werking',
  'vanaf 10 april 2025 staan in de regeling.',
].join('\n');
