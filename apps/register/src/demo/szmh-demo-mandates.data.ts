import type { MandateKind } from '@register/domain';
import { GrantMandateCommand, type GrantMandateInput } from '../mandates/grant-mandate/grant-mandate.command';
import { GrantSubMandateCommand, type GrantSubMandateInput } from '../mandates/grant-sub-mandate/grant-sub-mandate.command';
import { demoStep, type DemoStep, EXAMPLE } from './demo-step';
import { VALID_FROM_2026 } from './szmh-demo-agreements.data';
import { mandateDecisionId, SUB_MANDATE_DECISION, TEAM_LEADER_DECISION } from './szmh-demo-mandate-decisions.data';
import { MAASTRICHT, MANAGER, PARTNERS, TEAM_LEADER } from './szmh-demo-participants.data';
import { collegePowers } from './szmh-demo-powers.data';

/** One grant per kind (Awb 10:12): each passes on the powers of its nature. */
const KINDS: readonly { kind: MandateKind; prefix: string; subPrefix: string; powers: string[] }[] = [
  { kind: 'mandaat', prefix: 'mandate', subPrefix: 'submandate', powers: collegePowers('public-law-decision') },
  { kind: 'volmacht', prefix: 'volmacht', subPrefix: 'subvolmacht', powers: collegePowers('private-law') },
  { kind: 'machtiging', prefix: 'machtiging', subPrefix: 'submachtiging', powers: collegePowers('other') },
];

/** EXAMPLE: what the manager may pass on to the team leader, and up to which amount. */
const TEAM_LEADER_POWERS = ['PW-BIJSTAND', 'PW-BIJZONDERE-BIJSTAND', 'PW-TERUGVORDERING'];
const TEAM_LEADER_CEILING = 5_000;
const TEAM_LEADER_VALID_FROM = '2026-10-01';

const MAASTRICHT_COLLEGE = `college:${MAASTRICHT}`;
/** Awb 10:4 lid 2: a partner's college mandating Maastricht's college needs no consent where the law provides for it. */
const STATUTORY_BASIS = { type: 'statutory', citation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1 en 4', document: null };
const DIRECTOR_TITLE = 'Voert bij de uitoefening extern de titel Directeur SZMH (besluit college Maastricht 27-01-2026, beslispunt 4b)';

const grantId = (prefix: string, code: string, grantee?: string): string =>
  [prefix, code.toLowerCase(), ...(grantee ? [grantee] : []), '2026'].join('-');

/**
 * The chain of the decision of 27-01-2026: each partner's college mandates
 * Maastricht's college, which sub-mandates its Manager Sociale Zekerheid; for
 * Maastricht's own residents its college mandates the manager directly; and
 * (EXAMPLE) the manager sub-mandates a team leader by a decision not yet published.
 */
export function mandateSteps(): DemoStep[] {
  return [
    ...PARTNERS.flatMap(({ code, name }) => KINDS.map((k) => partnerGrant(code, name, k))),
    ...KINDS.map((k) => maastrichtOwnGrant(k)),
    ...PARTNERS.flatMap(({ code }) => KINDS.map((k) => managerSubMandate(code, k))),
    ...[...PARTNERS.map((p) => p.code), MAASTRICHT].map((code) => teamLeaderSubMandate(code)),
  ];
}

function partnerGrant(code: string, name: string, { kind, prefix, powers }: (typeof KINDS)[number]): DemoStep {
  const data: GrantMandateInput = {
    mandateId: grantId(prefix, code),
    kind,
    scope: 'general',
    grantor: `college:${code}`,
    grantee: MAASTRICHT_COLLEGE,
    powers,
    municipalities: [code],
    subMandateAllowed: powers,
    ceiling: null,
    instructions: [
      `Het college van Maastricht verantwoordt de uitvoering voor ${name} via het Pho-Soza (GR SZMH art. 9 en 10)`,
      'Ondermandaat alleen aan medewerkers onder het gezag van het college van Maastricht (GR SZMH art. 5 lid 2)',
    ],
    consentBasis: STATUTORY_BASIS,
    decision: mandateDecisionId(code),
    validFrom: VALID_FROM_2026,
    validUntil: null,
  };
  return demoStep(`mandate:${data.mandateId}`, GrantMandateCommand, data);
}

/** Awb 10:4 needs no basis here: the manager works under the responsibility of Maastricht's college. */
function maastrichtOwnGrant({ kind, prefix, powers }: (typeof KINDS)[number]): DemoStep {
  const data: GrantMandateInput = {
    mandateId: grantId(prefix, MAASTRICHT, 'manager'),
    kind,
    scope: 'general',
    grantor: MAASTRICHT_COLLEGE,
    grantee: MANAGER,
    powers,
    municipalities: [MAASTRICHT],
    subMandateAllowed: subMandatable(kind, powers),
    ceiling: null,
    instructions: [DIRECTOR_TITLE],
    consentBasis: null,
    decision: SUB_MANDATE_DECISION,
    validFrom: VALID_FROM_2026,
    validUntil: null,
  };
  return demoStep(`mandate:${data.mandateId}`, GrantMandateCommand, data);
}

function managerSubMandate(code: string, { kind, prefix, subPrefix, powers }: (typeof KINDS)[number]): DemoStep {
  const data: GrantSubMandateInput = {
    parentMandateId: grantId(prefix, code),
    mandateId: grantId(subPrefix, code, 'manager'),
    kind,
    scope: 'general',
    grantee: MANAGER,
    powers,
    municipalities: [code],
    subMandateAllowed: subMandatable(kind, powers),
    ceiling: null,
    instructions: [DIRECTOR_TITLE],
    consentBasis: null,
    decision: SUB_MANDATE_DECISION,
    validFrom: VALID_FROM_2026,
    validUntil: null,
  };
  return demoStep(`mandate:${data.mandateId}`, GrantSubMandateCommand, data);
}

function teamLeaderSubMandate(code: string): DemoStep {
  const parent = code === MAASTRICHT ? grantId('mandate', MAASTRICHT, 'manager') : grantId('submandate', code, 'manager');
  const data: GrantSubMandateInput = {
    parentMandateId: parent,
    mandateId: grantId('submandate', code, 'teamleider-inkomen'),
    kind: 'mandaat',
    scope: 'general',
    grantee: TEAM_LEADER,
    powers: TEAM_LEADER_POWERS,
    municipalities: [code],
    subMandateAllowed: [],
    ceiling: TEAM_LEADER_CEILING,
    instructions: [`Bijstand boven EUR ${TEAM_LEADER_CEILING} legt de teamleider voor aan de Manager Sociale Zekerheid ${EXAMPLE}`],
    consentBasis: null,
    decision: TEAM_LEADER_DECISION,
    validFrom: TEAM_LEADER_VALID_FROM,
    validUntil: null,
  };
  return demoStep(`mandate:${data.mandateId}`, GrantSubMandateCommand, data);
}

/** Only the manager's mandaat may go further down, and only for the team leader's powers. */
function subMandatable(kind: MandateKind, powers: readonly string[]): string[] {
  return kind === 'mandaat' ? TEAM_LEADER_POWERS.filter((power) => powers.includes(power)) : [];
}
