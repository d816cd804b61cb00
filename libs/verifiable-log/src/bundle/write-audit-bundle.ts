import { zipSync, type Zippable } from 'fflate';
import { encodeBase64 } from '../base64';
import { canonicalJson } from '../canonical-json';
import { canonicalEventJson, eventLeafHash, type LoggedEvent } from '../logged-event';
import { sameHash } from '../merkle/hashing';
import type { ConsistencyProof, InclusionProof } from '../merkle/proofs';
import type { NoteSigner } from '../note/note-keys';
import { signNote } from '../note/signed-note';
import {
  BUNDLE_FILES,
  manifestSignatureText,
  ndjson,
  READ_MODEL_FILE,
  sha256Hex,
  type BundleManifest,
  type ConsistencyProofLine,
  type InclusionProofLine,
} from './audit-bundle-format';

export interface AuditBundleInput {
  readonly municipality: string;
  readonly from: string;
  readonly until: string;
  readonly exportedAt: string;
  /** In log order, each with its inclusion proof at the same place in `proofs`. */
  readonly events: readonly LoggedEvent[];
  readonly proofs: readonly InclusionProof[];
  /** The signed checkpoint (note text) every proof is against. */
  readonly checkpoint: string;
  /** From older tree sizes to the checkpoint's (see audit-bundle-format.ts). */
  readonly consistencyProofs?: readonly ConsistencyProof[];
  /** File name (`mandates.json`) to its JSON value. */
  readonly readModels: Readonly<Record<string, unknown>>;
  /** The log's key: signs manifest.sig; its verifier key becomes public-key.txt. */
  readonly signer: NoteSigner;
}

/**
 * The audit ZIP. It is built in memory; the export of one municipality's
 * period is expected to fit. Entries carry `exportedAt` as their time, so the
 * same input gives the same bytes.
 */
export function writeAuditBundle(input: AuditBundleInput): Uint8Array {
  requireMatchingProofs(input.events, input.proofs);
  const files: Record<string, string> = {
    [BUNDLE_FILES.checkpoint]: input.checkpoint,
    [BUNDLE_FILES.publicKey]: `${input.signer.verifier.encoded}\n`,
    [BUNDLE_FILES.events]: ndjson(input.events.map(canonicalEventJson)),
    [BUNDLE_FILES.proofs]: ndjson(input.proofs.map((proof) => canonicalJson(inclusionLine(proof)))),
    [BUNDLE_FILES.consistencyProofs]: ndjson((input.consistencyProofs ?? []).map((proof) => canonicalJson(consistencyLine(proof)))),
  };
  for (const [name, value] of Object.entries(input.readModels)) {
    if (!READ_MODEL_FILE.test(name) || name in files || name === BUNDLE_FILES.manifest) {
      throw new Error(`a read model file is named like mandates.json and not like the bundle's own files; got ${JSON.stringify(name)}`);
    }
    files[name] = `${canonicalJson(value)}\n`;
  }
  const bytes = Object.fromEntries(Object.entries(files).map(([name, text]) => [name, Buffer.from(text, 'utf8')]));
  const manifest = Buffer.from(`${canonicalJson(manifestOf(input, bytes))}\n`, 'utf8');
  bytes[BUNDLE_FILES.manifest] = manifest;
  bytes[BUNDLE_FILES.manifestSignature] = Buffer.from(signNote(manifestSignatureText(input.signer.name, manifest), input.signer), 'utf8');
  const mtime = new Date(input.exportedAt);
  const zippable: Zippable = Object.fromEntries(Object.entries(bytes).map(([name, content]) => [name, [content, { mtime }]]));
  return zipSync(zippable);
}

function manifestOf(input: AuditBundleInput, files: Record<string, Uint8Array>): BundleManifest {
  const { municipality, from, until, exportedAt } = input;
  const hashes = Object.fromEntries(Object.entries(files).map(([name, content]) => [name, sha256Hex(content)]));
  return { municipality, from, until, exportedAt, files: hashes };
}

/** A bundle whose proofs belong to other events would not verify: refuse to write it. */
function requireMatchingProofs(events: readonly LoggedEvent[], proofs: readonly InclusionProof[]): void {
  if (events.length !== proofs.length) throw new Error(`${events.length} events but ${proofs.length} inclusion proofs`);
  const wrong = events.findIndex((event, i) => !sameHash(eventLeafHash(event), proofs[i].leafHash));
  if (wrong >= 0) throw new Error(`the inclusion proof at ${wrong} is not of the event at position ${events[wrong].position}`);
}

function inclusionLine({ leafIndex, treeSize, leafHash, auditPath }: InclusionProof): InclusionProofLine {
  return { leafIndex, treeSize, leafHash: encodeBase64(leafHash), auditPath: auditPath.map(encodeBase64) };
}

function consistencyLine({ from, to, path }: ConsistencyProof): ConsistencyProofLine {
  return { from, to, path: path.map(encodeBase64) };
}
