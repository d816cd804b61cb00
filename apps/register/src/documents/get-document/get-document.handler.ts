import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { documentKnownAt, versionInForceOn } from '@register/projections';
import type { DataSource } from 'typeorm';
import { mayRead } from '../../auth/read-scope';
import { REGISTER_DATA_SOURCE } from '../../event-store/register-data-source';
import { ProblemError } from '../../http/problem/problem.error';
import { resolveTemporalQuery } from '../../http/validation/temporal-query.dto';
import { CLOCK, type Clock } from '../../write-side/clock';
import type { DocumentAnswer } from './document-answer';
import { GetDocumentQuery } from './get-document.query';

/**
 * The document as known at `knownAt`, read from the documents read model
 * (DocumentsProjection in @register/projections), with the version that
 * applies on `validOn` on the asked axis.
 *
 * The read model keeps a document's concerns as JSON beside its one row per
 * version, so the auditor's scope is checked here, after the lookup by id.
 */
@QueryHandler(GetDocumentQuery)
export class GetDocumentHandler implements IQueryHandler<GetDocumentQuery> {
  constructor(
    @Inject(REGISTER_DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ documentId, temporal, scope }: GetDocumentQuery): Promise<DocumentAnswer> {
    const { validOn, knownAt, axis } = resolveTemporalQuery(temporal, this.clock);
    const document = await documentKnownAt(this.dataSource, documentId, knownAt);
    // An auditor of another municipality must not learn that the document exists: same answer as for an unknown id.
    if (document === null || !mayRead(scope, document.concerns)) {
      throw ProblemError.notFound(`The register held no document ${documentId} at ${knownAt}.`);
    }
    return { document, versionInForce: versionInForceOn(document, validOn, axis) };
  }
}
