import { RegisterDocumentCommand } from '../documents/register-document/register-document.command';
import { demoStep, type DemoStep, EXAMPLE } from './demo-step';
import { CURRENT_MEMBERS, MAASTRICHT, PARTNERS } from './szmh-demo-participants.data';

/** Decision of 27-01-2026, beslispunten 1 and 2: the colleges enter into the charter and the agreements on that day. */
export const ADOPTED_2026 = '2026-01-27';
/** "Deze documenten treden met terugwerkende kracht in werking op 1 januari 2026." */
export const VALID_FROM_2026 = '2026-01-01';

const CHARTER = 'doc-dvh-szmh-2026-2030';
const MODEL_AGREEMENT = 'doc-model-dvo-szmh-2026';
const agreementId = (code: string): string => `doc-dvo-szmh-${code.toLowerCase()}-2026-2027`;

const MAASTRICHT_COLLEGE = `college:${MAASTRICHT}`;

/**
 * The charter 2026-2030 (GR SZMH art. 13 lid 4, adopted unanimously), the
 * model agreement the Pho-Soza settled on 19-12-2025 (art. 8 lid 4) and the
 * four service agreements 2026-2027 (art. 8 lid 1), valid from 2026-01-01.
 */
export function agreementSteps(): DemoStep[] {
  return [charterStep(), modelAgreementStep(), ...PARTNERS.map(({ code, name }) => partnerAgreementStep(code, name))];
}

function charterStep(): DemoStep {
  const colleges = CURRENT_MEMBERS.map((code) => `college:${code}`);
  return demoStep(`document:${CHARTER}`, RegisterDocumentCommand, {
    id: CHARTER,
    type: 'charter',
    title: 'Dienstverleningshandvest Sociale Zaken Maastricht-Heuvelland (DVH SZMH) 2026-2030',
    decidedOn: ADOPTED_2026,
    decidedBy: colleges,
    concerns: CURRENT_MEMBERS,
    content:
      'Het DVH beschrijft de uitgangspunten, rollen, governance en kwaliteitseisen voor de uitvoering van de SZMH-taken en geldt als ' +
      'algemene voorwaarden voor de samenwerking; de verdeelsleutel van de structurele kosten volgt het aantal uitkeringsdossiers per ' +
      'gemeente (GR SZMH art. 13 lid 4). Het Pho-Soza ging op 19 december 2025 akkoord; het college van Maastricht ging het aan op 27 januari 2026, ' +
      'met terugwerkende kracht tot 1 januari 2026.',
    parties: colleges,
    term: { from: VALID_FROM_2026, until: '2031-01-01' },
  });
}

function modelAgreementStep(): DemoStep {
  return demoStep(`document:${MODEL_AGREEMENT}`, RegisterDocumentCommand, {
    id: MODEL_AGREEMENT,
    type: 'model-agreement',
    title: 'Model-dienstverleningsovereenkomst SZMH 2026',
    decidedOn: '2025-12-19',
    decidedBy: [MAASTRICHT_COLLEGE],
    concerns: CURRENT_MEMBERS,
    content:
      'Model voor de dienstverleningsovereenkomsten tussen het college van Maastricht en de colleges van de partnergemeenten ' +
      '(GR SZMH art. 8 lid 4), vastgesteld in het Pho-Soza van 19 december 2025.',
    parties: null,
    term: null,
  });
}

function partnerAgreementStep(code: string, name: string): DemoStep {
  const partnerCollege = `college:${code}`;
  const id = agreementId(code);
  return demoStep(`document:${id}`, RegisterDocumentCommand, {
    id,
    type: 'agreement',
    title: `Dienstverleningsovereenkomst SZMH Maastricht - ${name} 2026-2027`,
    decidedOn: ADOPTED_2026,
    decidedBy: [MAASTRICHT_COLLEGE, partnerCollege],
    concerns: [MAASTRICHT, code],
    content:
      `De taken die Maastricht als centrumgemeente voor ${name} uitvoert en de KPI's per taakopdracht (GR SZMH art. 8 lid 1), ` +
      'op basis van de model-dienstverleningsovereenkomst; wijziging tijdens de looptijd alleen met instemming van beide colleges (art. 8 lid 5).\n' +
      `${EXAMPLE} De looptijd tot 1 januari 2028 volgt uit de titel 2026-2027; de datum waarop ${name} tekende is niet bekend en gelijkgesteld aan die van Maastricht.`,
    parties: [MAASTRICHT_COLLEGE, partnerCollege],
    term: { from: VALID_FROM_2026, until: '2028-01-01' },
  });
}
