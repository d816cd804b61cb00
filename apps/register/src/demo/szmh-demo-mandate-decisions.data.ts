import { PublishDecisionCommand } from '../documents/publish-decision/publish-decision.command';
import { RegisterDocumentCommand } from '../documents/register-document/register-document.command';
import { demoStep, type DemoStep, EXAMPLE, exampleGemeenteblad } from './demo-step';
import { ADOPTED_2026 } from './szmh-demo-agreements.data';
import { CURRENT_MEMBERS, MAASTRICHT, MANAGER, PARTNERS } from './szmh-demo-participants.data';

export const mandateDecisionId = (code: string): string => `doc-mandate-${code.toLowerCase()}-2026`;
const MAASTRICHT_COLLEGE_DECISION = 'doc-college-gm0935-2026-01-27';
export const SUB_MANDATE_DECISION = 'doc-submandate-gm0935-2026';
export const TEAM_LEADER_DECISION = 'doc-submandate-teamleider-inkomen-2026';

/**
 * EXAMPLE: the dates of the partners' mandate decisions and of every
 * publication. The documents say only that the partners' decisions were
 * there when Maastricht consented to them on 27-01-2026 and that they apply
 * from 2026-01-01; the demo dates all four on that day, as domain.md's
 * example 1 dates Meerssen's. Each partner's college publishes its own in its
 * own gemeenteblad (GR SZMH art. 5 lid 3), in force the day after.
 */
const PARTNER_DECIDED_ON = '2026-01-27';
const PARTNER_PUBLISHED_ON = '2026-01-29';
const PARTNER_IN_FORCE_FROM = '2026-01-30';
const PARTNER_SERIALS: Readonly<Record<string, number>> = { GM1729: 2, GM0938: 3, GM0981: 4, GM0994: 5 };

/** The decisions every grant refers to (Awb 10:5), with their publications (Awb 3:42), save the last one. */
export function mandateDecisionSteps(): DemoStep[] {
  return [...PARTNERS.flatMap(({ code, name }) => partnerDecisionSteps(code, name)), ...maastrichtDecisionSteps(), teamLeaderDecisionStep()];
}

function partnerDecisionSteps(code: string, name: string): DemoStep[] {
  const id = mandateDecisionId(code);
  return [
    demoStep(`document:${id}`, RegisterDocumentCommand, {
      id,
      type: 'mandate-decision',
      title: `Mandaatbesluit SZMH ${name} 2026`,
      decidedOn: PARTNER_DECIDED_ON,
      decidedBy: [`college:${code}`],
      concerns: [code],
      content:
        `Het college van burgemeester en wethouders van ${name} verleent het college van Maastricht mandaat, volmacht en machtiging ` +
        'voor zijn bevoegdheden op grond van de Participatiewet, de IOAW, de IOAZ en het Bbz 2004 (GR SZMH art. 5 lid 1 en 4; ' +
        'Wgr art. 8 lid 4), met de bevoegdheid tot ondermandaat aan medewerkers onder zijn gezag (art. 5 lid 2), ' +
        'met terugwerkende kracht tot 1 januari 2026.\n' +
        `${EXAMPLE} De besluitdatum en de bekendmaking (nummer en datum) zijn verzonnen.`,
      parties: null,
      term: null,
    }),
    demoStep(`publication:${id}`, PublishDecisionCommand, {
      documentId: id,
      medium: 'gemeenteblad',
      publicationId: exampleGemeenteblad(2026, PARTNER_SERIALS[code]),
      publishedOn: PARTNER_PUBLISHED_ON,
      inForceFrom: PARTNER_IN_FORCE_FROM,
      publisher: `college:${code}`,
    }),
  ];
}

/** The college decision of 27-01-2026 itself, and the designation and sub-mandate decision it adopts (beslispunt 4). */
function maastrichtDecisionSteps(): DemoStep[] {
  return [
    demoStep(`document:${MAASTRICHT_COLLEGE_DECISION}`, RegisterDocumentCommand, {
      id: MAASTRICHT_COLLEGE_DECISION,
      type: 'other',
      title: 'Besluit college van burgemeester en wethouders van Maastricht 27 januari 2026: samenwerkingsafspraken GR SZMH',
      decidedOn: ADOPTED_2026,
      decidedBy: [`college:${MAASTRICHT}`],
      concerns: CURRENT_MEMBERS,
      content: [
        'Beslispunten: 1. het Dienstverleningshandvest SZMH 2026-2030 aan te gaan; 2. de vier Dienstverleningsovereenkomsten SZMH 2026-2027 aan te gaan;',
        '3. met terugwerkende kracht tot 1 januari 2026 in te stemmen met de mandaatbesluiten van Gulpen-Wittem, Meerssen, Vaals en Valkenburg aan de Geul;',
        '4. in te stemmen met het aanwijzings- en ondermandaatbesluit SZMH Maastricht 2026; 5. kennis te nemen van de memo "gemeenschappelijke regeling SZMH";',
        '6. het Pho-Soza opdracht te geven scenario\'s voor de rechtsvorm van SZMH te laten onderzoeken, met een advies eind derde kwartaal 2026.',
        'Besluit burgemeester en wethouders d.d. 27 januari 2026: conform.',
      ].join('\n'),
      parties: null,
      term: null,
    }),
    demoStep(`document:${SUB_MANDATE_DECISION}`, RegisterDocumentCommand, {
      id: SUB_MANDATE_DECISION,
      type: 'sub-mandate-decision',
      title: 'Aanwijzings- en ondermandaatbesluit SZMH Maastricht 2026',
      decidedOn: ADOPTED_2026,
      decidedBy: [`college:${MAASTRICHT}`],
      concerns: CURRENT_MEMBERS,
      content:
        'a. De afdeling Sociale Zekerheid van de gemeente Maastricht is als organisatieonderdeel belast met de uitvoering van de taken van de GR SZMH; ' +
        'b. de Manager Sociale Zekerheid wordt gemandateerd voor de uitvoering van die taken, voor Maastricht zelf en in ondermandaat voor de ' +
        'partnergemeenten, en voert daarbij extern de titel "Directeur SZMH". Met terugwerkende kracht tot 1 januari 2026.\n' +
        `${EXAMPLE} De bekendmaking (nummer en datum) is verzonnen; Maastricht maakt ondermandaten bekend (GR SZMH art. 5 lid 6).`,
      parties: null,
      term: null,
    }),
    demoStep(`publication:${SUB_MANDATE_DECISION}`, PublishDecisionCommand, {
      documentId: SUB_MANDATE_DECISION,
      medium: 'gemeenteblad',
      publicationId: exampleGemeenteblad(2026, 6),
      publishedOn: '2026-01-29',
      inForceFrom: '2026-01-30',
      // GR SZMH art. 5 lid 6: the central college publishes the sub-mandates.
      publisher: `college:${MAASTRICHT}`,
    }),
  ];
}

/**
 * EXAMPLE, entirely: the manager passes some powers on to a team leader, and
 * the decision is not yet published, so the publication officers' work list
 * (GET /publications/pending) has something on it and the authority answer
 * on the inForce axis says NOT_PUBLISHED.
 */
function teamLeaderDecisionStep(): DemoStep {
  return demoStep(`document:${TEAM_LEADER_DECISION}`, RegisterDocumentCommand, {
    id: TEAM_LEADER_DECISION,
    type: 'sub-mandate-decision',
    title: `Ondermandaatbesluit Teamleider Inkomen SZMH 2026 ${EXAMPLE}`,
    decidedOn: '2026-09-15',
    decidedBy: [MANAGER],
    concerns: CURRENT_MEMBERS,
    content:
      'De Manager Sociale Zekerheid verleent de Teamleider Inkomen ondermandaat voor algemene en bijzondere bijstand en terugvordering ' +
      'tot EUR 5.000 per besluit, vanaf 1 oktober 2026.\n' +
      `${EXAMPLE} Dit besluit is verzonnen en nog niet bekendgemaakt, zodat de werklijst van de publicatiemedewerkers niet leeg is.`,
    parties: null,
    term: null,
  });
}
