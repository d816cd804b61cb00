import type { AdoptAmendment, ApproveAmendment, ProposeAmendment } from '../documents/amendment.commands';
import type { AmendmentAdopted, AmendmentApproved, AmendmentProposed } from '../documents/amendment.events';
import type { DocumentRegistered } from '../documents/document.events';
import type { DocumentRecord } from '../documents/document.state';
import { PARTICIPANTS, TODAY } from './szmh-reference.fixture';

/**
 * The documents the amendment rules act on: the service agreement between
 * Maastricht and Meerssen 2026-2027 (GR SZMH art. 8) and the charter
 * 2026-2030 (art. 13), both adopted on 2026-01-27.
 */
const registered = (data: Partial<DocumentRegistered['data']> & Pick<DocumentRegistered['data'], 'documentId' | 'type'>): DocumentRegistered => ({
  type: 'DocumentRegistered',
  data: {
    title: data.documentId,
    decidedOn: '2026-01-27',
    decidedBy: ['college:GM0935'],
    concerns: ['GM0935'],
    content: null,
    contentSha256: null,
    parties: [],
    term: null,
    ...data,
  },
});

export const AGREEMENT = registered({
  documentId: 'dvo-gm0938-2026',
  type: 'agreement',
  title: 'Dienstverleningsovereenkomst SZMH Meerssen 2026-2027',
  decidedBy: ['college:GM0935', 'college:GM0938'],
  concerns: ['GM0935', 'GM0938'],
  parties: ['college:GM0935', 'college:GM0938'],
  term: { from: '2026-01-01', until: '2028-01-01' },
});

export const CHARTER = registered({
  documentId: 'dvh-2026-2030',
  type: 'charter',
  title: 'Dienstverleningshandvest SZMH 2026-2030',
  decidedBy: ['college:GM0935', 'college:GM1729', 'college:GM0938', 'college:GM0981', 'college:GM0994'],
  concerns: ['GM0935', 'GM0938', 'GM0981', 'GM0994', 'GM1729'],
  term: { from: '2026-01-01', until: '2031-01-01' },
});

export const ARRANGEMENT = registered({
  documentId: 'gr-szmh',
  type: 'arrangement',
  title: 'Gemeenschappelijke regeling SZMH',
  decidedOn: '2015-06-30',
  decidedBy: CHARTER.data.decidedBy,
  concerns: CHARTER.data.concerns,
});

/** The five colleges taking part since 2015; Eijsden-Margraten's left on 2021-07-01. */
export const PARTICIPATING_COLLEGES = ['college:GM0935', 'college:GM0938', 'college:GM0981', 'college:GM0994', 'college:GM1729'];

export const DECISION_OF_MEERSSEN: DocumentRecord = {
  documentId: 'doc-approval-gm0938',
  type: 'other',
  title: 'Instemming wijziging DVO',
  decidedOn: '2026-03-10',
  decidedBy: ['college:GM0938'],
  concerns: ['GM0938'],
  contentSha256: null,
  parties: [],
  term: null,
  publications: [],
};

export function propose(document: DocumentRegistered, overrides: Partial<ProposeAmendment['data']> = {}): ProposeAmendment {
  return {
    type: 'ProposeAmendment',
    data: { documentId: document.data.documentId, amendmentId: 'amendment-1', summary: 'Kostenverdeling herzien', validFrom: '2026-07-01', ...overrides },
    contentSha256: null,
  };
}

export function proposed(document: DocumentRegistered, overrides: Partial<AmendmentProposed['data']> = {}): AmendmentProposed {
  const { documentId, concerns } = document.data;
  return {
    type: 'AmendmentProposed',
    data: { documentId, amendmentId: 'amendment-1', summary: 'Kostenverdeling herzien', content: null, contentSha256: null, validFrom: '2026-07-01', concerns, ...overrides },
  };
}

export function approve(document: DocumentRegistered, organ: string, overrides: Partial<ApproveAmendment['data']> = {}, decision: DocumentRecord | null = null): ApproveAmendment {
  return {
    type: 'ApproveAmendment',
    data: { documentId: document.data.documentId, amendmentId: 'amendment-1', organ, ...overrides },
    today: TODAY,
    context: { participants: PARTICIPANTS, decision },
  };
}

export function approved(document: DocumentRegistered, organ: string, approvedOn = '2026-03-10', amendmentId = 'amendment-1'): AmendmentApproved {
  const { documentId, concerns } = document.data;
  return { type: 'AmendmentApproved', data: { documentId, amendmentId, organ, decision: null, approvedOn, concerns } };
}

export function adopt(document: DocumentRegistered, overrides: Partial<AdoptAmendment['data']> = {}): AdoptAmendment {
  return {
    type: 'AdoptAmendment',
    data: { documentId: document.data.documentId, amendmentId: 'amendment-1', adoptedOn: '2026-03-15', ...overrides },
    today: TODAY,
    context: { participants: PARTICIPANTS },
  };
}

/** Amendment 1 of `document` adopted on 2026-03-15 as version 2, valid from 2026-07-01 to the end of the term. */
export function adopted(document: DocumentRegistered, overrides: Partial<AmendmentAdopted['data']> = {}): AmendmentAdopted {
  const { documentId, concerns, term } = document.data;
  return {
    type: 'AmendmentAdopted',
    data: {
      documentId,
      amendmentId: 'amendment-1',
      adoptedOn: '2026-03-15',
      approvedBy: [...document.data.parties],
      version: 2,
      amendsVersion: 1,
      validFrom: '2026-07-01',
      validUntil: term?.until ?? null,
      inForceFrom: '2026-07-01',
      entryIntoForce: document.data.type === 'arrangement' ? 'publication' : 'adoption',
      contentSha256: null,
      concerns,
      ...overrides,
    },
  };
}
