import type { ValidationError } from 'class-validator';
import type { FieldError } from '../problem/problem-document';
import { registeredFormat } from './format.registry';

/** A body with thousands of bad items gets the first ones: enough to fix, too few to flood a log or a client. */
export const MAX_FIELD_ERRORS = 50;

const WHITELIST = 'whitelistValidation';

/**
 * Constraints on what a field is (present, a list, an object). When one fails,
 * the others on that field and anything inside it only repeat the problem:
 * "must be 1 to 128 letters" says nothing useful about a list that is missing.
 */
const SHAPE_CONSTRAINTS = new Set(['isDefined', 'isArray', 'isObject', 'nestedValidation']);

/**
 * Flattens class-validator's tree of errors into api.md's
 * `[{field, message}]`, with paths such as `consentBasis.citation`,
 * `powers[1]` and `parties[0].id`.
 */
export function toFieldErrors(errors: readonly ValidationError[]): FieldError[] {
  const result: FieldError[] = [];
  collect(errors, '', result);
  return result.slice(0, MAX_FIELD_ERRORS);
}

function collect(errors: readonly ValidationError[], parent: string, result: FieldError[]): void {
  for (const error of errors) {
    if (result.length >= MAX_FIELD_ERRORS) return;
    const path = joinPath(parent, error.property);
    const constraints = Object.entries(error.constraints ?? {});
    const shape = constraints.filter(([constraint]) => SHAPE_CONSTRAINTS.has(constraint));
    for (const [constraint, message] of shape.length > 0 ? shape : constraints) {
      result.push(...constraintErrors(constraint, message, error, path));
    }
    if (shape.length === 0) collect(error.children ?? [], path, result);
  }
}

function constraintErrors(constraint: string, message: string, error: ValidationError, path: string): FieldError[] {
  if (constraint === WHITELIST) return [{ field: path, message: 'is not a field of this request' }];
  const format = registeredFormat(constraint);
  if (format && Array.isArray(error.value)) {
    const items: unknown[] = error.value;
    const failing = items.flatMap((item, index) => (format.check(item) ? [] : [{ field: `${path}[${index}]`, message: format.message }]));
    if (failing.length > 0) return failing;
  }
  return [{ field: path, message: withoutPropertyName(message, error.property) }];
}

/** Array items are reported under their index: `powers` + `1` is `powers[1]`. */
function joinPath(parent: string, property: string): string {
  if (/^\d+$/.test(property)) return `${parent}[${property}]`;
  return parent === '' ? property : `${parent}.${property}`;
}

/** class-validator starts its messages with the property ("name must be a string"); the field already says which. */
function withoutPropertyName(message: string, property: string): string {
  if (message.startsWith(`${property} `)) return message.slice(property.length + 1);
  const each = `each value in ${property} `;
  if (message.startsWith(each)) return `each item ${message.slice(each.length)}`;
  return message;
}
