import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { MandateVersionEntity } from './mandate-version.entity';

/**
 * The ids of every mandate ever granted under `parentMandateId`, revoked and
 * corrected ones included, in the order they were granted. The parent is
 * fixed at grant, so every version of a child names it and the first version
 * (the lowest position) is the grant; the parent index answers this without
 * reading other mandates. Grandchildren name their own parent, not this one.
 */
export async function childMandateIds(dataSource: DataSource, parentMandateId: string): Promise<string[]> {
  const rows = await childMandateIdsQuery(dataSource, parentMandateId).getRawMany<Pick<MandateVersionEntity, 'mandateId'>>();
  return rows.map((row) => row.mandateId);
}

/** The query of childMandateIds; the int-spec reads its plan. */
export function childMandateIdsQuery(dataSource: DataSource, parentMandateId: string): SelectQueryBuilder<MandateVersionEntity> {
  return dataSource
    .getRepository(MandateVersionEntity)
    .createQueryBuilder('version')
    .select('version.mandateId', 'mandateId')
    .where('version.parentMandateId = :parentMandateId', { parentMandateId })
    .groupBy('version.mandateId')
    .orderBy('MIN(version.position)');
}
