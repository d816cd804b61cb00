import { sign, verify } from 'node:crypto';
import { decodeBase64, encodeBase64 } from '../base64';
import { hex8, type NoteSigner, type NoteVerifier } from './note-keys';

/**
 * C2SP signed notes (c2sp.org/signed-note): a text ending in a newline, a
 * blank line, then signature lines "— <key name> base64(key id || signature)".
 * Only Ed25519, the one signature type the register uses.
 */
export class NoteError extends Error {
  override name = 'NoteError';
}

const SIGNATURE_LINE = /^\u2014 (\S+) (\S+)$/u;
/** The spec asks verifiers to accept at least 16; more than this is not a note of ours. */
const MAX_SIGNATURES = 64;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function signNote(text: string, signer: NoteSigner): string {
  requireNoteText(text);
  const signature = sign(null, Buffer.from(text, 'utf8'), signer.privateKey);
  const keyId = Buffer.alloc(4);
  keyId.writeUInt32BE(signer.keyId);
  return `${text}\n\u2014 ${signer.name} ${encodeBase64(Buffer.concat([keyId, signature]))}\n`;
}

/**
 * The text of a note that `verifier` signed. Signatures by other keys are
 * ignored, as the spec requires; one by this key that does not verify, or no
 * signature by it at all, rejects the note.
 */
export function openNote(note: Uint8Array | string, verifier: NoteVerifier): string {
  const whole = typeof note === 'string' ? note : decodeUtf8(note);
  const split = whole.lastIndexOf('\n\n');
  if (split < 0 || !whole.endsWith('\n')) throw new NoteError('not a signed note: no blank line before the signatures, or no final newline');
  const text = whole.slice(0, split + 1);
  requireNoteText(text);
  const lines = whole.slice(split + 2, -1).split('\n');
  if (lines.length > MAX_SIGNATURES) throw new NoteError(`more than ${MAX_SIGNATURES} signatures`);
  let verified = 0;
  for (const line of lines) if (signatureVerifies(line, text, verifier)) verified += 1;
  if (verified === 0) throw new NoteError(`no signature by the key ${verifier.encoded}`);
  return text;
}

/** True for a valid signature by `verifier`, false for another key's; throws on a malformed line or a bad signature. */
function signatureVerifies(line: string, text: string, verifier: NoteVerifier): boolean {
  const match = SIGNATURE_LINE.exec(line);
  const bytes = match ? decodeBase64(match[2]) : undefined;
  if (!match || bytes === undefined || bytes.length < 5) throw new NoteError(`not a signature line: ${JSON.stringify(line)}`);
  if (match[1] !== verifier.name || bytes.readUInt32BE(0) !== verifier.keyId) return false;
  if (!verify(null, Buffer.from(text, 'utf8'), verifier.publicKey, bytes.subarray(4))) {
    throw new NoteError(`the signature of ${verifier.name}+${hex8(verifier.keyId)} does not match the text`);
  }
  return true;
}

function requireNoteText(text: string): void {
  if (!text.endsWith('\n')) throw new NoteError('a note text ends in a newline');
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0009\u000b-\u001f]/.test(text)) throw new NoteError('a note holds no control characters other than newline');
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new NoteError('a signed note is UTF-8 text');
  }
}
