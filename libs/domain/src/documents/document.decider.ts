import { requireKnownParty } from '../functions/known-parties';
import { requireDate, requireOptionalDate } from '../shared/calendar-date';
import { alreadyExists, invalidPeriod, requireNotAfterToday, unknownReference } from '../shared/common.errors';
import { assertNever } from '../shared/assert-never';
import type { Decider } from '../shared/decider';
import { requireDistinctList, requireOneOf, requireOptionalText, requireText } from '../shared/input-validation';
import { requireMunicipalityCode, requireParty } from '../shared/party-id';
import type { DocumentCommand, RegisterDocument } from './document.commands';
import type { DocumentEvent, DocumentRegistered } from './document.events';
import { DOCUMENT_TYPES, originalValidity } from './document.state';
import { decideAdoptAmendment, decideApproveAmendment, decideProposeAmendment, evolveAmendment } from './amendment.decider';
import type { DocumentState, DocumentTerm } from './document.state';
import { decideCorrectPublication } from './publication-correction';
import { decidePublish } from './publication.rules';
import { publicationRecordOf } from './publisher';

const initialState: DocumentState = null;

export const documentStreamId = (documentId: string): string => `document-${documentId}`;

export function evolve(state: DocumentState, event: DocumentEvent): DocumentState {
  switch (event.type) {
    case 'DocumentRegistered': {
      const { content: _content, ...record } = event.data;
      const original = { version: 1, amendmentId: null, ...originalValidity(record.decidedOn, record.term), inForceFrom: null, contentSha256: record.contentSha256 };
      return { ...record, publications: [], versions: [original], amendments: [] };
    }
    case 'DecisionPublished': {
      if (state === null) return state;
      return { ...state, publications: [...state.publications, publicationRecordOf(event.data, state)] };
    }
    case 'PublicationCorrected': {
      if (state === null) return state;
      const { publicationId, publication } = event.data;
      return { ...state, publications: state.publications.map((p) => (p.publicationId === publicationId ? publication : p)) };
    }
    case 'AmendmentProposed':
    case 'AmendmentApproved':
    case 'AmendmentAdopted':
      return state === null ? state : evolveAmendment(state, event);
    default:
      return assertNever(event);
  }
}

function decide(command: DocumentCommand, state: DocumentState): DocumentEvent[] {
  switch (command.type) {
    case 'RegisterDocument':
      return [decideRegister(command, state)];
    case 'PublishDecision':
      return decidePublish(command, state);
    case 'CorrectPublication':
      return decideCorrectPublication(command, state);
    case 'ProposeAmendment':
      return [decideProposeAmendment(command, state)];
    case 'ApproveAmendment':
      return [decideApproveAmendment(command, state)];
    case 'AdoptAmendment':
      return [decideAdoptAmendment(command, state)];
    default:
      return assertNever(command);
  }
}

function decideRegister(command: RegisterDocument, state: DocumentState): DocumentRegistered {
  const { data, today, context } = command;
  const documentId = requireText(data.id, 'id');
  const decidedOn = requireDate(data.decidedOn, 'decidedOn');
  const decidedBy = requireDistinctList(data.decidedBy, 'decidedBy').map((id) => requireParty(id, 'decidedBy'));
  const parties = requireDistinctList(data.parties ?? [], 'parties', true).map((id) => requireParty(id, 'parties'));
  const concerns = requireDistinctList(data.concerns, 'concerns').map((code) => requireMunicipalityCode(code, 'concerns'));
  const content = requireOptionalText(data.content, 'content');
  const registered: DocumentRegistered['data'] = {
    documentId,
    type: requireOneOf(data.type, DOCUMENT_TYPES, 'type'),
    title: requireText(data.title, 'title'),
    decidedOn,
    decidedBy: decidedBy.map((p) => p.id),
    concerns,
    content,
    contentSha256: content === null ? null : requireSha256(command.contentSha256),
    parties: parties.map((p) => p.id),
    term: requireTerm(data.term),
  };
  if (state !== null) throw alreadyExists('document', documentId);
  requireNotAfterToday(decidedOn, today, `The decision ${documentId} taken`, 'decidedOn');
  [...decidedBy, ...parties].forEach((party) => requireKnownParty(party, context.participants, context.functions));
  concerns.forEach((code) => {
    if (!context.participants.some((p) => p.municipality === code)) throw unknownReference('participant', code);
  });
  return { type: 'DocumentRegistered', data: registered };
}

/** The handler hashes the content; a missing or malformed hash is its mistake, not the client's. */
function requireSha256(hash: string | null): string {
  if (hash === null || !/^[0-9a-f]{64}$/.test(hash)) throw new Error('RegisterDocument with content needs its SHA-256 as 64 hex digits');
  return hash;
}

function requireTerm(term: RegisterDocument['data']['term']): DocumentTerm | null {
  if (term === null || term === undefined) return null;
  const from = requireDate(term.from, 'term.from');
  const until = requireOptionalDate(term.until, 'term.until');
  if (until !== null && until <= from) {
    throw invalidPeriod(`The term of the agreement ends on ${until}, which is not after its start on ${from}.`, { from, until });
  }
  return { from, until };
}

export const documentDecider: Decider<DocumentCommand, DocumentEvent, DocumentState> = { initialState, evolve, decide };
