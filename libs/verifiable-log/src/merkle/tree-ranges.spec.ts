import { createHash } from 'node:crypto';
import { MerkleFrontier } from './merkle-frontier';
import { postOrderIndex } from './tree-ranges';

describe('postOrderIndex', () => {
  it('numbers the nodes 0, 1, 2, ... in the order appending leaves creates them', () => {
    const frontier = MerkleFrontier.empty();
    const created: number[] = [];
    for (let leaf = 0; leaf < 1_000; leaf += 1) {
      for (const node of frontier.append(createHash('sha256').update(`leaf ${leaf}`).digest())) created.push(postOrderIndex(node));
    }
    expect(created).toEqual(created.map((_, n) => n));
  });

  it('stays exact beyond 32 bits: the root of 2^40 leaves comes last of their 2^41 - 1 nodes', () => {
    expect(postOrderIndex({ level: 40, index: 0 })).toBe(2 ** 41 - 2);
    expect(postOrderIndex({ level: 0, index: 2 ** 40 })).toBe(2 ** 41 - 1);
  });
});
