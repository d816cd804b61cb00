/** A CBS municipality code wherever it stands: alone (`GM0981`), in an organ (`college:GM0981`), a function (`GM0981.x`) or a text. */
const CBS_CODE = /GM\d{4}/g;

/**
 * How a read "concerns" a municipality, for the access log (issue 14): when
 * its path or query names it (a municipality, an organ or a function of it),
 * or when what it answered shows its code (the JSON, CSV or HTML sent). The
 * register writes a municipality's code into everything that belongs to it
 * (a mandate's municipalities and parties, a document's concerns, an event's
 * metadata), so an answer that showed anything of Vaals shows GM0981. This
 * asks nothing of the routes, so a route added later is covered too; it may
 * count a read for a municipality it only mentions (a list of participants
 * concerns them all), never miss one whose data it sent as text. A binary
 * answer (ZIP, PDF) counts by its parameters.
 */
export function municipalitiesIn(texts: Iterable<string>, into: Set<string> = new Set()): Set<string> {
  for (const text of texts) for (const [code] of text.matchAll(CBS_CODE)) into.add(code);
  return into;
}

/** The texts of a parsed query or path parameters: values, and the items of repeated ones. */
export function parameterTexts(parameters: unknown): string[] {
  if (parameters === null || typeof parameters !== 'object') return [];
  return Object.values(parameters as Record<string, unknown>).flatMap((value) => (Array.isArray(value) ? value : [value])).filter((value): value is string => typeof value === 'string');
}
