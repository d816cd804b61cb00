import type { NoteVerifier } from '../note/note-keys';
import { openNote } from '../note/signed-note';
import { BUNDLE_FILES, MANIFEST_STATEMENT, sha256Hex, type BundleManifest } from './audit-bundle-format';
import type { BundleFindings } from './bundle-findings';
import { isRecord, parseJson, textOf } from './bundle-text';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const { manifest: MANIFEST, manifestSignature: SIGNATURE } = BUNDLE_FILES;
const REQUIRED = new Set<string>(Object.values(BUNDLE_FILES));

/**
 * manifest.json lists every other file with its SHA-256; manifest.sig, signed
 * by the log's key, names the SHA-256 of manifest.json. Together: no file can
 * change, appear or go missing without the register's key.
 */
export function checkManifest(files: ReadonlyMap<string, Uint8Array>, key: NoteVerifier | undefined, findings: BundleFindings): BundleManifest | undefined {
  const bytes = files.get(MANIFEST);
  if (bytes === undefined) return undefined;
  if (key) checkManifestSignature(files, bytes, key, findings);
  const manifest = manifestOf(textOf(files, MANIFEST, findings));
  if (!manifest) {
    findings.fail(MANIFEST, 'format', 'not {municipality, from, until, exportedAt, files: {name: sha256 hex}}');
    return undefined;
  }
  for (const [name, listed] of Object.entries(manifest.files)) {
    const content = files.get(name);
    if (content === undefined) {
      // The bundle's own files are reported missing by the presence check already.
      if (!REQUIRED.has(name)) findings.fail(name, 'present', 'listed in manifest.json but missing from the bundle');
    }
    else if (sha256Hex(content) !== listed) findings.fail(name, 'manifest sha256', `its SHA-256 is ${sha256Hex(content)}, manifest.json lists ${listed}`);
  }
  for (const name of files.keys()) {
    if (name !== MANIFEST && name !== SIGNATURE && !(name in manifest.files)) findings.fail(name, 'listed in manifest', 'in the bundle but not in manifest.json');
  }
  return manifest;
}

function checkManifestSignature(files: ReadonlyMap<string, Uint8Array>, manifest: Uint8Array, key: NoteVerifier, findings: BundleFindings): void {
  const signature = files.get(SIGNATURE);
  if (signature === undefined) return;
  let text: string;
  try {
    text = openNote(signature, key);
  } catch (error) {
    findings.fail(SIGNATURE, 'signature', (error as Error).message);
    return;
  }
  const [origin, statement, hash, ...rest] = text.split('\n');
  if (origin !== key.name || statement !== MANIFEST_STATEMENT || !SHA256_HEX.test(hash ?? '') || rest.join('') !== '') {
    findings.fail(SIGNATURE, 'format', `not the note "${key.name}\\n${MANIFEST_STATEMENT}\\n<sha256 hex of manifest.json>\\n"`);
  } else if (hash !== sha256Hex(manifest)) {
    findings.fail(MANIFEST, 'signature', `its SHA-256 is ${sha256Hex(manifest)}, manifest.sig signs ${hash}`);
  }
}

function manifestOf(text: string | undefined): BundleManifest | undefined {
  const value = text === undefined ? undefined : parseJson(text);
  if (!isRecord(value) || !isRecord(value.files)) return undefined;
  const fields = [value.municipality, value.from, value.until, value.exportedAt];
  if (fields.some((field) => typeof field !== 'string')) return undefined;
  if (Object.values(value.files).some((hash) => typeof hash !== 'string' || !SHA256_HEX.test(hash))) return undefined;
  return value as unknown as BundleManifest;
}
