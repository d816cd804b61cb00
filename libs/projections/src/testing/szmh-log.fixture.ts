import type { DocumentRecord, GrantMandateRequest, GrantSubMandateRequest, RegisterRequest } from '@register/domain';
import type { AuthorityAnswer, AuthorityQuestion } from '../authority/authority-answer';
import { answerAuthority } from './oracle/authority.oracle';
import { managerSubRequest, meerssenGrantRequest } from '../../../domain/src/testing/szmh-mandates.fixture';
import {
  ALL_POWERS,
  document,
  FUNCTIONS,
  MANAGER,
  MEERSSEN_DECISION,
  PARTICIPANTS,
  REVOCATION_DECISION,
  SUBMANDATE_DECISION,
} from '../../../domain/src/testing/szmh-reference.fixture';
import { RecordedRegister } from './recorded-register';
import type { DatedRequest } from './recorded-register';

/**
 * The instants at which the SZMH scenario is recorded. Example 1 of domain.md:
 * Meerssen decides on 2026-01-27, the grants are registered the next day,
 * both decisions are published on 2026-01-29 and in force from 2026-01-30;
 * legal affairs ask in November.
 */
export const AT = {
  reference: '2025-06-02T08:00:00.000Z',
  decisions: '2026-01-27T15:00:00.000Z',
  grants: '2026-01-28T10:00:00.000Z',
  publications: '2026-01-29T09:00:00.000Z',
  asked: '2026-11-23T10:00:00.000Z',
} as const;

export const MEERSSEN_MANDATE_ID = 'mandate-gm0938-2026';
export const MANAGER_MANDATE_ID = 'submandate-gm0935-manager-2026';

export const registerDocument =
  (record: DocumentRecord): DatedRequest =>
  (today) => {
    const { documentId, publications: _publications, contentSha256: _hash, ...rest } = record;
    return { type: 'RegisterDocument', data: { ...rest, id: documentId, term: null }, contentSha256: null, today };
  };

/** Where a publication appeared, when not in the gemeenteblad of the organ that must publish; or the amendment it publishes. */
export interface PublicationPlace {
  readonly medium?: string;
  readonly publisher?: string;
  readonly amendmentId?: string;
}

export const publish =
  (documentId: string, publicationId: string, publishedOn: string, inForceFrom: string, place: PublicationPlace = {}): DatedRequest =>
  (today) => ({ type: 'PublishDecision', data: { documentId, medium: 'gemeenteblad', publicationId, publishedOn, inForceFrom, ...place }, today });

/** A correction of a recorded publication (POST /documents/{id}/publications/{publicationId}/corrections). */
export const correctPublication =
  (documentId: string, publicationId: string, field: string, value: unknown): DatedRequest =>
  (today) => ({ type: 'CorrectPublication', data: { documentId, publicationId, field, value, reason: 'verkeerd overgenomen' }, today });

export const grantMeerssen = (overrides: Partial<GrantMandateRequest> = {}): RegisterRequest => ({
  type: 'GrantMandate',
  data: meerssenGrantRequest(overrides),
});

export const subMandate = (overrides: Partial<GrantSubMandateRequest> = {}): RegisterRequest => ({
  type: 'GrantSubMandate',
  data: managerSubRequest(overrides),
});

export const revoke = (mandateId: string, validUntil: string, decision = REVOCATION_DECISION.documentId): RegisterRequest => ({
  type: 'RevokeMandate',
  data: { mandateId, decision, validUntil },
});

export const correct = (mandateId: string, field: string, value: unknown): RegisterRequest => ({
  type: 'CorrectMandate',
  data: { mandateId, field, value, reason: 'recorded wrongly', evidence: 'the signed decision' },
});

/** A further decision of the Maastricht college, e.g. for a second sub-mandate. */
export const maastrichtDecision = (documentId: string, decidedOn = '2026-01-27'): DocumentRecord =>
  document({ ...SUBMANDATE_DECISION, documentId, decidedOn });

/**
 * The parties of domain.md: five participants since 2015, Eijsden-Margraten
 * gone since 2021-07-01, the power catalogue, the functions, and the two
 * decisions of example 1 registered (not yet published).
 */
export async function szmhReference(): Promise<RecordedRegister> {
  const register = new RecordedRegister();
  const joins = PARTICIPANTS.map(({ municipality, name }): RegisterRequest => ({
    type: 'JoinParticipant',
    data: { municipality, name, joinedOn: '2015-01-01' },
  }));
  const exitDecision = document({ documentId: 'doc-exit-gm1903', type: 'exit-decision', decidedOn: '2020-01-14', decidedBy: ['college:GM1903'], concerns: ['GM1903'] });
  const powers = ALL_POWERS.map(({ powerId, ...power }): RegisterRequest => ({ type: 'CataloguePower', data: { id: powerId, ...power } }));
  const functions = FUNCTIONS.map(({ functionId, ...fn }): RegisterRequest => ({ type: 'RegisterFunction', data: { id: functionId, ...fn } }));
  await register.at(AT.reference, ...joins, registerDocument(exitDecision), ...powers, ...functions);
  await register.at(AT.reference, { type: 'ExitParticipant', data: { municipality: 'GM1903', exitOn: '2021-07-01', decision: exitDecision.documentId } });
  await register.at(AT.decisions, registerDocument(MEERSSEN_DECISION), registerDocument(SUBMANDATE_DECISION));
  return register;
}

/** Example 1 with both decisions published: Meerssen's as gmb-2026-90002, Maastricht's sub-mandate as gmb-2026-90003. */
export async function example1(): Promise<RecordedRegister> {
  const register = await szmhReference();
  await register.at(AT.grants, grantMeerssen(), subMandate());
  await register.at(
    AT.publications,
    publish(MEERSSEN_DECISION.documentId, 'gmb-2026-90002', '2026-01-29', '2026-01-30'),
    publish(SUBMANDATE_DECISION.documentId, 'gmb-2026-90003', '2026-01-29', '2026-01-30'),
  );
  return register;
}

/** The question of api.md: may the Manager Sociale Zekerheid decide on bijstand for Meerssen? */
export function ask(register: RecordedRegister, overrides: Partial<AuthorityQuestion> = {}): AuthorityAnswer {
  return answerAuthority(register.events, {
    actor: MANAGER.functionId,
    power: 'PW-BIJSTAND',
    municipality: 'GM0938',
    validOn: '2026-01-15',
    knownAt: AT.asked,
    axis: 'valid',
    ...overrides,
  });
}

/** The mandate ids of an answer's chain, holder first. */
export const chainIds = (answer: AuthorityAnswer): string[] => answer.chain.map((link) => link.mandateId);
