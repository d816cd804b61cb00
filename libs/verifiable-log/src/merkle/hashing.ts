import { createHash } from 'node:crypto';

/**
 * The hashes of RFC 9162 §2.1.1 with SHA-256: a leaf is SHA-256(0x00 || entry),
 * an interior node SHA-256(0x01 || left || right). The prefixes keep a leaf
 * from ever being mistaken for a node (second-preimage attacks).
 */
export type Hash = Uint8Array;

export const HASH_SIZE = 32;

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** The root of a tree with no leaves: SHA-256 of nothing. */
export const EMPTY_TREE_HASH: Hash = createHash('sha256').digest();

export function hashLeaf(entry: Uint8Array): Hash {
  return createHash('sha256').update(LEAF_PREFIX).update(entry).digest();
}

export function hashChildren(left: Hash, right: Hash): Hash {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

export function sha256(bytes: Uint8Array): Hash {
  return createHash('sha256').update(bytes).digest();
}

export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}
