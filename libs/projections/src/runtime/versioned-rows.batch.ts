import type { Closing } from './multi-row-statements';

/** A row of a bitemporal table: open in recorded time while `recordedUntil` is null. */
export interface VersionedRow {
  readonly recordedUntil: string | null;
}

export interface VersionedRowsOptions<Row extends VersionedRow> {
  /** The key a change looks its row up by (a mandate id; a document id and version), as the table's key columns hold it. */
  readonly keyOf: (row: Row) => readonly unknown[];
  /** Whether a change finds `row`: the projection's SQL condition for the row it closes, in code. */
  readonly isOpen: (row: Row) => boolean;
}

/**
 * One step's changes to a bitemporal table, folded in memory into the rows
 * that applying its events one by one would leave, so that the step writes
 * them with a few multi-row statements instead of round trips per change.
 *
 * A change finds the open row of its key where applying event by event would:
 * a row written earlier in the step is closed here, before it is ever
 * inserted; one stored before the step (`stored`, read once at its start) is
 * closed by `closings`. A change that finds no open row changes nothing.
 */
export class VersionedRowsBatch<Row extends VersionedRow> {
  private readonly rows: Row[] = [];
  /** Index in `rows` of the open row of each key this step wrote one for. */
  private readonly openInStep = new Map<string, number>();
  private readonly openStored = new Map<string, Row>();
  private readonly closedStored: Closing[] = [];

  constructor(
    stored: readonly Row[],
    private readonly options: VersionedRowsOptions<Row>,
  ) {
    for (const row of stored) if (options.isOpen(row)) this.openStored.set(keyText(options.keyOf(row)), row);
  }

  /** The rows to insert, in the order of the events that wrote them. */
  get inserts(): readonly Row[] {
    return this.rows;
  }

  /** The rows stored before the step that it closes, each at the instant of the change that closed it. */
  get closings(): readonly Closing[] {
    return this.closedStored;
  }

  add(row: Row): void {
    const index = this.rows.push(row) - 1;
    if (this.options.isOpen(row)) this.openInStep.set(keyText(this.options.keyOf(row)), index);
  }

  /** The open row of `key` as the step has it so far, without closing it; undefined when there is none. */
  current(key: readonly unknown[]): Row | undefined {
    const index = this.openInStep.get(keyText(key));
    return index === undefined ? this.openStored.get(keyText(key)) : this.rows[index];
  }

  /** Closes the open row of `key` at `recordedAt` and adds `next` of it; nothing when `key` has no open row. */
  replace(key: readonly unknown[], next: (current: Row) => Row, recordedAt: string): void {
    const current = this.close(key, recordedAt);
    if (current !== undefined) this.add(next(current));
  }

  private close(key: readonly unknown[], recordedUntil: string): Row | undefined {
    const text = keyText(key);
    const index = this.openInStep.get(text);
    if (index !== undefined) {
      this.openInStep.delete(text);
      const current = this.rows[index];
      this.rows[index] = { ...current, recordedUntil };
      return current;
    }
    const stored = this.openStored.get(text);
    if (stored === undefined) return undefined;
    this.openStored.delete(text);
    this.closedStored.push({ key, recordedUntil });
    return stored;
  }
}

function keyText(key: readonly unknown[]): string {
  return JSON.stringify(key);
}
