import { dialectOf, rulesOf } from '@register/database';
import { Brackets, type DataSource } from 'typeorm';
import { DecisionConcernEntity } from './decision-concern.entity';
import { PublicationStatusEntity } from './publication-status.entity';

/** One decision of the publication work list. */
export interface PendingPublication {
  readonly document: string;
  readonly type: string;
  readonly decidedOn: string;
  /** The organ that must publish it. */
  readonly publisher: string;
}

/** Which decisions a reader may see: all, or those concerning at least one of these municipalities. */
export type PendingPublicationScope = { readonly kind: 'everything' } | { readonly kind: 'municipalities'; readonly municipalities: readonly string[] };

/**
 * The decisions registered by `knownAt` and not published by then: the
 * versions recorded by then, not yet replaced, and still unpublished; an
 * indexed range lookup on recorded time. In a municipality scope, a decision
 * is listed when one of its concerns is among the scope's municipalities.
 * Ordered by decision date, then document id in code-unit order (PostgreSQL's
 * "C" collation, SQLite's default), whatever the database's locale.
 */
export async function pendingPublicationsKnownAt(
  dataSource: DataSource,
  knownAt: string,
  scope: PendingPublicationScope = { kind: 'everything' },
): Promise<PendingPublication[]> {
  if (scope.kind === 'municipalities' && scope.municipalities.length === 0) return [];
  const query = dataSource
    .getRepository(PublicationStatusEntity)
    .createQueryBuilder('status')
    .where('status.recordedFrom <= :knownAt', { knownAt })
    .andWhere(new Brackets((open) => open.where('status.recordedUntil IS NULL').orWhere('status.recordedUntil > :knownAt', { knownAt })))
    .andWhere('status.published = 0')
    .orderBy('status.decidedOn', 'ASC')
    .addOrderBy(`status.document_id${rulesOf(dialectOf(dataSource)).codeUnitOrder}`, 'ASC');
  if (scope.kind === 'municipalities') {
    const concerns = query
      .subQuery()
      .select('1')
      .from(DecisionConcernEntity, 'concern')
      .where('concern.documentId = status.documentId')
      .andWhere('concern.municipality IN (:...municipalities)');
    query.andWhere(`EXISTS ${concerns.getQuery()}`).setParameter('municipalities', scope.municipalities);
  }
  const rows = await query.getMany();
  return rows.map((row) => ({ document: row.documentId, type: row.type, decidedOn: row.decidedOn, publisher: row.publisher }));
}
