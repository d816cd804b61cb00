import { sha256 } from '../merkle/hashing';

/**
 * The files of an audit bundle (api.md, "Audit"), and the two this library
 * adds to what api.md requires:
 *
 * - consistency-proofs.ndjson: `{from, to, path}` per line (the shape of
 *   GET /log/proofs/consistency), each from an older tree size to the size of
 *   checkpoint.txt, so `verify --since <older checkpoint>` can check offline
 *   that the log the auditor saw then is a prefix of this one. Always present,
 *   empty when the bundle was exported without older sizes.
 * - manifest.sig: a signed note by the log's key whose text is
 *   "<origin>\naudit-bundle-manifest\n<sha256 hex of manifest.json>\n".
 *   It binds the manifest, and through its hashes every file (the read models
 *   too, which no proof covers), to the register: without it anyone could
 *   edit a file and recompute the manifest. Its second line can never be
 *   read as a checkpoint's tree size, so the two kinds of note cannot be
 *   confused.
 */
export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  manifestSignature: 'manifest.sig',
  checkpoint: 'checkpoint.txt',
  publicKey: 'public-key.txt',
  events: 'events.ndjson',
  proofs: 'proofs.ndjson',
  consistencyProofs: 'consistency-proofs.ndjson',
} as const;

/** Read models are added as `<name>.json`, e.g. mandates.json. */
export const READ_MODEL_FILE = /^[a-z0-9][a-z0-9-]*\.json$/;

export interface BundleManifest {
  readonly municipality: string;
  readonly from: string;
  readonly until: string;
  readonly exportedAt: string;
  /** Every file of the bundle but manifest.json and manifest.sig, by name: its SHA-256 in lowercase hex. */
  readonly files: Readonly<Record<string, string>>;
}

/** One line of proofs.ndjson: an inclusion proof with its hashes in standard base64. */
export interface InclusionProofLine {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly leafHash: string;
  readonly auditPath: readonly string[];
}

/** One line of consistency-proofs.ndjson. */
export interface ConsistencyProofLine {
  readonly from: number;
  readonly to: number;
  readonly path: readonly string[];
}

export const MANIFEST_STATEMENT = 'audit-bundle-manifest';

export function manifestSignatureText(origin: string, manifestBytes: Uint8Array): string {
  return `${origin}\n${MANIFEST_STATEMENT}\n${sha256Hex(manifestBytes)}\n`;
}

export function sha256Hex(bytes: Uint8Array): string {
  return Buffer.from(sha256(bytes)).toString('hex');
}

/** Lines of an ndjson file, each ending in a newline; an empty file has none. */
export function ndjson(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
