import type { ValidationOptions } from 'class-validator';
import { formatDecorator } from './format.registry';

/**
 * Upper bounds for the free text of a request, in characters (code points).
 * Generous for what they hold, small enough that one request cannot fill the
 * log: a name or title, a sentence (a citation, a reason, an instruction), a
 * document's text (the arrangement of the SZMH is some 33,000 characters).
 */
export const TEXT_LIMITS = {
  name: 200,
  title: 500,
  sentence: 2_000,
  content: 500_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

/** A string with something besides spaces in it, of at most `max` characters. */
export function isFreeText(value: unknown, max: number): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  return value.length <= max || [...value].length <= max;
}

const decorators = new Map<number, (options?: ValidationOptions) => PropertyDecorator>();

/** `@IsFreeText('title')`, or a number of characters. Works on lists with `{ each: true }`. */
export function IsFreeText(limit: TextLimit | number, options?: ValidationOptions): PropertyDecorator {
  const max = typeof limit === 'number' ? limit : TEXT_LIMITS[limit];
  let decorator = decorators.get(max);
  if (!decorator) {
    // One format per length, so the error mapper can check list items against the right one.
    decorator = formatDecorator({
      name: `isFreeText${max}`,
      check: (value) => isFreeText(value, max),
      message: `must be a text of 1 to ${max} characters, not only spaces`,
    });
    decorators.set(max, decorator);
  }
  return decorator(options);
}
