import { type DocumentRegistered, isDomainError, type RegisterRequest } from '@register/domain';
import fc from 'fast-check';
import { AGREEMENT, ARRANGEMENT, CHARTER, PARTICIPATING_COLLEGES } from '../../../../domain/src/testing/szmh-agreements.fixture';
import { PARTICIPANTS } from '../../../../domain/src/testing/szmh-reference.fixture';
import { type DatedRequest, RecordedRegister } from '../../testing/recorded-register';
import { correctPublication, type PublicationPlace, registerDocument } from '../../testing/szmh-log.fixture';
import { addDays, dateArb } from '../../testing/random-register-history';
import { currentPublications } from '../../testing/random-register-requests';

/**
 * Random amendment histories of the agreement Maastricht-Meerssen (term
 * 2026-2027), the charter (2026-2030) and the arrangement, for the documents
 * property test: proposals with validFrom anywhere in 2025-2027, approvals by
 * the parties, by other colleges, councils and Eijsden-Margraten (out since
 * 2021), approvals by every organ needed at once so that adoptions happen,
 * adoptions dated or not, publications of documents and of the arrangement's
 * adopted amendments (GR SZMH art. 27), now and then in the wrong sheet, and
 * corrections of recorded publications. The recording clock only moves on;
 * whatever the domain refuses records nothing.
 */

export const AMENDED_DOCUMENTS = [AGREEMENT, CHARTER, ARRANGEMENT];
const COUNCILS = PARTICIPATING_COLLEGES.map((college) => college.replace('college:', 'raad:'));
const APPROVERS = [...PARTICIPATING_COLLEGES, ...COUNCILS.slice(0, 2), 'college:GM1903', 'burgemeester:GM0938'];
/** Mostly the sheet of the organ that must publish; now and then the Staatscourant or another municipality's gemeenteblad (Awb 3:42 lid 1). */
const sheetArb = fc.oneof({ weight: 3, arbitrary: fc.constant('own' as const) }, { weight: 1, arbitrary: fc.constantFrom('staatscourant' as const, 'college:GM0981' as const) });

/** Which proposal a step acts on: mostly the latest, so that proposals get approved and adopted in turn. */
const target = { doc: fc.nat(2), amendment: fc.option(fc.nat(10), { freq: 3, nil: 'latest' as const }) };
const stepArb = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('propose' as const), doc: fc.nat(2), validFrom: dateArb, content: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('approve' as const), ...target, organ: fc.constantFrom(...APPROVERS), approvedOn: fc.option(dateArb) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('approve-all' as const), ...target, approvedOn: fc.option(dateArb) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('adopt' as const), ...target, adoptedOn: fc.option(dateArb) }) },
  // Proposed, approved by all and adopted at once, so that documents reach a third version.
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('amend' as const), doc: fc.nat(2), validFrom: dateArb, adoptedDaysAgo: fc.option(fc.nat(90)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('publish' as const), doc: fc.nat(2), publishedDaysAgo: fc.nat(60), inForceDaysLater: fc.nat(10), sheet: sheetArb }) },
  // The arrangement's adopted amendments enter into force only by the central college's publication.
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('publish-amendment' as const), ...target, publishedDaysAgo: fc.nat(60), inForceDaysLater: fc.nat(10), sheet: sheetArb }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('correct-publication' as const),
      publication: fc.nat(20),
      field: fc.constantFrom('medium', 'publisher', 'inForceFrom', 'publicationId'),
      days: fc.integer({ min: -10, max: 30 }),
    }),
  },
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

/** The participants since 2015, Eijsden-Margraten out from 2021-07-01, the agreement and the arrangement, published at once, and the charter. */
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
  const arrangementPublished = { documentId: ARRANGEMENT.data.documentId, medium: 'gemeenteblad', publicationId: 'gmb-2015-7000', publishedOn: '2015-07-01', inForceFrom: '2015-07-02' };
  await register.at('2026-01-28T09:00:00.000Z', ...[agreementPublished, arrangementPublished].map((data): DatedRequest => (today) => ({ type: 'PublishDecision', data, today })));
  return register;
}

function registration({ data }: DocumentRegistered): DatedRequest {
  const { documentId, contentSha256: _hash, ...rest } = data;
  return (today) => ({ type: 'RegisterDocument', data: { ...rest, id: documentId }, contentSha256: null, today });
}

function requestsFor(step: Step, n: number, register: RecordedRegister): DatedRequest[] {
  if (step.kind === 'correct-publication') return publicationCorrection(step, n, register);
  const document = AMENDED_DOCUMENTS[step.doc].data;
  const required = requiredApprovers(document);
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
      return [publication({ documentId: document.documentId }, n, step)];
    case 'publish-amendment':
      return [publication(targetOf(step, document.documentId, register), n, step)];
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

/** Every organ the adoption needs: an agreement its parties (art. 8 lid 5), the charter every college (art. 13 lid 4), the arrangement every college and council (art. 19 lid 2). */
function requiredApprovers(document: DocumentRegistered['data']): readonly string[] {
  if (document.type === 'agreement') return document.parties;
  return document.type === 'arrangement' ? [...PARTICIPATING_COLLEGES, ...COUNCILS] : PARTICIPATING_COLLEGES;
}

interface Published {
  readonly publishedDaysAgo: number;
  readonly inForceDaysLater: number;
  readonly sheet: 'own' | 'staatscourant' | 'college:GM0981';
}

function publication(target: { documentId: string; amendmentId?: string }, n: number, step: Published): DatedRequest {
  return (today) => {
    const publishedOn = addDays(today, -step.publishedDaysAgo);
    const year = publishedOn.slice(0, 4);
    const place: PublicationPlace = step.sheet === 'own' ? {} : step.sheet === 'staatscourant' ? { medium: 'staatscourant' } : { publisher: step.sheet };
    const publicationId = step.sheet === 'staatscourant' ? `stcrt-${year}-${7000 + n}` : `gmb-${year}-${7000 + n}`;
    const data = { documentId: target.documentId, medium: 'gemeenteblad', publicationId, publishedOn, inForceFrom: addDays(publishedOn, step.inForceDaysLater), ...place };
    return { type: 'PublishDecision', data: { ...data, ...(target.amendmentId === undefined ? {} : { amendmentId: target.amendmentId }) }, today };
  };
}

/** One recorded publication, as last corrected, corrected again in one field. */
function publicationCorrection(step: Extract<Step, { kind: 'correct-publication' }>, n: number, register: RecordedRegister): DatedRequest[] {
  const publications = currentPublications(register.events);
  const target = publications[step.publication % Math.max(publications.length, 1)];
  if (target === undefined) return [];
  const values = { medium: 'other', publisher: 'college:GM0981', inForceFrom: addDays(target.inForceFrom, step.days), publicationId: `gmb-${target.publishedOn.slice(0, 4)}-${6000 + n}` };
  return [correctPublication(target.documentId, target.publicationId, step.field, values[step.field])];
}
