import fc from 'fast-check';
import { ID_PATTERN, type WriteRoute } from '../routes/write-route';
import { bodyCase, withField } from './body-mutations';
import type { MalformedCase } from './malformed-case';

/** Fixed, so that a failing case comes back on every run; change it to explore other values. */
const MALFORMED_SEED = 20260127;
const PER_FAMILY = 3;

const REAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a YYYY-MM-DD day that exists in the calendar. */
function isRealDate(text: string): boolean {
  const match = REAL_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

const impossibleDate = fc
  .tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }))
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
  .filter((text) => !isRealDate(text));
const notADate = fc.oneof(impossibleDate, fc.string({ maxLength: 12 }).filter((text) => !isRealDate(text)));
const notAnIdentifier = fc.string({ maxLength: 140, unit: 'grapheme' }).filter((text) => !ID_PATTERN.test(text));
const notAString = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.array(fc.string(), { minLength: 1, maxLength: 3 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.string(), { minKeys: 1, maxKeys: 2 }));

function sample<T>(arbitrary: fc.Arbitrary<T>, seed: number): T[] {
  return fc.sample(arbitrary, { seed, numRuns: PER_FAMILY });
}

function fieldsOf(route: WriteRoute, kinds: readonly string[]): string[] {
  return Object.entries(route.fields)
    .filter(([, spec]) => kinds.includes(spec.kind))
    .map(([field]) => field);
}

/** One random value per sample, put in a field picked at random among `fields`. */
function randomFieldCases(route: WriteRoute, family: string, fields: string[], values: fc.Arbitrary<unknown>, seed: number): MalformedCase[] {
  if (fields.length === 0) return [];
  const picks = sample(fc.tuple(fc.constantFrom(...fields), values), seed);
  return picks.map(([field, value], i) =>
    bodyCase(route, `random ${family} #${i + 1} in ${field}: ${JSON.stringify(value).slice(0, 60)}`, withField(route.validBody, field, value)),
  );
}

function randomUnknownFieldCases(route: WriteRoute, seed: number): MalformedCase[] {
  const known = new Set(Object.keys(route.fields));
  const name = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,15}$/).filter((key) => !known.has(key));
  return sample(fc.tuple(name, fc.jsonValue({ maxDepth: 2 })), seed).map(([key, value], i) =>
    bodyCase(route, `random unknown field #${i + 1} ${key}`, { ...route.validBody, [key]: value }, { statuses: [400], validationErrorOn: key }),
  );
}

/**
 * Extra variety from fast-check, reproducible through MALFORMED_SEED: random
 * unknown fields, strings that are no identifier in identifier fields,
 * strings that are no calendar day in date fields, and non-strings in text fields.
 */
export function randomBodyMutations(route: WriteRoute, routeIndex: number): MalformedCase[] {
  const seed = MALFORMED_SEED + routeIndex * 10;
  return [
    ...randomUnknownFieldCases(route, seed),
    ...randomFieldCases(route, 'non-identifier', fieldsOf(route, ['id', 'reference']), notAnIdentifier, seed + 1),
    ...randomFieldCases(route, 'non-date', fieldsOf(route, ['date']), notADate, seed + 2),
    ...randomFieldCases(route, 'non-string', fieldsOf(route, ['text', 'id', 'reference', 'date']), notAString, seed + 3),
  ];
}
