import { decodeBase64, encodeBase64 } from '../base64';
import { HASH_SIZE, type Hash } from '../merkle/hashing';
import type { NoteSigner, NoteVerifier } from './note-keys';
import { NoteError, openNote, signNote } from './signed-note';

/**
 * A C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the note text
 * "<origin>\n<tree size>\n<base64 root hash>\n", signed by the log's key,
 * whose name is the origin. Extension lines are read and ignored; the
 * register writes none.
 */
export interface Checkpoint {
  readonly origin: string;
  readonly size: number;
  readonly rootHash: Hash;
}

export function checkpointText({ origin, size, rootHash }: Checkpoint): string {
  if (origin.length === 0 || origin.includes('\n')) throw new NoteError('a checkpoint origin is one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0) throw new NoteError(`a tree size is a whole number from 0; got ${size}`);
  if (rootHash.length !== HASH_SIZE) throw new NoteError(`a root hash has ${HASH_SIZE} bytes; got ${rootHash.length}`);
  return `${origin}\n${size}\n${encodeBase64(rootHash)}\n`;
}

export function signCheckpoint(checkpoint: Checkpoint, signer: NoteSigner): string {
  if (checkpoint.origin !== signer.name) {
    throw new NoteError(`the key ${signer.name} signs the log ${signer.name}, not ${checkpoint.origin}`);
  }
  return signNote(checkpointText(checkpoint), signer);
}

/** Verifies the signature, then reads the text; the origin must be the key's name. */
export function openCheckpoint(note: Uint8Array | string, verifier: NoteVerifier): Checkpoint {
  const checkpoint = parseCheckpointText(openNote(note, verifier));
  if (checkpoint.origin !== verifier.name) {
    throw new NoteError(`the checkpoint is of the log ${JSON.stringify(checkpoint.origin)}, the key of ${JSON.stringify(verifier.name)}`);
  }
  return checkpoint;
}

export function parseCheckpointText(text: string): Checkpoint {
  const lines = text.split('\n');
  if (lines.length < 4 || lines.pop() !== '' || lines.some((line) => line === '')) {
    throw new NoteError('a checkpoint is at least three non-empty lines: origin, tree size, root hash');
  }
  const [origin, sizeLine, rootLine] = lines;
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine) || !Number.isSafeInteger(Number(sizeLine))) {
    throw new NoteError(`the tree size line is a decimal number without leading zeroes; got ${JSON.stringify(sizeLine)}`);
  }
  const rootHash = decodeBase64(rootLine);
  if (rootHash === undefined || rootHash.length !== HASH_SIZE) {
    throw new NoteError(`the root hash line is base64 of ${HASH_SIZE} bytes; got ${JSON.stringify(rootLine)}`);
  }
  return { origin, size: Number(sizeLine), rootHash };
}
