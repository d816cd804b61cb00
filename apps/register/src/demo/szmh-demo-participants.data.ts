import { RegisterFunctionCommand } from '../functions/register-function/register-function.command';
import { PublishDecisionCommand } from '../documents/publish-decision/publish-decision.command';
import { RegisterDocumentCommand } from '../documents/register-document/register-document.command';
import { ExitParticipantCommand } from '../participants/exit-participant/exit-participant.command';
import { JoinParticipantCommand } from '../participants/join-participant/join-participant.command';
import { demoStep, type DemoStep, EXAMPLE, exampleGemeenteblad } from './demo-step';

/** The central municipality (GR SZMH art. 3). */
export const MAASTRICHT = 'GM0935';
/** The partner municipalities (GR SZMH art. 1 onder d), in the order the arrangement names them. */
export const PARTNERS = [
  { code: 'GM1729', name: 'Gulpen-Wittem' },
  { code: 'GM0938', name: 'Meerssen' },
  { code: 'GM0981', name: 'Vaals' },
  { code: 'GM0994', name: 'Valkenburg aan de Geul' },
] as const;
export const EIJSDEN_MARGRATEN = 'GM1903';
/** The five municipalities that take part today. */
export const CURRENT_MEMBERS = [MAASTRICHT, ...PARTNERS.map((partner) => partner.code)];

/**
 * EXAMPLE: the documents do not say when the first arrangement took effect;
 * the business plan dates from 2015 (intitulé), so the demo lets every
 * municipality join on 2016-01-01, the day its first text enters into force.
 */
const JOINED_ON = '2016-01-01';
/** GR SZMH, considerations: "het college van Eijsden – Margraten per 1 juli 2021 is uitgetreden". */
const EIJSDEN_MARGRATEN_EXIT_ON = '2021-07-01';

export const MANAGER = 'GM0935.manager-sociale-zekerheid';
/** EXAMPLE: a position below the manager, to show a chain of three links and a decision still to publish. */
export const TEAM_LEADER = 'GM0935.teamleider-inkomen';

const EXIT_DECISION = 'doc-exit-gm1903';

export function participantSteps(): DemoStep[] {
  const members = [{ code: MAASTRICHT, name: 'Maastricht' }, ...PARTNERS, { code: EIJSDEN_MARGRATEN, name: 'Eijsden-Margraten' }];
  return [
    ...members.map(({ code, name }) =>
      demoStep(`participant:${code}:join`, JoinParticipantCommand, { municipality: code, name, joinedOn: JOINED_ON }),
    ),
    ...exitSteps(),
    ...functionSteps(),
  ];
}

/** Art. 21: the college decides after its council consented; the colleges agreed unanimously on 2021-07-01 (lid 4). */
function exitSteps(): DemoStep[] {
  return [
    demoStep(`document:${EXIT_DECISION}`, RegisterDocumentCommand, {
      id: EXIT_DECISION,
      type: 'exit-decision',
      title: 'Besluit tot uittreding uit de Centrumregeling SZMH, Eijsden-Margraten',
      decidedOn: '2020-06-23',
      decidedBy: [`college:${EIJSDEN_MARGRATEN}`],
      concerns: [EIJSDEN_MARGRATEN],
      content:
        'Het college van burgemeester en wethouders van Eijsden-Margraten besluit, na toestemming van de raad (GR SZMH art. 21 lid 1), ' +
        'uit te treden uit de centrumregeling met ingang van 1 juli 2021, een door de colleges unaniem overeengekomen termijn (art. 21 lid 4).\n' +
        `${EXAMPLE} De datum van dit besluit en de bekendmaking zijn verzonnen; de uittreding per 1 juli 2021 staat in de regeling.`,
      parties: null,
      term: null,
    }),
    demoStep(`publication:${EXIT_DECISION}`, PublishDecisionCommand, {
      documentId: EXIT_DECISION,
      medium: 'gemeenteblad',
      publicationId: exampleGemeenteblad(2020, 1),
      publishedOn: '2020-06-30',
      inForceFrom: '2020-07-01',
      // Art. 27 lid 1: the central college publishes an exit, decided by the leaving college (art. 21 lid 1).
      publisher: `college:${MAASTRICHT}`,
    }),
    demoStep(`participant:${EIJSDEN_MARGRATEN}:exit`, ExitParticipantCommand, {
      municipality: EIJSDEN_MARGRATEN,
      exitOn: EIJSDEN_MARGRATEN_EXIT_ON,
      decision: EXIT_DECISION,
    }),
  ];
}

/** Officials by position (domain.md "Parties"); the external title is beslispunt 4b of the decision of 27-01-2026. */
function functionSteps(): DemoStep[] {
  return [
    demoStep(`function:${MANAGER}`, RegisterFunctionCommand, {
      id: MANAGER,
      name: 'Manager Sociale Zekerheid',
      municipality: MAASTRICHT,
      externalTitles: ['Directeur SZMH'],
    }),
    demoStep(`function:${TEAM_LEADER}`, RegisterFunctionCommand, {
      id: TEAM_LEADER,
      name: `Teamleider Inkomen ${EXAMPLE}`,
      municipality: MAASTRICHT,
      externalTitles: [],
    }),
  ];
}
