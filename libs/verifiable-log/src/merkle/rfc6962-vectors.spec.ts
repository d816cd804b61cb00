import { EMPTY_TREE_HASH, hashLeaf } from './hashing';
import { InMemoryMerkleTree } from './in-memory-merkle-tree';
import { MerkleFrontier, frontierNodeIds } from './merkle-frontier';
import { treeRoot } from './proofs';

/**
 * The RFC 6962 test tree of transparency-dev/merkle (testonly/constants.go at
 * 417fb0c, Apache 2.0): eight leaf inputs, the hash of every complete subtree
 * by level and index, and the root at every size from 0 to 8. Copied as data.
 */
const LEAF_INPUTS = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
const NODE_HASHES = [
  [
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
    '0298d122906dcfc10892cb53a73992fc5b9f493ea4c9badb27b791b4127a7fe7',
    '07506a85fd9dd2f120eb694f86011e5bb4662e5c415a62917033d4a9624487e7',
    'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    '4271a26be0d8a84f0bd54c8c302e7cb3a3b5d1fa6780a40bcce2873477dab658',
    'b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f',
    '46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1',
  ],
  [
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
    '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
    'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
  ],
  ['d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7', '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4'],
  ['5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328'],
];
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

function testTree(): InMemoryMerkleTree {
  const tree = new InMemoryMerkleTree();
  for (const input of LEAF_INPUTS) tree.append(hashLeaf(Buffer.from(input, 'hex')));
  return tree;
}

describe('the Merkle tree against the RFC 6962 test vectors', () => {
  it('hashes the empty tree to SHA-256 of nothing', () => {
    expect(hex(EMPTY_TREE_HASH)).toBe(ROOTS[0]);
  });

  it('stores exactly the complete subtrees of the test tree, with their hashes', async () => {
    const tree = testTree();
    for (const [level, hashes] of NODE_HASHES.entries()) {
      const stored = await tree.readNodes(hashes.map((_, index) => ({ level, index })));
      expect(stored.map(hex)).toEqual(hashes);
    }
    await expect(tree.readNodes([{ level: 3, index: 1 }])).rejects.toThrow('no complete subtree at level 3, index 1 in a tree of 8 leaves');
  });

  it.each(ROOTS.map((root, size) => [size, root]))('has the root of size %i from its stored nodes, also inside the bigger tree', async (size, root) => {
    await expect(treeRoot(testTree(), size).then(hex)).resolves.toBe(root);
  });

  it('has the root of every size while it grows, leaf by leaf', () => {
    const tree = new InMemoryMerkleTree();
    const roots = [hex(tree.root())];
    for (const input of LEAF_INPUTS) {
      tree.append(hashLeaf(Buffer.from(input, 'hex')));
      roots.push(hex(tree.root()));
    }
    expect(roots).toEqual(ROOTS);
  });

  it('continues appending from a frontier loaded from the stored nodes, as a restarted projection does', async () => {
    const stored = testTree();
    const frontier = await MerkleFrontier.load(stored, 5);
    expect(frontierNodeIds(5)).toEqual([{ level: 2, index: 0 }, { level: 0, index: 4 }]);
    expect(hex(frontier.root())).toBe(ROOTS[5]);
    const completed = frontier.append(hashLeaf(Buffer.from(LEAF_INPUTS[5], 'hex')));
    expect(completed.map(({ level, index, hash }) => [level, index, hex(hash)])).toEqual([
      [0, 5, NODE_HASHES[0][5]],
      [1, 2, NODE_HASHES[1][2]],
    ]);
    expect(hex(frontier.root())).toBe(ROOTS[6]);
  });
});
