/**
 * The verifiable log (RFC 9162 Merkle tree over the event log, C2SP signed
 * checkpoints) and the audit bundle with its offline verifier. Standalone on
 * purpose: it knows nothing of the register and needs only Node and fflate,
 * so an auditor can read what they run. README.md beside src/ describes the
 * formats and the storage layout.
 */
export { canonicalEventBytes, eventLeafHash, loggedEventOf, type LoggedEvent } from './logged-event';
export { decodeBase64, encodeBase64 } from './base64';
export { EMPTY_TREE_HASH, sameHash, type Hash } from './merkle/hashing';
export { type NodeId, postOrderIndex } from './merkle/tree-ranges';
export type { TreeNode, TreeNodeSource } from './merkle/node-source';
export { proveConsistency, proveInclusion, treeRoot, type ConsistencyProof, type InclusionProof } from './merkle/proofs';
export { MerkleFrontier } from './merkle/merkle-frontier';
export { verifyInclusion } from './merkle/verify-proofs';
export { generateSignerKey, NoteKeyError, parseSignerKey, parseVerifierKey, type NoteSigner, type NoteVerifier } from './note/note-keys';
export { openCheckpoint, signCheckpoint } from './note/checkpoint';
export {
  LOG_SIGNING_KEY_VARIABLE,
  readOrCreateLogSigningKey,
  type LogSigningKey,
} from './note/log-signing-key';
export { writeAuditBundle } from './bundle/write-audit-bundle';
export { verifyAuditBundle, type BundleReport } from './bundle/verify-audit-bundle';
