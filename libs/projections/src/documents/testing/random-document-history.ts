import { type DocumentRegistered, isDomainError, type RegisterRequest } from '@register/domain';
import fc from 'fast-check';
import { AGREEMENT, CHARTER, PARTICIPATING_COLLEGES } from '../../../../domain/src/testing/szmh-agreements.fixture';
import { PARTICIPANTS } from '../../../../domain/src/testing/szmh-reference.fixture';
import { type DatedRequest, RecordedRegister } from '../../testing/recorded-register';
import { registerDocument } from '../../testing/szmh-log.fixture';
import { addDays, dateArb } from '../../testing/random-register-history';

/**
 * Random amendment histories of the agreement Maastricht-Meerssen (term
 * 2026-2027) and the charter (2026-2030), for the documents property test:
 * proposals with validFrom anywhere in 2025-2027, approvals by the parties,
 * by other colleges and by Eijsden-Margraten (out since 2021), approvals by
 * every organ needed at once so that adoptions happen, adoptions dated or
 * not, and publications. The recording clock only moves on; whatever the
 * domain refuses records nothing.
 */

export const AMENDED_DOCUMENTS = [AGREEMENT, CHARTER];
const APPROVERS = [...PARTICIPATING_COLLEGES, 'college:GM1903', 'burgemeester:GM0938'];

/** Which proposal a step acts on: mostly the latest, so that proposals get approved and adopted in turn. */
const target = { doc: fc.nat(1), amendment: fc.option(fc.nat(10), { freq: 3, nil: 'latest' as const }) };
const stepArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('propose' as const), doc: fc.nat(1), validFrom: dateArb, content: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('approve' as const), ...target, organ: fc.constantFrom(...APPROVERS), approvedOn: fc.option(dateArb) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('approve-all' as const), ...target, approvedOn: fc.option(dateArb) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('adopt' as const), ...target, adoptedOn: fc.option(dateArb) }) },
  // Proposed, approved by all and adopted at once, so that documents reach a third version.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('amend' as const), doc: fc.nat(1), validFrom: dateArb, adoptedDaysAgo: fc.option(fc.nat(90)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('publish' as const), doc: fc.nat(1), publishedDaysAgo: fc.nat(60), inForceDaysLater: fc.nat(10) }) },
);
type Step = ReturnType<typeof stepArb.generate>['value'];
type DateOf = (today: string) => string | null;

/** The steps, and the days the recording clock moves on before each. */
export const documentHistoryArb = fc.array(fc.record({ step: stepArb, daysLater: fc.integer({ min: 1, max: 45 }) }), { minLength: 5, maxLength: 25 });
export type DocumentHistory = ReturnType<typeof documentHistoryArb.generate>['value'];

export async function recordDocumentHistory(history: DocumentHistory): Promise<RecordedRegister> {
  const register = await amendableDocuments();
  let day = '2026-01-28';
  for (const [n, { step, daysLater }] of history.entries()) {
    day = addDays(day, daysLater);
    for (const request of requestsFor(step, n, register)) {
      try {
        await register.at(`${day}T09:00:00.000Z`, request);
      } catch (error) {
        if (!isDomainError(error)) throw error;
      }
    }
  }
  return register;
}

/** The participants since 2015, Eijsden-Margraten out from 2021-07-01, and the agreement, published at once, and the charter. */
async function amendableDocuments(): Promise<RecordedRegister> {
  const register = new RecordedRegister();
  const joins = PARTICIPANTS.map(({ municipality, name }): RegisterRequest => ({ type: 'JoinParticipant', data: { municipality, name, joinedOn: '2015-01-01' } }));
  const exitDecision = registerDocument({
    documentId: 'doc-exit-gm1903',
    type: 'exit-decision',
    title: 'Uittreding Eijsden-Margraten',
    decidedOn: '2020-01-14',
    decidedBy: ['college:GM1903'],
    concerns: ['GM1903'],
    contentSha256: null,
    parties: [],
    term: null,
    publications: [],
  });
  const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality: 'GM1903', exitOn: '2021-07-01', decision: 'doc-exit-gm1903' } };
  await register.at('2026-01-27T09:00:00.000Z', ...joins, exitDecision, exit, ...AMENDED_DOCUMENTS.map(registration));
  const agreementPublished = { documentId: AGREEMENT.data.documentId, medium: 'gemeenteblad', publicationId: 'gmb-2026-7000', publishedOn: '2026-01-28', inForceFrom: '2026-01-29' };
  await register.at('2026-01-28T09:00:00.000Z', (today) => ({ type: 'PublishDecision', data: agreementPublished, today }));
  return register;
}

function registration({ data }: DocumentRegistered): DatedRequest {
  const { documentId, contentSha256: _hash, ...rest } = data;
  return (today) => ({ type: 'RegisterDocument', data: { ...rest, id: documentId }, contentSha256: null, today });
}

function requestsFor(step: Step, n: number, register: RecordedRegister): DatedRequest[] {
  const document = AMENDED_DOCUMENTS[step.doc].data;
  const required = document.type === 'agreement' ? document.parties : PARTICIPATING_COLLEGES;
  switch (step.kind) {
    case 'propose':
    case 'amend': {
      const content = step.kind === 'propose' && step.content ? `Wijziging ${n}` : null;
      const data = { documentId: document.documentId, amendmentId: `A${n}`, summary: `Wijziging ${n}`, content, validFrom: step.validFrom };
      const proposal: DatedRequest = { type: 'ProposeAmendment', data, contentSha256: content === null ? null : `${n}`.padStart(64, 'a') };
      if (step.kind === 'propose') return [proposal];
      // Approved on the adoption day, which lies up to 90 days back: recorded late, as legal affairs often do.
      const backdated: DateOf = (today) => (step.adoptedDaysAgo === null ? null : addDays(today, -step.adoptedDaysAgo));
      return [proposal, ...required.map((organ) => approval(data, organ, backdated)), adoption(data, backdated)];
    }
    case 'publish':
      return [publication(document.documentId, n, step.publishedDaysAgo, step.inForceDaysLater)];
    case 'approve':
      return [approval(targetOf(step, document.documentId, register), step.organ, () => step.approvedOn)];
    case 'approve-all':
      return required.map((organ) => approval(targetOf(step, document.documentId, register), organ, () => step.approvedOn));
    case 'adopt':
      return [adoption(targetOf(step, document.documentId, register), () => step.adoptedOn)];
  }
}

interface Target {
  readonly documentId: string;
  readonly amendmentId: string;
}

/** The proposal a step acts on, among those the document holds so far. */
function targetOf(step: { amendment: number | 'latest' }, documentId: string, register: RecordedRegister): Target {
  const proposals = register.events.filter((e) => e.type === 'AmendmentProposed' && (e.data as Target).documentId === documentId);
  const index = step.amendment === 'latest' ? proposals.length - 1 : step.amendment % Math.max(proposals.length, 1);
  return { documentId, amendmentId: (proposals[index]?.data as Target | undefined)?.amendmentId ?? 'A-unknown' };
}

/** Dates of approvals and adoptions may depend on the recording day. */
function approval({ documentId, amendmentId }: Target, organ: string, approvedOn: DateOf): DatedRequest {
  return (today) => ({ type: 'ApproveAmendment', data: { documentId, amendmentId, organ, decision: null, approvedOn: approvedOn(today) }, today });
}

function adoption({ documentId, amendmentId }: Target, adoptedOn: DateOf): DatedRequest {
  return (today) => ({ type: 'AdoptAmendment', data: { documentId, amendmentId, adoptedOn: adoptedOn(today) }, today });
}

function publication(documentId: string, n: number, publishedDaysAgo: number, inForceDaysLater: number): DatedRequest {
  return (today) => {
    const publishedOn = addDays(today, -publishedDaysAgo);
    const publicationId = `gmb-${publishedOn.slice(0, 4)}-${7000 + n}`;
    return { type: 'PublishDecision', data: { documentId, medium: 'gemeenteblad', publicationId, publishedOn, inForceFrom: addDays(publishedOn, inForceDaysLater) }, today };
  };
}
