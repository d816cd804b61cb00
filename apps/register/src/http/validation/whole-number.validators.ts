import { formatDecorator } from './format.registry';

/** 1 to 15 digits without a leading zero: a tree size or log position from 1, exact as a JavaScript number. */
const WHOLE_NUMBER_FROM_ONE = /^[1-9][0-9]{0,14}$/;

function isWholeNumberFromOne(value: unknown): value is string {
  return typeof value === 'string' && WHOLE_NUMBER_FROM_ONE.test(value);
}

/** A query parameter that counts: `12`, not `012`, `1.0`, `-1` or `0`. */
export const IsWholeNumberFromOne = formatDecorator({
  name: 'isWholeNumberFromOne',
  check: isWholeNumberFromOne,
  message: 'must be a whole number from 1, written in digits without a leading zero',
});
