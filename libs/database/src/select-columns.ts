import { snakeCase } from './snake-case-naming.strategy';
import { sqlText, type SqlStatement, sql } from './sql';

/**
 * The select list of `properties` of an entity, each column aliased to its
 * property (`mandate_id AS "mandateId"`), so a hand-written query answers rows
 * shaped like `Pick<Entity, K>`: the list and the row type come from the same
 * property names and cannot drift apart. `alias` qualifies the columns.
 */
export function selectColumns<Entity>(properties: readonly (keyof Entity & string)[], alias?: string): SqlStatement {
  const prefix = alias === undefined ? '' : `${alias}.`;
  return sql`${sqlText(properties.map((property) => `${prefix}${snakeCase(property)} AS "${property}"`).join(', '))}`;
}
