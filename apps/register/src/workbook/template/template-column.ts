/**
 * How a cell is read and written: `ids` is a list of identifiers in one cell
 * (separated by `;`, `,` or line breaks), `lines` a list of sentences (one per
 * line, since a sentence may hold a comma), `label` one of a fixed set of
 * Dutch words (the API's English value is accepted too).
 */
export type CellKind = 'text' | 'id' | 'ids' | 'lines' | 'date' | 'amount' | 'yes-no' | 'label';

export interface TemplateColumn {
  /** The Dutch header in the sheet's first row, as the published registers name it. */
  readonly header: string;
  readonly kind: CellKind;
  /** A row without it is refused; some columns are required only for some rows (the explanation says which). */
  readonly required: boolean;
  /** For the registrar, on the sheet "toelichting". */
  readonly explanation: string;
}

export interface TemplateSheet {
  readonly name: string;
  readonly explanation: string;
  readonly columns: readonly TemplateColumn[];
}

export function column(header: string, kind: CellKind, required: boolean, explanation: string): TemplateColumn {
  return { header, kind, required, explanation };
}

/** A sheet of the template from its columns, which the parsers name by the keys of `columns`. */
export function sheet<C extends Record<string, TemplateColumn>>(name: string, explanation: string, columns: C): TemplateSheet & { readonly column: C } {
  return { name, explanation, columns: Object.values(columns), column: columns };
}
