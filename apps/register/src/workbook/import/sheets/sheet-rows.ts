import type { TemplateColumn } from '../../template/template-column';
import type { RowReader } from '../row-reader';
import { validatedBody } from '../row-validation';

/** Each field of a command named by the header of the column that holds it. */
export function headersOf<K extends string>(columns: Readonly<Record<K, TemplateColumn>>): Readonly<Record<K, string>> {
  return Object.fromEntries(Object.entries<TemplateColumn>(columns).map(([field, column]) => [field, column.header])) as Record<K, string>;
}

/**
 * The row's fields as the API's request DTO validates them, or undefined when
 * a cell could not be read or the DTO refuses a field (the reader then holds
 * the problems). Cells that are empty are left out, as a client leaves out an
 * optional field.
 */
export async function validRow<T extends object>(
  reader: RowReader,
  dto: new () => T,
  fields: Readonly<Record<string, unknown>>,
  columns: Readonly<Record<string, string>>,
): Promise<T | undefined> {
  if (reader.problems.length > 0) return undefined;
  const body = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const validated = await validatedBody(dto, body, reader.at, columns);
  if ('problems' in validated) {
    reader.problems.push(...validated.problems);
    return undefined;
  }
  return validated.body;
}
