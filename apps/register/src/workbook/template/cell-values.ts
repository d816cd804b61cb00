/** A cell as a workbook or CSV file gives it: a spreadsheet may hold a real date, number or truth value. */
export type CellValue = string | number | boolean | Date | null;

/** What went wrong with one cell, in Dutch, for the registrar. */
export type CellReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): CellReading<T> => ({ ok: true, value });
const wrong = (message: string): CellReading<never> => ({ ok: false, message });

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** As Dutch registers write dates: 29-01-2026 or 29-1-2026. */
const DUTCH_DATE = /^(\d{1,2})-(\d{1,2})-(\d{4})$/;

/** The cell as text, trimmed; a number keeps its digits, a date its ISO form. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * A calendar date: a date cell, `2026-01-29` or `29-01-2026`. A date cell
 * holds no time zone in the file; the library hands it over as midnight UTC,
 * so its UTC date is the date the registrar typed.
 */
export function readDate(value: CellValue): CellReading<string> {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? wrong('is geen geldige datum') : ok(value.toISOString().slice(0, 10));
  const text = cellText(value);
  const iso = ISO_DATE.exec(text);
  const dutch = DUTCH_DATE.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : undefined;
  if (parts === undefined) return wrong(`"${text}" is geen datum; schrijf 29-01-2026 of 2026-01-29`);
  const [year, month, day] = parts;
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? ok(date) : wrong(`${text} bestaat niet als datum`);
}

/**
 * Euros: a number cell, or text such as `5000`, `5000,50` or `€ 5000`. A
 * separator followed by three digits (`5.000`) could be a thousands separator
 * or decimals, so it is refused rather than guessed, as the API refuses it.
 */
export function readAmount(value: CellValue): CellReading<number> {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? ok(value) : wrong('is geen bedrag van 0 of meer');
  const text = cellText(value).replace(/^€\s*/, '');
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (match === null) return wrong(`"${cellText(value)}" is geen bedrag; schrijf het zonder scheiding van duizendtallen, zoals 5000 of 5000,50`);
  return ok(Number(`${match[1]}.${match[2] ?? '0'}`));
}

const YES = new Set(['ja', 'j', 'yes', 'true', '1']);
const NO = new Set(['nee', 'n', 'no', 'false', '0']);

export function readYesNo(value: CellValue): CellReading<boolean> {
  if (typeof value === 'boolean') return ok(value);
  const text = cellText(value).toLowerCase();
  if (YES.has(text)) return ok(true);
  if (NO.has(text)) return ok(false);
  return wrong(`"${cellText(value)}" is geen ja of nee`);
}

/** Identifiers in one cell, separated by `;`, `,` or line breaks. */
export function splitIds(value: CellValue): string[] {
  return cellText(value)
    .split(/[;,\r\n]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Sentences in one cell, one per line. */
export function splitLines(value: CellValue): string[] {
  return cellText(value)
    .split(/\r?\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
