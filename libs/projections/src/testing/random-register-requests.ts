import type { DecisionPublished, MandateGranted, PublicationCorrected, RegisterRequest } from '@register/domain';
import type { StoredEvent } from '@register/event-store';
import { document } from '../../../domain/src/testing/szmh-reference.fixture';
import { addDays } from './calendar-days';
import type { DatedRequest, RecordedRegister } from './recorded-register';
import type { Step } from './random-register-history';
import { correctPublication, publish, registerDocument } from './szmh-log.fixture';

export const STAFF_FUNCTION = 'GM0935.medewerker-inkomen';
/** Who sub-mandates to whom in Maastricht: college, manager, team leader, staff. */
const LADDER = ['college:GM0935', 'GM0935.manager-sociale-zekerheid', 'GM0935.teamleider-inkomen', STAFF_FUNCTION];

/**
 * What one step of a random history asks the register (random-register-history.ts):
 * each intent picks its target among what the register holds so far, so that
 * chains grow, decisions get published and publications corrected.
 */
export function requestsFor(step: Step, n: number, today: string, register: RecordedRegister): DatedRequest[] {
  const grants = grantsOf(register);
  const target = (index: number) => grants[index % Math.max(grants.length, 1)]?.data;
  const decisions = documentIds(register, 'mandate-decision');
  switch (step.kind) {
    case 'grant': {
      const decision = decisionDocument(n, `college:${step.grantor}`, step.grantor, addDays(today, -step.terms.decidedDaysAgo));
      const data = { ...termsData(step.terms, decision.documentId), mandateId: `M${n}`, grantor: `college:${step.grantor}`, grantee: LADDER[0] };
      const granted: DatedRequest[] = [registerDocument(decision), { type: 'GrantMandate', data: { ...data, municipalities: [step.grantor] } }];
      if (step.publishedAfterDays === null) return granted;
      const publishedOn = earlierOf(today, addDays(decision.decidedOn, step.publishedAfterDays));
      return [...granted, publish(decision.documentId, `gmb-${publishedOn.slice(0, 4)}-${9500 + n}`, publishedOn, addDays(publishedOn, 1))];
    }
    case 'sub': {
      // Under the latest grant half the time, so that chains grow to depth 4.
      const parent = step.latest ? grants[grants.length - 1]?.data : target(step.target);
      if (parent === undefined) return [];
      // Mostly one rung down the ladder from the parent's grantee; now and then any rung, which the domain may refuse.
      const rung = step.sideways === 0 ? step.target % LADDER.length : LADDER.indexOf(parent.grantee) + 1;
      const grantee = LADDER[rung] ?? STAFF_FUNCTION;
      const decision = decisionDocument(n, parent.grantee, 'GM0935', addDays(today, -step.terms.decidedDaysAgo));
      const terms = step.inherit ? inherited(parent, decision.documentId) : termsData(step.terms, decision.documentId);
      return [registerDocument(decision), { type: 'GrantSubMandate', data: { ...terms, mandateId: `M${n}`, parentMandateId: parent.mandateId, grantee } }];
    }
    case 'revoke': {
      const mandate = target(step.target);
      const validUntil = mandate === undefined || step.daysIn === null ? step.validUntil : addDays(mandate.validFrom, step.daysIn);
      // Decided by the grantor (Awb 10:8) and no later than it takes effect, as a revocation works forward; registered today.
      const decidedOn = laterOf(mandate?.decidedOn ?? today, earlierOf(today, validUntil));
      const decidedBy = mandate === undefined ? ['college:GM0938'] : [mandate.grantor];
      const decision = document({ documentId: `doc-revocation-${n}`, type: 'revocation-decision', decidedOn, decidedBy });
      const revocation: RegisterRequest = { type: 'RevokeMandate', data: { mandateId: mandate?.mandateId ?? 'M-unknown', decision: decision.documentId, validUntil } };
      return [registerDocument(decision), revocation];
    }
    case 'correct': {
      const value = { validFrom: step.date, validUntil: step.date, ceiling: step.ceiling, decision: decisions[step.decision % Math.max(decisions.length, 1)] }[step.field];
      const data = { mandateId: target(step.target)?.mandateId ?? 'M-unknown', field: step.field, value, reason: 'recorded wrongly', evidence: 'the signed decision' };
      return [{ type: 'CorrectMandate', data }];
    }
    case 'publish':
      return publicationRequests(step, n, today, register);
    case 'correct-publication':
      return publicationCorrection(step, n, register);
    case 'exit': {
      const decision = document({ documentId: `doc-exit-${n}`, type: 'exit-decision', decidedOn: today, decidedBy: [`college:${step.municipality}`], concerns: [step.municipality] });
      const exit: RegisterRequest = { type: 'ExitParticipant', data: { municipality: step.municipality, exitOn: step.exitOn, decision: decision.documentId } };
      return [registerDocument(decision), exit];
    }
  }
}

/** A mandate decision or a revocation decision, in its own sheet or, now and then, another. */
function publicationRequests(step: Extract<Step, { kind: 'publish' }>, n: number, today: string, register: RecordedRegister): DatedRequest[] {
  const revocations = documentIds(register, 'revocation-decision');
  const candidates = step.revocation && revocations.length > 0 ? revocations : documentIds(register, 'mandate-decision');
  const documentId = candidates[step.decision % Math.max(candidates.length, 1)];
  if (documentId === undefined) return [];
  const publishedOn = addDays(today, -step.publishedDaysAgo);
  const inForceFrom = step.inForceFrom ?? addDays(publishedOn, 1);
  const year = publishedOn.slice(0, 4);
  if (step.sheet === 'staatscourant') return [publish(documentId, `stcrt-${year}-${9000 + n}`, publishedOn, inForceFrom, { medium: 'staatscourant' })];
  const place = step.sheet === 'own' ? {} : { publisher: step.sheet };
  return [publish(documentId, `gmb-${year}-${9000 + n}`, publishedOn, inForceFrom, place)];
}

/** A recorded publication corrected in one field: its sheet, its dates or its number. */
function publicationCorrection(step: Extract<Step, { kind: 'correct-publication' }>, n: number, register: RecordedRegister): DatedRequest[] {
  const publications = currentPublications(register.events);
  const publication = publications[step.publication % Math.max(publications.length, 1)];
  if (publication === undefined) return [];
  const values = {
    medium: step.medium,
    publisher: step.publisher,
    inForceFrom: addDays(publication.inForceFrom, step.days),
    publishedOn: addDays(publication.publishedOn, step.days),
    publicationId: `gmb-${publication.publishedOn.slice(0, 4)}-${8000 + n}`,
  };
  return [correctPublication(publication.documentId, publication.publicationId, step.field, values[step.field])];
}

type CurrentPublication = Pick<DecisionPublished['data'], 'documentId' | 'publicationId' | 'publishedOn' | 'inForceFrom'>;

/** The publications the log holds now, each as last corrected. */
export function currentPublications(events: readonly StoredEvent[]): CurrentPublication[] {
  const current: CurrentPublication[] = [];
  for (const event of events) {
    if (event.type === 'DecisionPublished') current.push(event.data as DecisionPublished['data']);
    if (event.type !== 'PublicationCorrected') continue;
    const { documentId, publicationId, publication } = event.data as PublicationCorrected['data'];
    const index = current.findIndex((p) => p.documentId === documentId && p.publicationId === publicationId);
    if (index >= 0) current[index] = { documentId, ...publication };
  }
  return current;
}

type Terms = Extract<Step, { kind: 'grant' }>['terms'];

function termsData(terms: Terms, decision: string) {
  const { powers, allowAll, ceiling, validFrom, validUntil } = terms;
  return { ...commonTerms(decision), powers, subMandateAllowed: allowAll ? powers : powers.slice(1), ceiling, validFrom, validUntil };
}

/** A sub-mandate exactly as wide as its parent allows, so that deep chains are accepted often enough. */
function inherited(parent: MandateGranted['data'], decision: string) {
  const powers = parent.subMandateAllowed;
  return { ...commonTerms(decision), powers, subMandateAllowed: powers, ceiling: parent.ceiling, validFrom: parent.validFrom, validUntil: parent.validUntil };
}

function commonTerms(decision: string) {
  return { kind: 'mandaat', scope: 'general', decision, consentBasis: { type: 'statutory', citation: 'Wgr art. 8 lid 4' } };
}

function decisionDocument(n: number, decidedBy: string, municipality: string, decidedOn: string) {
  return document({ documentId: `doc-decision-${n}`, decidedOn, decidedBy: [decidedBy], concerns: [...new Set(['GM0935', municipality])] });
}

function grantsOf(register: RecordedRegister): MandateGranted[] {
  return register.events.filter((event) => event.type === 'MandateGranted') as unknown as MandateGranted[];
}

function documentIds(register: RecordedRegister, type: string): string[] {
  return register.events.filter((e) => e.type === 'DocumentRegistered' && (e.data as { type: string }).type === type).map((e) => (e.data as { documentId: string }).documentId);
}

const laterOf = (a: string, b: string): string => (a > b ? a : b);
const earlierOf = (a: string, b: string): string => (a < b ? a : b);
