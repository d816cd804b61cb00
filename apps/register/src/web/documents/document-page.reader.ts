import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { AmendmentView, DocumentView, ParticipantListEntry } from '@register/projections';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { readScopeOf } from '../../auth/read-scope';
import type { DocumentAnswer } from '../../documents/get-document/document-answer';
import { GetDocumentQuery } from '../../documents/get-document/get-document.query';
import { ListParticipantsQuery } from '../../participants/list-participants/list-participants.query';
import type { TemporalFields } from '../shared/temporal-fields';

/** A document as its page shows it, with who still has to approve each amendment. */
export interface DocumentPage {
  readonly answer: DocumentAnswer;
  /** Amendment id → the organs whose approval is still missing (domain.md: art 8 lid 5, art 13 lid 4, art 19 lid 2). */
  readonly missing: ReadonlyMap<string, readonly string[]>;
}

@Injectable()
export class DocumentPageReader {
  constructor(private readonly queryBus: QueryBus) {}

  async read(documentId: string, time: TemporalFields, subject: AuthenticatedSubject): Promise<DocumentPage> {
    const answer = await this.queryBus.execute(new GetDocumentQuery(documentId, time, readScopeOf(subject)));
    const participants = await this.queryBus.execute(new ListParticipantsQuery({ validOn: time.validOn, knownAt: time.knownAt }));
    const missing = new Map(answer.document.amendments.map((amendment) => [amendment.id, missingApprovals(answer.document, amendment, participants)]));
    return { answer, missing };
  }
}

/**
 * Who must approve: an agreement's parties; for the charter every college
 * taking part on the amendment's validFrom, for the arrangement their councils
 * too. An adopted amendment misses nobody.
 */
function missingApprovals(document: DocumentView, amendment: AmendmentView, participants: readonly ParticipantListEntry[]): string[] {
  if (amendment.status === 'adopted') return [];
  const approved = new Set(amendment.approvals.map((approval) => approval.organ));
  return requiredApprovers(document, amendment.validFrom, participants).filter((organ) => !approved.has(organ));
}

function requiredApprovers(document: DocumentView, on: string, participants: readonly ParticipantListEntry[]): string[] {
  if (document.type !== 'charter' && document.type !== 'arrangement') return [...document.parties];
  const taking = participants.filter((p) => p.joinedOn <= on && (p.exitOn === null || on < p.exitOn)).map((p) => p.municipality);
  const colleges = taking.map((code) => `college:${code}`);
  return document.type === 'arrangement' ? [...colleges, ...taking.map((code) => `raad:${code}`)] : colleges;
}
