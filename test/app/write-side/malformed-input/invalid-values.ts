import { STATUTORY_BASIS } from '../../support/szmh-parties.fixture';
import type { FieldKind, FieldSpec } from '../routes/write-route';

/** A value that can never be valid in a field of some kind, with what is wrong with it. */
export type InvalidValue = readonly [label: string, value: unknown];

/** api.md: identifiers match ^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$. */
const INVALID_IDENTIFIERS: readonly InvalidValue[] = [
  ['a space', 'mandate gm0938'],
  ['a slash', 'mandate/gm0938'],
  ['a backslash', 'mandate\\gm0938'],
  ['a leading dot', '.mandate-gm0938'],
  ['a leading dash', '-mandate-gm0938'],
  ['129 characters', 'm'.repeat(129)],
  ['10,000 characters', 'm'.repeat(10_000)],
  ['a letter with a diaeresis', 'mandaat-geüpdatet'],
  ['an emoji', 'mandate-\u{1F600}'],
  ['a newline', 'mandate\ngm0938'],
  ['percent-encoding', 'mandate%2Fgm0938'],
  ['the empty string', ''],
];

/** api.md: dates are YYYY-MM-DD, real calendar days. */
const INVALID_DATES: readonly InvalidValue[] = [
  ['30 February', '2026-02-30'],
  ['month 13', '2026-13-01'],
  ['month 0', '2026-00-10'],
  ['29 February of a common year', '2025-02-29'],
  ['a two-digit year', '26-01-01'],
  ['no leading zeros', '2026-1-1'],
  ['day-month-year order', '01-01-2026'],
  ['slashes', '2026/01/01'],
  ['an instant instead of a date', '2026-01-01T00:00:00.000Z'],
  ['the empty string', ''],
  ['a number', 20260101],
];

const NOT_A_STRING: readonly InvalidValue[] = [
  ['a number', 42],
  ['a boolean', true],
  ['an object', { value: 'x' }],
  ['a list', ['x']],
];

const NOT_A_LIST: readonly InvalidValue[] = [
  ['a bare string', 'college:GM0938'],
  ['an object', { 0: 'college:GM0938' }],
  ['a list holding a number', [42]],
  ['a list holding null', [null]],
];

function invalidEnumValues(values: readonly string[]): InvalidValue[] {
  return [
    ['a value api.md does not list', 'not-a-listed-value'],
    ['upper case', values[0].toUpperCase()],
    ['a trailing space', `${values[0]} `],
    ['a number', 1],
    ['the empty string', ''],
  ];
}

const BY_KIND: Record<FieldKind, (spec: FieldSpec) => readonly InvalidValue[]> = {
  id: () => [...INVALID_IDENTIFIERS, ...NOT_A_STRING],
  reference: () => [...INVALID_IDENTIFIERS.slice(0, 6), ...NOT_A_STRING],
  references: () => [...NOT_A_LIST, ['a list holding a malformed identifier', ['college GM0938']]],
  text: () => NOT_A_STRING,
  texts: () => [['a bare string', 'Report quarterly'], ['a list holding a number', [42]], ['a list holding an object', [{}]], ['an object', {}]],
  date: () => INVALID_DATES,
  enum: (spec) => invalidEnumValues(spec.values ?? ['value']),
  boolean: () => [['the string "true"', 'true'], ['the number 1', 1], ['"yes"', 'yes'], ['an object', {}]],
  amount: () => [['a negative amount', -1], ['a string', '25000'], ['a boolean', true], ['an object', {}], ['a list', [25000]]],
  consentBasis: () => [
    ['a type api.md does not list', { type: 'implied', citation: 'Wgr art. 8 lid 4' }],
    ['statutory without citation', { type: 'statutory' }],
    ['consent without document', { type: 'consent' }],
    ['a citation that is a number', { type: 'statutory', citation: 8 }],
    ['a consent document with a malformed id', { type: 'consent', document: 'doc consent' }],
    ['an unknown field inside', { ...STATUTORY_BASIS, grantedBy: 'college:GM0935' }],
    ['a bare string', 'Wgr art. 8 lid 4'],
    ['an empty object', {}],
  ],
  term: () => [
    ['an impossible from', { from: '2026-13-01' }],
    ['an impossible until', { from: '2026-01-01', until: '2026-02-30' }],
    ['until without from', { until: '2027-01-01' }],
    ['an unknown field inside', { from: '2026-01-01', renewable: true }],
    ['a bare string', '2026'],
    ['a list', ['2026-01-01', '2027-01-01']],
  ],
  // A correction's value: the route's valid body corrects the ceiling, so anything but an amount is wrong.
  anything: () => [['a text for a ceiling', 'twintigduizend'], ['an object for a ceiling', { euros: 20000 }], ['a negative ceiling', -20000]],
};

/** Values that make a body invalid in `spec`'s field, whatever the rest of the body holds. */
export function invalidValuesFor(spec: FieldSpec): readonly InvalidValue[] {
  const nullValue: InvalidValue[] = spec.required && !spec.nullable ? [['null', null]] : [];
  const emptyList: InvalidValue[] = spec.nonEmpty ? [['an empty list', []]] : [];
  return [...BY_KIND[spec.kind](spec), ...nullValue, ...emptyList];
}
