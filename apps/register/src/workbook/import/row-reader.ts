import { type CellReading, type CellValue, cellText, readAmount, readDate, readYesNo, splitIds, splitLines } from '../template/cell-values';
import { describeLabels, type LabelSet, valueOfLabel } from '../template/dutch-labels';
import type { TemplateColumn } from '../template/template-column';
import type { SheetRow } from '../reading/workbook-content';
import { cellProblem, type ImportProblem, type RowRef } from './import-problem';

/**
 * Reads the cells of one row by their template column and collects what is
 * wrong with them, so a row reports every bad cell at once. A reader method
 * answers undefined for an empty optional cell and for a cell it could not
 * read (then `problems` says why); the row is written only without problems.
 */
export class RowReader {
  readonly problems: ImportProblem[] = [];

  constructor(
    readonly at: RowRef,
    private readonly row: SheetRow,
  ) {}

  /** Whether the cell holds anything. */
  has(column: TemplateColumn): boolean {
    return this.raw(column) !== null;
  }

  text(column: TemplateColumn): string | undefined {
    return this.read(column, (value) => ({ ok: true, value: cellText(value) }));
  }

  /** Text kept exactly as the cell holds it (a document's text, whose SHA-256 the register keeps). */
  verbatim(column: TemplateColumn): string | undefined {
    return this.read(column, (value) => ({ ok: true, value: typeof value === 'string' ? value : cellText(value) }));
  }

  date(column: TemplateColumn): string | undefined {
    return this.read(column, readDate);
  }

  amount(column: TemplateColumn): number | undefined {
    return this.read(column, readAmount);
  }

  yesNo(column: TemplateColumn): boolean | undefined {
    return this.read(column, readYesNo);
  }

  ids(column: TemplateColumn): string[] | undefined {
    return this.read(column, (value) => ({ ok: true, value: splitIds(value) }));
  }

  lines(column: TemplateColumn): string[] | undefined {
    return this.read(column, (value) => ({ ok: true, value: splitLines(value) }));
  }

  label(column: TemplateColumn, labels: LabelSet): string | undefined {
    return this.read(column, (value) => {
      const found = valueOfLabel(labels, cellText(value));
      return found === undefined ? { ok: false, message: `"${cellText(value)}" is geen ${describeLabels(labels)}` } : { ok: true, value: found };
    });
  }

  /** A problem of the row that no single cell shows (a column required only for some rows). */
  require(column: TemplateColumn, why: string): void {
    if (!this.has(column)) this.problems.push(cellProblem(this.at, column.header, `is verplicht ${why}`));
  }

  private read<T>(column: TemplateColumn, reading: (value: CellValue) => CellReading<T>): T | undefined {
    const value = this.raw(column);
    if (value === null) {
      if (column.required) this.problems.push(cellProblem(this.at, column.header, 'is verplicht'));
      return undefined;
    }
    const result = reading(value);
    if (result.ok) return result.value;
    this.problems.push(cellProblem(this.at, column.header, result.message));
    return undefined;
  }

  private raw(column: TemplateColumn): CellValue {
    return this.row.cells.get(column.header) ?? null;
  }
}
