import type { DocumentType } from '@register/domain';
import { dialectOf, rulesOf } from '@register/database';
import { Brackets, type DataSource } from 'typeorm';
import { DecisionConcernEntity } from './decision-concern.entity';
import { PublicationDutyEntity } from './publication-duty.entity';
import { OWN } from './publication-rows';

/** One decision of the publication work list (api.md). */
export interface PendingPublication {
  readonly document: string;
  /** Null except for an adopted amendment of the arrangement, which is published as such (GR SZMH art. 27). */
  readonly amendmentId: string | null;
  readonly type: string;
  readonly title: string;
  /** The document's decision date; an amendment's adoption date. */
  readonly decidedOn: string;
  readonly concerns: readonly string[];
  /** The organ that must publish it. */
  readonly publisher: string;
}

/** Which decisions a reader may see: all, or those concerning at least one of these municipalities. */
export type PendingPublicationScope = { readonly kind: 'everything' } | { readonly kind: 'municipalities'; readonly municipalities: readonly string[] };

/** Optional filters of the work list: `?publisher=college:GM0935`. */
export interface PendingPublicationFilter {
  readonly publisher?: string;
}

/**
 * The document types the work list tracks: the decisions of an organ with
 * general scope, which do not enter into force before they are published in
 * the right sheet (Awb 3:40, 3:42), and the arrangement, which with each
 * amendment enters into force by the central college's publication (GR SZMH
 * art. 27, Wgr art. 26). The charter and the (model) agreements are in force
 * from their adoption, and `other` says nothing about what a document is, so
 * listing them would only bury the decisions that must be published.
 */
export const DECISIONS_TO_PUBLISH: readonly DocumentType[] = ['mandate-decision', 'sub-mandate-decision', 'revocation-decision', 'exit-decision', 'arrangement'];

/**
 * The decisions registered (or amendments adopted) by `knownAt` and not
 * brought into force by a publication in the right sheet by then: the duties
 * recorded by then, not yet replaced, and not in force; an indexed range
 * lookup on recorded time. A decision stays on the list until a publication
 * counts: one in the Staatscourant or another municipality's gemeenteblad
 * leaves it there. In a municipality scope, a decision is listed when one of
 * its concerns is among the scope's municipalities. Ordered by decision date,
 * then document id and amendment (the document's own first) in code-unit
 * order (PostgreSQL's "C" collation, SQLite's default), whatever the
 * database's locale.
 */
export async function pendingPublicationsKnownAt(
  dataSource: DataSource,
  knownAt: string,
  scope: PendingPublicationScope = { kind: 'everything' },
  filter: PendingPublicationFilter = {},
): Promise<PendingPublication[]> {
  if (scope.kind === 'municipalities' && scope.municipalities.length === 0) return [];
  const codeUnits = rulesOf(dialectOf(dataSource)).codeUnitOrder;
  const query = dataSource
    .getRepository(PublicationDutyEntity)
    .createQueryBuilder('duty')
    .where('duty.recordedFrom <= :knownAt', { knownAt })
    .andWhere(new Brackets((open) => open.where('duty.recordedUntil IS NULL').orWhere('duty.recordedUntil > :knownAt', { knownAt })))
    .andWhere('duty.inForce = 0')
    .andWhere('duty.type IN (:...types)', { types: DECISIONS_TO_PUBLISH })
    .orderBy('duty.decidedOn', 'ASC')
    .addOrderBy(`duty.document_id${codeUnits}`, 'ASC')
    .addOrderBy(`duty.amendment_id${codeUnits}`, 'ASC');
  if (filter.publisher !== undefined) query.andWhere('duty.publisher = :publisher', { publisher: filter.publisher });
  if (scope.kind === 'municipalities') {
    const concerns = query
      .subQuery()
      .select('1')
      .from(DecisionConcernEntity, 'concern')
      .where('concern.documentId = duty.documentId')
      .andWhere('concern.municipality IN (:...municipalities)');
    query.andWhere(`EXISTS ${concerns.getQuery()}`).setParameter('municipalities', scope.municipalities);
  }
  const rows = await query.getMany();
  return rows.map((row) => ({
    document: row.documentId,
    amendmentId: row.amendmentId === OWN ? null : row.amendmentId,
    type: row.type,
    title: row.title,
    decidedOn: row.decidedOn,
    concerns: JSON.parse(row.concerns) as string[],
    publisher: row.publisher,
  }));
}
