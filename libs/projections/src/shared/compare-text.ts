/**
 * Orders by UTF-16 code units, not by locale: dates `YYYY-MM-DD` then sort
 * chronologically, and tie-breaks on identifiers come out the same on every
 * machine (and as a SQL `ORDER BY` with a binary collation would).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
