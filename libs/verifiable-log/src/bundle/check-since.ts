import { decodeBase64 } from '../base64';
import { EMPTY_TREE_HASH, sameHash } from '../merkle/hashing';
import { verifyConsistency, type ConsistencyClaim } from '../merkle/verify-proofs';
import type { Checkpoint } from '../note/checkpoint';
import type { NoteVerifier } from '../note/note-keys';
import { BUNDLE_FILES } from './audit-bundle-format';
import type { BundleFindings } from './bundle-findings';
import { isRecord, linesOf, parseJson } from './bundle-text';
import { checkCheckpointNote } from './check-signed-files';

export interface OlderCheckpoint {
  /** How the auditor named it (the file path), for the report. */
  readonly name: string;
  readonly note: Uint8Array;
}

const CONSISTENCY = BUNDLE_FILES.consistencyProofs;

/**
 * With an older checkpoint the auditor kept: it is signed by the same key,
 * and the log of checkpoint.txt extends it, by the consistency proof from its
 * size that consistency-proofs.ndjson must hold. An older size of 0 is the
 * empty log, a prefix of every log; an equal size needs the same root.
 */
export function checkSince(
  files: ReadonlyMap<string, Uint8Array>,
  older: OlderCheckpoint,
  key: NoteVerifier,
  current: Checkpoint,
  findings: BundleFindings,
): Checkpoint | undefined {
  const since = checkCheckpointNote(older.name, older.note, key, findings);
  if (!since) return undefined;
  if (since.size > current.size) {
    findings.fail(older.name, 'tree size', `your checkpoint has ${since.size} events, the bundle's checkpoint only ${current.size}: the log shrank`);
    return since;
  }
  if (since.size === 0) {
    if (!sameHash(since.rootHash, EMPTY_TREE_HASH)) findings.fail(older.name, 'consistency proof', 'a checkpoint of the empty log must have the root SHA-256 of nothing');
    return since;
  }
  const claim = since.size === current.size ? { from: since.size, to: current.size, path: [] } : proofFrom(files, since.size, current.size, findings);
  if (!claim) return since;
  const check = verifyConsistency(claim, since.rootHash, current.rootHash);
  if (!check.valid) findings.fail(CONSISTENCY, 'consistency proof', `from ${since.size} to ${current.size} events: ${check.reason}`);
  return since;
}

function proofFrom(files: ReadonlyMap<string, Uint8Array>, from: number, to: number, findings: BundleFindings): ConsistencyClaim | undefined {
  const lines = linesOf(files, CONSISTENCY, findings);
  if (!lines) return undefined;
  for (const [i, line] of lines.entries()) {
    const value = parseJson(line);
    if (!isRecord(value) || value.from !== from || value.to !== to) continue;
    const path = Array.isArray(value.path) ? value.path.map((hash) => (typeof hash === 'string' ? decodeBase64(hash) : undefined)) : [undefined];
    if (path.some((hash) => hash === undefined)) {
      findings.fail(CONSISTENCY, 'format', `line ${i + 1}: path is not a list of base64 hashes`);
      return undefined;
    }
    return { from, to, path: path as Buffer[] };
  }
  findings.fail(CONSISTENCY, 'consistency proof', `holds no proof from your checkpoint's ${from} events to the bundle's ${to}; export the bundle again asking for it`);
  return undefined;
}
