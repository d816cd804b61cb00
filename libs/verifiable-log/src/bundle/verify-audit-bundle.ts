import type { Checkpoint } from '../note/checkpoint';
import { BUNDLE_FILES, type BundleManifest } from './audit-bundle-format';
import { BundleFindings, type BundleFailure } from './bundle-findings';
import { checkEvents } from './check-events';
import { checkManifest } from './check-manifest';
import { checkCheckpointNote, checkPublicKey } from './check-signed-files';
import { checkSince, type OlderCheckpoint } from './check-since';
import { BundleZipError, readBundleZip } from './read-bundle-zip';

export interface VerifyBundleOptions {
  /** An older checkpoint the auditor kept: the bundle's log must extend it. */
  readonly since?: OlderCheckpoint;
  /** The verifier key the auditor obtained from the register: public-key.txt must be it. */
  readonly trustedKey?: string;
}

export interface BundleReport {
  readonly valid: boolean;
  readonly failures: readonly BundleFailure[];
  readonly manifest?: BundleManifest;
  readonly events: number;
  /** The checkpoint every event was proved against, once its signature verified. */
  readonly checkpoint?: Checkpoint;
  readonly verifierKey?: string;
  readonly since?: Checkpoint;
}

/**
 * Checks an audit bundle offline, with nothing but the bundle (and what the
 * auditor brings: an older checkpoint, the key they trust):
 *
 * 1. public-key.txt is a verifier key (and the trusted one, when given);
 * 2. manifest.sig is signed by it and names manifest.json's SHA-256, and
 *    manifest.json lists every other file with its right SHA-256;
 * 3. checkpoint.txt is signed by it;
 * 4. every line of events.ndjson is canonical, concerns the municipality and
 *    hashes to the leaf its line in proofs.ndjson proves, and every proof
 *    leads to the checkpoint's root (RFC 9162 §2.1.3.2);
 * 5. with `since`: that older checkpoint is signed by the same key and the
 *    log extends it (consistency proof, RFC 9162 §2.1.4.2).
 *
 * Every failure names the file and the check. What it cannot prove: that no
 * event concerning the municipality was left out of the bundle.
 */
export function verifyAuditBundle(zip: Uint8Array, options: VerifyBundleOptions = {}): BundleReport {
  const findings = new BundleFindings();
  let files: Map<string, Uint8Array>;
  try {
    files = readBundleZip(zip);
  } catch (error) {
    if (!(error instanceof BundleZipError)) throw error;
    findings.fail('bundle', 'zip', error.message);
    return { valid: false, failures: findings.failures, events: 0 };
  }
  for (const name of Object.values(BUNDLE_FILES)) if (!files.has(name)) findings.fail(name, 'present', 'missing from the bundle');
  const key = checkPublicKey(files, options.trustedKey, findings);
  const manifest = checkManifest(files, key, findings);
  const checkpoint = key && checkCheckpointNote(BUNDLE_FILES.checkpoint, files.get(BUNDLE_FILES.checkpoint), key, findings);
  const events = checkEvents(files, manifest?.municipality, checkpoint, findings);
  if (options.since && !(key && checkpoint)) {
    findings.fail(options.since.name, 'consistency proof', 'not checked: the bundle has no verified checkpoint to compare it with');
  }
  const since = options.since && key && checkpoint ? checkSince(files, options.since, key, checkpoint, findings) : undefined;
  const failures = findings.failures;
  return { valid: failures.length === 0, failures, manifest, events, checkpoint, verifierKey: key?.encoded, since };
}
