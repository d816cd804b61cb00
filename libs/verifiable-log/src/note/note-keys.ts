import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { decodeBase64, encodeBase64 } from '../base64';
import { sha256 } from '../merkle/hashing';

/**
 * Ed25519 keys in the C2SP signed-note encodings (c2sp.org/signed-note):
 *
 *   verifier key  <name>+<8 hex key id>+<base64(0x01 || 32-byte public key)>
 *   signer key    PRIVATE+KEY+<name>+<8 hex key id>+<base64(0x01 || 32-byte seed)>
 *
 * The signer form is the one Go's golang.org/x/mod/sumdb/note reads and
 * writes; it is what REGISTER_LOG_SIGNING_KEY and the key file hold.
 * key id = SHA-256(name || 0x0A || 0x01 || public key)[:4].
 */
export class NoteKeyError extends Error {
  override name = 'NoteKeyError';
}

export interface NoteVerifier {
  readonly name: string;
  readonly keyId: number;
  readonly publicKey: KeyObject;
  /** The verifier key text this was read from or derived as. */
  readonly encoded: string;
}

export interface NoteSigner {
  readonly name: string;
  readonly keyId: number;
  readonly privateKey: KeyObject;
  readonly verifier: NoteVerifier;
}

const ED25519 = 0x01;
const SIGNER_PREFIX = 'PRIVATE+KEY+';
// DER headers that wrap a raw 32-byte Ed25519 key as PKCS#8 and SPKI (RFC 8410).
const PKCS8_SEED_HEADER = Buffer.from('302e020100300506032b657004220420', 'hex');

export function generateSignerKey(name: string): string {
  requireKeyName(name);
  const { privateKey } = generateKeyPairSync('ed25519');
  const seed = Buffer.from(privateKey.export({ format: 'jwk' }).d as string, 'base64url');
  return signerKeyText(name, seed);
}

export function parseSignerKey(text: string): NoteSigner {
  if (!text.startsWith(SIGNER_PREFIX)) throw new NoteKeyError(`a signer key starts with ${SIGNER_PREFIX}<name>+`);
  const { name, keyId, material } = splitKey(text.slice(SIGNER_PREFIX.length), 'signer key');
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_SEED_HEADER, material]), format: 'der', type: 'pkcs8' });
  const verifier = verifierFor(name, rawPublicKey(createPublicKey(privateKey)));
  if (verifier.keyId !== keyId) throw new NoteKeyError(`the signer key's id ${hex8(keyId)} does not belong to its key (${hex8(verifier.keyId)})`);
  return { name, keyId, privateKey, verifier };
}

export function parseVerifierKey(text: string): NoteVerifier {
  const { name, keyId, material } = splitKey(text, 'verifier key');
  const verifier = verifierFor(name, material);
  if (verifier.keyId !== keyId) throw new NoteKeyError(`the verifier key's id ${hex8(keyId)} does not belong to its key (${hex8(verifier.keyId)})`);
  return verifier;
}

/** Key names are non-empty and hold no Unicode space and no plus (c2sp.org/signed-note). */
function requireKeyName(name: string): void {
  if (name.length === 0 || /[\s+]/u.test(name)) {
    throw new NoteKeyError(`a key name is non-empty without spaces or "+"; got ${JSON.stringify(name)}`);
  }
}

function signerKeyText(name: string, seed: Buffer): string {
  const publicKey = rawPublicKey(createPublicKey(createPrivateKey({ key: Buffer.concat([PKCS8_SEED_HEADER, seed]), format: 'der', type: 'pkcs8' })));
  return `${SIGNER_PREFIX}${name}+${hex8(keyIdOf(name, publicKey))}+${encodeBase64(Buffer.concat([Buffer.from([ED25519]), seed]))}`;
}

function verifierFor(name: string, publicKey: Buffer): NoteVerifier {
  const keyId = keyIdOf(name, publicKey);
  const encoded = `${name}+${hex8(keyId)}+${encodeBase64(Buffer.concat([Buffer.from([ED25519]), publicKey]))}`;
  const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey.toString('base64url') }, format: 'jwk' });
  return { name, keyId, publicKey: key, encoded };
}

/** `<name>+<hex>+<base64>`: the name holds no "+", the base64 may. */
function splitKey(text: string, what: string): { name: string; keyId: number; material: Buffer } {
  const [name, id, ...rest] = text.split('+');
  if (name === undefined || id === undefined || rest.length === 0) throw new NoteKeyError(`a ${what} is <name>+<8 hex digits>+<base64>`);
  requireKeyName(name);
  if (!/^[0-9a-f]{8}$/.test(id)) throw new NoteKeyError(`the key id of a ${what} is 8 lowercase hex digits; got ${JSON.stringify(id)}`);
  const bytes = decodeBase64(rest.join('+'));
  if (bytes === undefined || bytes.length !== 33 || bytes[0] !== ED25519) {
    throw new NoteKeyError(`the key of a ${what} is base64 of 0x01 and 32 bytes of Ed25519 key`);
  }
  return { name, keyId: Number.parseInt(id, 16), material: bytes.subarray(1) };
}

function keyIdOf(name: string, publicKey: Uint8Array): number {
  const hash = sha256(Buffer.concat([Buffer.from(`${name}\n`, 'utf8'), Buffer.from([ED25519]), publicKey]));
  return Buffer.from(hash.subarray(0, 4)).readUInt32BE(0);
}

function rawPublicKey(key: KeyObject): Buffer {
  return Buffer.from(key.export({ format: 'jwk' }).x as string, 'base64url');
}

export function hex8(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}
