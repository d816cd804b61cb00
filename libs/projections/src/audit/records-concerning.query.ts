import { queryRows, type SqlExecutor, sql, sqlText } from '@register/database';
import { DOCUMENT_VERSIONS_TABLE } from '../documents/documents.tables';
import { compareText } from '../shared/compare-text';
import { MANDATE_VERSIONS_TABLE } from '../mandates/mandate-version.entity';

/**
 * The ids of every mandate and every document that concerned `municipality`
 * in some version the register had recorded by `knownAt`: a mandate by its
 * `municipalities`, its grantor's or its grantee's (domain: mandateConcerns),
 * a document by its `concerns`. What an audit bundle and the auditor's page
 * show of one municipality, ended and revoked ones included. Lists are JSON
 * arrays of CBS codes, `GM` and four digits, so the quoted code matches that
 * element alone; organs end in `:GMxxxx`, functions start with `GMxxxx.`.
 */
export async function recordsConcerning(executor: SqlExecutor, municipality: string, knownAt: string): Promise<{ mandates: string[]; documents: string[] }> {
  if (!/^GM\d{4}$/.test(municipality)) throw new Error(`not a CBS municipality code: ${JSON.stringify(municipality)}`);
  const element = `%"${municipality}"%`;
  const mandates = await queryRows<{ id: string }>(
    executor,
    sql`SELECT DISTINCT mandate_id AS id FROM ${sqlText(MANDATE_VERSIONS_TABLE)}
        WHERE (municipalities LIKE ${element} OR grantor LIKE ${`%:${municipality}`} OR grantee LIKE ${`%:${municipality}`} OR grantee LIKE ${`${municipality}.%`})
          AND recorded_from <= ${knownAt}`,
  );
  const documents = await queryRows<{ id: string }>(
    executor,
    sql`SELECT DISTINCT document_id AS id FROM ${sqlText(DOCUMENT_VERSIONS_TABLE)} WHERE concerns LIKE ${element} AND recorded_from <= ${knownAt}`,
  );
  // Sorted here, by code unit: the databases' collations would order the ids differently.
  return { mandates: mandates.map((row) => row.id).sort(compareText), documents: documents.map((row) => row.id).sort(compareText) };
}
