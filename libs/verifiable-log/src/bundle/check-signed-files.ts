import { parseCheckpointText, type Checkpoint } from '../note/checkpoint';
import { parseVerifierKey, type NoteVerifier } from '../note/note-keys';
import { openNote } from '../note/signed-note';
import { BUNDLE_FILES } from './audit-bundle-format';
import type { BundleFindings } from './bundle-findings';
import { textOf } from './bundle-text';

/**
 * public-key.txt is one line, the log's verifier key. The bundle proves
 * nothing about who made it unless that key is the register's: `trustedKey`
 * is the one the auditor obtained from the register once (README).
 */
export function checkPublicKey(
  files: ReadonlyMap<string, Uint8Array>,
  trustedKey: string | undefined,
  findings: BundleFindings,
): NoteVerifier | undefined {
  const file = BUNDLE_FILES.publicKey;
  const text = textOf(files, file, findings);
  if (text === undefined) return undefined;
  if (!/^[^\n]+\n$/.test(text)) {
    findings.fail(file, 'format', 'one line ending in a newline: the verifier key <origin>+<8 hex>+<base64>');
    return undefined;
  }
  let key: NoteVerifier;
  try {
    key = parseVerifierKey(text.slice(0, -1));
  } catch (error) {
    findings.fail(file, 'verifier key', (error as Error).message);
    return undefined;
  }
  if (trustedKey !== undefined && key.encoded !== trustedKey) {
    findings.fail(file, 'trusted key', `the bundle names the key ${key.encoded}, not the one you trust, ${trustedKey}`);
  }
  return key;
}

/** A signed checkpoint file: the signature by `key` first, then its three lines, then that it is this key's log. */
export function checkCheckpointNote(file: string, note: Uint8Array | undefined, key: NoteVerifier, findings: BundleFindings): Checkpoint | undefined {
  if (note === undefined) return undefined;
  let text: string;
  let checkpoint: Checkpoint;
  try {
    text = openNote(note, key);
  } catch (error) {
    findings.fail(file, 'signature', (error as Error).message);
    return undefined;
  }
  try {
    checkpoint = parseCheckpointText(text);
  } catch (error) {
    findings.fail(file, 'format', (error as Error).message);
    return undefined;
  }
  if (checkpoint.origin !== key.name) {
    findings.fail(file, 'origin', `a checkpoint of the log ${JSON.stringify(checkpoint.origin)}, but the key is of ${JSON.stringify(key.name)}`);
    return undefined;
  }
  return checkpoint;
}
