import { alreadyExists } from '../shared/common.errors';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { requireText } from '../shared/input-validation';
import { describeParty } from '../shared/organ-names';
import { requireParty } from '../shared/party-id';
import { nameBookOf } from '../participants/participation';
import type { GrantFacts, GrantMandate, GrantSubMandate, MandateCommand } from './mandate.commands';
import type { MandateEvent, MandateGranted } from './mandate.events';
import { delegationCycle, describeMandate, grantorNotCompetent } from './mandate.errors';
import { applyCorrection, decideCorrection } from './mandate-correction';
import { requireGrantDecision } from './grant.rules';
import { toMandateTerms } from './mandate-terms';
import type { MandateState, MandateTerms } from './mandate.state';
import { checkOriginalGrant } from './original-grant.rules';
import { decideRevoke } from './revocation.rules';
import { checkSubMandateGrant, verifyChain } from './sub-mandate.rules';

const initialState: MandateState = null;

export const mandateStreamId = (mandateId: string): string => `mandate-${mandateId}`;

export function evolve(state: MandateState, event: MandateEvent): MandateState {
  switch (event.type) {
    case 'MandateGranted':
      return { ...event.data, revocation: null };
    case 'MandateRevoked': {
      const { decision, decidedOn, validUntil } = event.data;
      return state === null ? state : { ...state, revocation: { decision, decidedOn, validUntil } };
    }
    case 'MandateCorrected':
      return state === null ? state : { ...applyCorrection(state, event.data), decidedOn: event.data.decidedOn };
    default:
      return assertNever(event);
  }
}

function decide(command: MandateCommand, state: MandateState): MandateEvent[] {
  switch (command.type) {
    case 'GrantMandate':
      return [decideGrant(command, state)];
    case 'GrantSubMandate':
      return [decideSubGrant(command, state)];
    case 'RevokeMandate':
      return decideRevoke(command, state);
    case 'CorrectMandate':
      return decideCorrection(command, state);
    default:
      return assertNever(command);
  }
}

function decideGrant({ data, context }: GrantMandate, state: MandateState): MandateGranted {
  const mandateId = requireText(data.mandateId, 'mandateId');
  const grantor = requireParty(data.grantor, 'grantor');
  const terms = toMandateTerms(data, grantor.id, [grantor.municipality]);
  if (state !== null) throw alreadyExists('mandate', mandateId);
  if (terms.grantee === terms.grantor) {
    throw delegationCycle(terms.grantee, [terms.grantor], nameBookOf(context.participants));
  }
  checkOriginalGrant(terms, context);
  return granted(mandateId, null, terms, context);
}

/** The grantor of a sub-mandate is its parent's grantee (api.md); an explicit grantor must be exactly that. */
function decideSubGrant({ data, context }: GrantSubMandate, state: MandateState): MandateGranted {
  const mandateId = requireText(data.mandateId, 'mandateId');
  const chain = verifyChain(requireText(data.parentMandateId, 'parentMandateId'), context);
  const parent = chain[0];
  if (data.grantor !== undefined && data.grantor !== null && data.grantor !== parent.grantee) {
    const names = nameBookOf(context.participants);
    throw grantorNotCompetent(
      `Awb 10:9 lid 1: only the grantee of ${describeMandate(parent, names)}, ${describeParty(parent.grantee, names)}, ` +
        `may sub-mandate under it; ${describeParty(data.grantor, names)} is not that grantee.`,
      { grantor: data.grantor, parentMandateId: parent.mandateId, parentGrantee: parent.grantee },
    );
  }
  const terms = toMandateTerms(data, parent.grantee, parent.municipalities);
  if (state !== null) throw alreadyExists('mandate', mandateId);
  checkSubMandateGrant(terms, chain, context);
  return granted(mandateId, parent.mandateId, terms, context);
}

function granted(mandateId: string, parentMandateId: string | null, terms: MandateTerms, facts: GrantFacts): MandateGranted {
  const { decidedOn } = requireGrantDecision(facts, terms.decision);
  return { type: 'MandateGranted', data: { ...terms, mandateId, parentMandateId, decidedOn } };
}

export const mandateDecider: Decider<MandateCommand, MandateEvent, MandateState> = { initialState, evolve, decide };
