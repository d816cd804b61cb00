import { DomainError } from '../shared/domain.error';
import { describeParty, type NameBook } from '../shared/organ-names';
import type { DocumentRecord, DocumentType } from './document.state';

/**
 * A decision belongs to the organ that takes it (Awb 10:1, 10:5, 10:8): the
 * document an act rests on must be a decision of the kind that act needs, and
 * taken by the party competent for it. The mandate and participant rules call
 * these two checks with the parties that are competent in their case.
 */
export type GroundedAct = 'grant' | 'revocation' | 'exit';

/** One decision often grants and sub-mandates at once (Maastricht's designation and sub-mandate decision), hence two types for a grant. */
const GROUNDING_TYPES: Readonly<Record<GroundedAct, readonly DocumentType[]>> = {
  grant: ['mandate-decision', 'sub-mandate-decision'],
  revocation: ['revocation-decision', 'mandate-decision', 'sub-mandate-decision'],
  exit: ['exit-decision'],
};

/** How an error detail names a kind of document: "a service agreement". */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  arrangement: 'the arrangement',
  charter: 'a service charter',
  agreement: 'a service agreement',
  'model-agreement': 'a model agreement',
  'mandate-decision': 'a mandate decision',
  'sub-mandate-decision': 'a sub-mandate decision',
  'revocation-decision': 'a revocation decision',
  'exit-decision': 'an exit decision',
  other: 'another kind of document (other)',
};

const TYPE_RULES: Readonly<Record<GroundedAct, string>> = {
  grant: 'Awb 10:1 and 10:5: a mandate is granted by a written decision of the organ whose power it is; a grant rests on a mandate decision or a sub-mandate decision',
  revocation: 'Awb 10:8 with 10:5: a mandate is revoked by a written decision; a revocation rests on a revocation decision, a mandate decision or a sub-mandate decision',
  exit: 'GR SZMH art. 21 lid 1: a college leaves the arrangement by its decision to do so; an exit rests on an exit decision',
};

const DECIDER_RULES: Readonly<Record<GroundedAct, string>> = {
  grant: 'Awb 10:1 and 10:5: the decision that grants a mandate is the decision of its grantor',
  revocation: 'Awb 10:8: only the grantor of a mandate, or an organ or function above it in the chain, revokes it',
  exit: 'GR SZMH art. 21 lid 1: the college of a participating municipality decides its own exit',
};

/** DOCUMENT_TYPE_MISMATCH unless the document is of a type that may ground the act. */
export function requireGroundingType(act: GroundedAct, document: DocumentRecord): void {
  if (GROUNDING_TYPES[act].includes(document.type)) return;
  throw new DomainError(
    'DOCUMENT_TYPE_MISMATCH',
    `${TYPE_RULES[act]}; ${document.documentId} is registered as ${DOCUMENT_TYPE_LABELS[document.type]}.`,
    { act, document: document.documentId, type: document.type, expectedTypes: GROUNDING_TYPES[act] },
  );
}

/**
 * DECISION_NOT_OF_GRANTOR unless `decidedBy` holds one of the competent
 * parties: `competent[0]` is the grantor (or the exiting college), the rest
 * the organs and functions above it in the chain, nearest first.
 */
export function requireDecidedByOneOf(
  act: GroundedAct,
  document: DocumentRecord,
  competent: readonly [string, ...string[]],
  names: NameBook = {},
): void {
  if (document.decidedBy.some((party) => competent.includes(party))) return;
  const [grantor, ...above] = competent;
  const takenBy = document.decidedBy.map((party) => describeParty(party, names)).join(' and ');
  const orAbove = above.length === 0 ? '' : `, nor by one above it in the chain (${above.map((party) => describeParty(party, names)).join(', ')})`;
  throw new DomainError(
    'DECISION_NOT_OF_GRANTOR',
    `${DECIDER_RULES[act]}; ${document.documentId} was taken by ${takenBy}, not by ${describeParty(grantor, names)}${orAbove}.`,
    { act, document: document.documentId, decidedBy: document.decidedBy, competent },
  );
}
