import type { ChainFacts, GrantFacts, GrantMandate, GrantMandateRequest, GrantSubMandate, GrantSubMandateRequest } from '../mandates/mandate.commands';
import type { MandateGranted } from '../mandates/mandate.events';
import type { MandateRecord } from '../mandates/mandate.state';
import { ALL_POWERS, FUNCTIONS, MEERSSEN_DECISION, PARTICIPANTS, SUBMANDATE_DECISION } from './szmh-reference.fixture';

/**
 * Example 1 of domain.md: Meerssen's college mandates PW-BIJSTAND (and
 * PW-TERUGVORDERING, which it does not allow to be sub-mandated) to the
 * Maastricht college, which sub-mandates PW-BIJSTAND to its Manager Sociale
 * Zekerheid.
 */
export function meerssenGrantRequest(overrides: Partial<GrantMandateRequest> = {}): GrantMandateRequest {
  return {
    mandateId: 'mandate-gm0938-2026',
    kind: 'mandaat',
    scope: 'general',
    grantor: 'college:GM0938',
    grantee: 'college:GM0935',
    powers: ['PW-BIJSTAND', 'PW-TERUGVORDERING'],
    municipalities: ['GM0938'],
    subMandateAllowed: ['PW-BIJSTAND'],
    ceiling: 25000,
    instructions: ['Report quarterly to the college of Meerssen'],
    consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1' },
    decision: MEERSSEN_DECISION.documentId,
    validFrom: '2026-01-01',
    validUntil: null,
    ...overrides,
  };
}

export const MEERSSEN_GRANTED: MandateGranted = {
  type: 'MandateGranted',
  data: {
    mandateId: 'mandate-gm0938-2026',
    parentMandateId: null,
    kind: 'mandaat',
    scope: 'general',
    grantor: 'college:GM0938',
    grantee: 'college:GM0935',
    powers: ['PW-BIJSTAND', 'PW-TERUGVORDERING'],
    municipalities: ['GM0938'],
    subMandateAllowed: ['PW-BIJSTAND'],
    ceiling: 25000,
    instructions: ['Report quarterly to the college of Meerssen'],
    consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4; GR SZMH art. 5 lid 1' },
    decision: 'doc-mandate-gm0938-2026',
    decidedOn: '2026-01-27',
    validFrom: '2026-01-01',
    validUntil: null,
  },
};

export const MEERSSEN_MANDATE: MandateRecord = { ...MEERSSEN_GRANTED.data, revocation: null };

export function managerSubRequest(overrides: Partial<GrantSubMandateRequest> = {}): GrantSubMandateRequest {
  return {
    mandateId: 'submandate-gm0935-manager-2026',
    parentMandateId: MEERSSEN_MANDATE.mandateId,
    kind: 'mandaat',
    scope: 'general',
    grantee: 'GM0935.manager-sociale-zekerheid',
    powers: ['PW-BIJSTAND'],
    subMandateAllowed: ['PW-BIJSTAND'],
    ceiling: 10000,
    decision: SUBMANDATE_DECISION.documentId,
    validFrom: '2026-01-01',
    ...overrides,
  };
}

export const MANAGER_GRANTED: MandateGranted = {
  type: 'MandateGranted',
  data: {
    mandateId: 'submandate-gm0935-manager-2026',
    parentMandateId: 'mandate-gm0938-2026',
    kind: 'mandaat',
    scope: 'general',
    grantor: 'college:GM0935',
    grantee: 'GM0935.manager-sociale-zekerheid',
    powers: ['PW-BIJSTAND'],
    municipalities: ['GM0938'],
    subMandateAllowed: ['PW-BIJSTAND'],
    ceiling: 10000,
    instructions: [],
    consentBasis: null,
    decision: 'doc-submandate-gm0935-2026',
    decidedOn: '2026-01-27',
    validFrom: '2026-01-01',
    validUntil: null,
  },
};

export const MANAGER_MANDATE: MandateRecord = { ...MANAGER_GRANTED.data, revocation: null };

/** Everything a grant of Meerssen's mandate needs, as a handler would load it. */
export function grantFacts(overrides: Partial<GrantFacts> = {}): GrantFacts {
  return {
    powers: ALL_POWERS,
    decision: MEERSSEN_DECISION,
    consentDocument: null,
    participants: PARTICIPANTS,
    functions: FUNCTIONS,
    ...overrides,
  };
}

/** Everything the manager's sub-mandate needs: its decision and the Meerssen mandate as parent. */
export function subMandateFacts(overrides: Partial<GrantFacts & ChainFacts> = {}): GrantFacts & ChainFacts {
  return { ...grantFacts({ decision: SUBMANDATE_DECISION }), parent: MEERSSEN_MANDATE, ancestors: [], ...overrides };
}

/** Meerssen's grant of example 1 as a command, with its facts, each changed where a test says so. */
export function grantCommand(overrides: Partial<GrantMandateRequest> = {}, facts: Partial<GrantFacts> = {}): GrantMandate {
  return { type: 'GrantMandate', data: meerssenGrantRequest(overrides), context: grantFacts(facts) };
}

/** The manager's sub-mandate of example 1 as a command, under the Meerssen mandate. */
export function subGrantCommand(overrides: Partial<GrantSubMandateRequest> = {}, facts: Partial<GrantFacts & ChainFacts> = {}): GrantSubMandate {
  return { type: 'GrantSubMandate', data: managerSubRequest(overrides), context: subMandateFacts(facts) };
}

/** The manager passing PW-BIJSTAND on to a team leader, up to EUR 5000: a chain of three. */
export function teamLeaderCommand(overrides: Partial<GrantSubMandateRequest> = {}, facts: Partial<GrantFacts & ChainFacts> = {}): GrantSubMandate {
  const data = { mandateId: 'submandate-teamleider', parentMandateId: MANAGER_MANDATE.mandateId, grantee: 'GM0935.teamleider-inkomen', ceiling: 5000, ...overrides };
  return subGrantCommand(data, { parent: MANAGER_MANDATE, ancestors: [MEERSSEN_MANDATE], ...facts });
}
