import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { AuthenticatedSubject } from '../../auth/authenticated-subject';
import { readScopeOf } from '../../auth/read-scope';
import type { DocumentAnswer } from '../../documents/get-document/document-answer';
import { GetDocumentQuery } from '../../documents/get-document/get-document.query';
import { GetMissingApprovalsQuery } from '../../documents/missing-approvals/get-missing-approvals.query';
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
    const scope = readScopeOf(subject);
    const answer = await this.queryBus.execute(new GetDocumentQuery(documentId, time, scope));
    const missing = await this.queryBus.execute(new GetMissingApprovalsQuery(documentId, time, scope));
    return { answer, missing };
  }
}
