/**
 * The verifiable log (RFC 9162 Merkle tree over the event log, C2SP signed
 * checkpoints) and the audit bundle with its offline verifier. Standalone on
 * purpose: it knows nothing of the register and needs only Node and fflate,
 * so an auditor can read what they run. README.md beside src/ describes the
 * formats and the storage layout.
 */
export { canonicalJson, NotCanonicalJsonError } from './canonical-json';
export { canonicalEventBytes, canonicalEventJson, eventLeafHash, loggedEventOf, type LoggedEvent, type StoredEventFields } from './logged-event';
export { decodeBase64, encodeBase64 } from './base64';
export { EMPTY_TREE_HASH, HASH_SIZE, hashChildren, hashLeaf, sameHash, type Hash } from './merkle/hashing';
export { completeSubtrees, type LeafRange, type NodeId } from './merkle/tree-ranges';
export type { TreeNode, TreeNodeSource } from './merkle/node-source';
export { proveConsistency, proveInclusion, treeRoot, type ConsistencyProof, type InclusionProof } from './merkle/proofs';
export { frontierNodeIds, MerkleFrontier } from './merkle/merkle-frontier';
export { InMemoryMerkleTree } from './merkle/in-memory-merkle-tree';
export { verifyConsistency, verifyInclusion, type ProofCheck } from './merkle/verify-proofs';
export { generateSignerKey, NoteKeyError, parseSignerKey, parseVerifierKey, type NoteSigner, type NoteVerifier } from './note/note-keys';
export { NoteError, openNote, signNote } from './note/signed-note';
export { checkpointText, openCheckpoint, parseCheckpointText, signCheckpoint, type Checkpoint } from './note/checkpoint';
export {
  LOG_SIGNING_KEY_FILE_NAME,
  LOG_SIGNING_KEY_VARIABLE,
  readOrCreateLogSigningKey,
  type LogSigningKey,
  type LogSigningKeyOptions,
} from './note/log-signing-key';
export { BUNDLE_FILES, type BundleManifest } from './bundle/audit-bundle-format';
export { writeAuditBundle, type AuditBundleInput } from './bundle/write-audit-bundle';
export { verifyAuditBundle, type BundleReport, type VerifyBundleOptions } from './bundle/verify-audit-bundle';
export type { BundleFailure } from './bundle/bundle-findings';
export type { OlderCheckpoint } from './bundle/check-since';
