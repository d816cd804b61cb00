import type { Body } from '../../support/szmh-mandates.fixture';
import type { FieldSpec, WriteRoute } from '../routes/write-route';
import { invalidValuesFor } from './invalid-values';
import { BODY_MISTAKE, type MalformedCase } from './malformed-case';

/** The route's valid body with one field replaced (or removed, for `undefined`). */
export function withField(body: Body, field: string, value: unknown): Body {
  const changed: Body = { ...body, [field]: value };
  if (value === undefined) delete changed[field];
  return changed;
}

export function bodyCase(route: WriteRoute, what: string, body: unknown, expected = BODY_MISTAKE): MalformedCase {
  return {
    name: `${route.name}: ${what}`,
    route: route.name,
    send: (client) => client.post(route.path, body, {}),
    expected,
  };
}

function fieldCases(route: WriteRoute, field: string, spec: FieldSpec): MalformedCase[] {
  const missing = spec.required ? [bodyCase(route, `${field} missing`, withField(route.validBody, field, undefined))] : [];
  const invalid = invalidValuesFor(spec).map(([label, value]) =>
    bodyCase(route, `${field} is ${label}`, withField(route.validBody, field, value)),
  );
  return [...missing, ...invalid];
}

/** api.md: "Unknown fields in a body are a 400", whatever else the body holds. */
function unknownFieldCases(route: WriteRoute): MalformedCase[] {
  const [firstField] = Object.keys(route.fields);
  const unknown: Array<[string, unknown]> = [
    ['colour', 'red'],
    [`${firstField}s`, route.validBody[firstField] ?? 'x'],
    [firstField.toUpperCase(), route.validBody[firstField] ?? 'x'],
    ['recordedBy', 'someone-else@szmh.example'],
    ['recordedAt', '2020-01-01T00:00:00.000Z'],
  ];
  return unknown.map(([name, value]) =>
    bodyCase(route, `an unknown field ${name}`, { ...route.validBody, [name]: value }, { statuses: [400], validationErrorOn: name }),
  );
}

/**
 * Every systematic mutation of the route's valid body: each required field
 * left out, each field given values that cannot be valid in it, and fields
 * api.md does not know (including the store's own recordedAt/recordedBy,
 * which a client must never set).
 */
export function systematicBodyMutations(route: WriteRoute): MalformedCase[] {
  const perField = Object.entries(route.fields).flatMap(([field, spec]) => fieldCases(route, field, spec));
  return [...perField, ...unknownFieldCases(route)];
}
