import { MAX_JSON_NESTING_DEPTH, nestsDeeperThan } from './json-nesting';

const nested = (depth: number) => `${'{"a":'.repeat(depth - 1)}{}${'}'.repeat(depth - 1)}`;

describe('nestsDeeperThan', () => {
  it('lets a body through at the limit and refuses one level more', () => {
    expect(nestsDeeperThan(nested(MAX_JSON_NESTING_DEPTH), MAX_JSON_NESTING_DEPTH)).toBe(false);
    expect(nestsDeeperThan(nested(MAX_JSON_NESTING_DEPTH + 1), MAX_JSON_NESTING_DEPTH)).toBe(true);
  });

  it('counts arrays as objects do: [[[1]]] nests three levels', () => {
    expect([nestsDeeperThan('[[[1]]]', 2), nestsDeeperThan('[[[1]]]', 3)]).toEqual([true, false]);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan('{"title":"[[[[{{{{ \\" [[[[ "}', 1)).toBe(false);
  });

  it('measures depth, not the number of objects: many siblings at depth 2 pass', () => {
    expect(nestsDeeperThan(`{"list":[${'{},'.repeat(10_000)}{}]}`, 3)).toBe(false);
  });

  it('answers for 10,000 levels without recursion', () => {
    expect(nestsDeeperThan('['.repeat(10_000), MAX_JSON_NESTING_DEPTH)).toBe(true);
  });
});
