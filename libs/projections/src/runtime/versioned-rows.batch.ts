import { type EntityManager, In, type ObjectLiteral } from 'typeorm';
import { type Closing, closeVersions, findByKeys, insertRows, type VersionedTable } from './multi-row-statements';

/** A row of a bitemporal table: open in recorded time while `recordedUntil` is null. */
export interface VersionedRow {
  readonly recordedUntil: string | null;
}

/**
 * One step's changes to a bitemporal table, folded in memory into the rows
 * that applying its events one by one would leave, so that the step writes
 * them with a few multi-row statements instead of round trips per change.
 *
 * A change finds the open row of its key where applying event by event would:
 * a row written earlier in the step is closed here, before it is ever
 * inserted; one stored before the step (read once at its start, `load`) is
 * closed when the step is written. A change that finds no open row changes
 * nothing. `write` then closes those stored versions with one UPDATE and
 * inserts the step's rows with multi-row INSERTs.
 */
export class VersionedRowsBatch<Row extends VersionedRow & ObjectLiteral> {
  private readonly rows: Row[] = [];
  /** Index in `rows` of the open row of each key this step wrote one for. */
  private readonly openInStep = new Map<string, number>();
  private readonly openStored = new Map<string, Row>();
  private readonly closedStored: Closing[] = [];

  constructor(
    private readonly table: VersionedTable<Row>,
    stored: readonly Row[],
  ) {
    for (const row of stored) if (table.open.test(row)) this.openStored.set(keyText(this.keyOf(row)), row);
  }

  /** A batch for a step whose changes look up rows by `lookedUp`: the open versions stored for them, read once. */
  static async load<Row extends VersionedRow & ObjectLiteral>(tx: EntityManager, table: VersionedTable<Row>, lookedUp: Iterable<unknown>): Promise<VersionedRowsBatch<Row>> {
    const [key] = table.keyProperties;
    const stored = await findByKeys([...new Set(lookedUp)], (chunk) => tx.find(table.entity, { where: { ...table.open.where, [key]: In(chunk) } }));
    return new VersionedRowsBatch(table, stored);
  }

  /** Closes the stored versions the step closed and inserts its rows. */
  async write(tx: EntityManager): Promise<void> {
    await closeVersions(tx, this.table, this.closedStored);
    await insertRows(tx, this.table.entity, this.rows);
  }

  add(row: Row): void {
    const index = this.rows.push(row) - 1;
    if (this.table.open.test(row)) this.openInStep.set(keyText(this.keyOf(row)), index);
  }

  /** The open row of `key` as the step has it so far, without closing it; undefined when there is none. */
  current(key: readonly unknown[]): Row | undefined {
    const index = this.openInStep.get(keyText(key));
    return index === undefined ? this.openStored.get(keyText(key)) : this.rows[index];
  }

  /** Every open row as the step has it so far: those loaded and not closed, and those the step added. */
  openRows(): Row[] {
    return [...this.openStored.values(), ...[...this.openInStep.values()].map((index) => this.rows[index])];
  }

  /** Closes the open row of `key` at `recordedAt` and adds `next` of it; nothing when `key` has no open row. */
  replace(key: readonly unknown[], next: (current: Row) => Row, recordedAt: string): void {
    const current = this.close(key, recordedAt);
    if (current !== undefined) this.add(next(current));
  }

  private keyOf(row: Row): unknown[] {
    return this.table.keyProperties.map((property) => row[property]);
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
