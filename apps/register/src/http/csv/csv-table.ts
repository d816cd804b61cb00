/** A cell of a CSV table the register writes: lists are joined by `;`, null is an empty field. */
export type CsvCell = string | number | null | readonly string[];

/** A table as CSV (RFC 4180): the header row, then the rows, each line ended by CRLF. */
export function writeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** One field: quoted, with its quotes doubled, when it holds a comma, a quote or a line break (RFC 4180 section 2). */
export function csvField(cell: CsvCell): string {
  const text = cell === null ? '' : typeof cell === 'string' || typeof cell === 'number' ? String(cell) : cell.join(';');
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
