import { DefaultNamingStrategy, type NamingStrategyInterface } from 'typeorm';

/** `mandateId` -> `mandate_id`: how an entity property is spelled as a column. */
export function snakeCase(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * Entities name their properties in camelCase, the tables their columns in
 * snake_case (as the tables of the first releases already did): this strategy
 * maps one onto the other, so an entity names a column only where it differs.
 */
export class SnakeCaseNamingStrategy extends DefaultNamingStrategy implements NamingStrategyInterface {
  override columnName(propertyName: string, customName: string | undefined, embeddedPrefixes: string[]): string {
    return customName ?? snakeCase([...embeddedPrefixes, propertyName].join('_'));
  }
}
