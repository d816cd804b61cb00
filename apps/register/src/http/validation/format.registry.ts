import { ValidateBy, type ValidationOptions } from 'class-validator';

/** A string format of the contract, checked by a decorator and known by name to the error mapper. */
export interface Format {
  /** The constraint name class-validator reports; unique per format. */
  readonly name: string;
  readonly check: (value: unknown) => boolean;
  /** Without the field name, which the problem document gives separately: "must be ...". */
  readonly message: string;
}

const FORMATS = new Map<string, Format>();

/**
 * A property decorator for the format that also works on lists with
 * `{ each: true }`. class-validator reports such a list as one error without
 * saying which item failed; registering the format lets `toFieldErrors` check
 * the items again and name them (`powers[1]`).
 */
export function formatDecorator(format: Format): (options?: ValidationOptions) => PropertyDecorator {
  FORMATS.set(format.name, format);
  return (options) =>
    ValidateBy({ name: format.name, validator: { validate: (value: unknown) => format.check(value), defaultMessage: () => format.message } }, options);
}

export function registeredFormat(constraintName: string): Format | undefined {
  return FORMATS.get(constraintName);
}
