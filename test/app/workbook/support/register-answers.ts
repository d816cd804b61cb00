import { cellText, splitIds, type CellValue } from '../../../../apps/register/src/workbook/template/cell-values';
import type { WorkbookContent } from '../../../../apps/register/src/workbook/reading/workbook-content';
import type { RegisterClient } from '../../support/register-client';
import { rowsOf } from './workbook-content-edits';

const AXES = ['valid', 'inForce'] as const;
/** Enough dates to meet every period's edges, few enough that one comparison stays within seconds. */
const MAX_DATES = 12;
/** The authority questions multiply: fewer dates for them, each period's edges still among them. */
const MAX_AUTHORITY_DATES = 6;

/**
 * Every question the register answers about what a workbook holds, asked of
 * one service over HTTP: the participants, each document and mandate, the
 * pending publications, every organ's registers (granted and received) and the
 * authority of every grantee for every power and municipality the mandates
 * name (the first and last power of each mandate: one of every nature and
 * every chain), on the dates where periods begin and end (and the day before),
 * on both axes. `knownAt` is left out of the answers: an import records its facts
 * later than the register it came from did.
 */
export async function registerAnswers(client: RegisterClient, workbook: WorkbookContent): Promise<Record<string, unknown>> {
  const mandates = rowsOf(workbook, 'mandaten');
  const dates = questionDates(workbook);
  const answers: Record<string, unknown> = {};
  const ask = async (path: string): Promise<void> => {
    const response = await client.get(path);
    answers[path] = { status: response.status, body: withoutKnownAt(response.body) };
  };
  await ask('/participants');
  await ask('/publications/pending');
  for (const document of rowsOf(workbook, 'documenten')) for (const validOn of dates) await ask(`/documents/${cellText(document.kenmerk)}?validOn=${validOn}`);
  for (const mandate of mandates) for (const validOn of dates) for (const axis of AXES) await ask(`/mandates/${cellText(mandate.nummer)}?validOn=${validOn}&axis=${axis}`);
  const organs = distinct(mandates.flatMap((m) => [m['oorspronkelijk bevoegd orgaan'], m.mandataris, m.ondermandataris])).filter((party) => party.includes(':'));
  for (const organ of organs) {
    for (const validOn of dates) for (const axis of AXES) for (const received of ['', '/received']) await ask(`/registers/${organ}${received}?validOn=${validOn}&axis=${axis}`);
  }
  for (const question of authorityQuestions(mandates, spread(dates, MAX_AUTHORITY_DATES))) await ask(`/authority?${question}`);
  return answers;
}

function authorityQuestions(mandates: readonly Record<string, CellValue>[], dates: readonly string[]): string[] {
  const actors = distinct(mandates.flatMap((m) => [m.mandataris, m.ondermandataris]));
  const powers = distinct(mandates.flatMap((m) => [splitIds(m.bevoegdheid)[0], splitIds(m.bevoegdheid).at(-1)].filter((p) => p !== undefined)));
  const municipalities = distinct(mandates.flatMap((m) => splitIds(m.gemeenten)));
  const questions: string[] = [];
  for (const actor of actors) for (const power of powers) for (const municipality of municipalities) for (const validOn of dates) for (const axis of AXES) {
    questions.push(new URLSearchParams({ actor, power, municipality, validOn, axis }).toString());
  }
  return questions;
}

/** Where periods begin and end, and the day before each, spread evenly over at most MAX_DATES. */
function questionDates(workbook: WorkbookContent): string[] {
  const edges = [...rowsOf(workbook, 'mandaten').flatMap((m) => [m['geldig vanaf'], m['geldig tot']]), ...rowsOf(workbook, 'intrekkingen').map((r) => r['geldig tot']), ...rowsOf(workbook, 'bekendmakingen').map((p) => p['in werking vanaf'])];
  return spread(distinct(edges).flatMap((day) => [day, dayBefore(day)]).sort(), MAX_DATES);
}

function spread<T>(values: readonly T[], most: number): T[] {
  const step = Math.max(1, Math.ceil(values.length / most));
  return values.filter((_, i) => i % step === 0);
}

function distinct(values: readonly CellValue[]): string[] {
  return [...new Set(values.map(cellText).filter((text) => text !== ''))];
}

function dayBefore(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - 86_400_000).toISOString().slice(0, 10);
}

function withoutKnownAt(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutKnownAt);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'knownAt').map(([key, nested]) => [key, withoutKnownAt(nested)]));
}
