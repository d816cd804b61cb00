import { createHash } from 'node:crypto';
import { generateSignerKey, parseSignerKey } from './note-keys';
import { signNote } from './signed-note';
import { checkpointText, openCheckpoint, parseCheckpointText, signCheckpoint } from './checkpoint';

const signer = parseSignerKey(generateSignerKey('register.szmh.example/log'));
const root = createHash('sha256').update('root').digest();

describe('tlog checkpoints', () => {
  it('read the example of c2sp.org/tlog-checkpoint', () => {
    const checkpoint = parseCheckpointText('example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n');
    expect({ origin: checkpoint.origin, size: checkpoint.size, root: Buffer.from(checkpoint.rootHash).toString('base64') }).toEqual({
      origin: 'example.com/behind-the-sofa',
      size: 20852163,
      root: 'CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=',
    });
  });

  it('are written as origin, tree size and base64 root, each on its line, and signed under the origin', () => {
    const checkpoint = { origin: signer.name, size: 1204, rootHash: root };
    expect(checkpointText(checkpoint)).toBe(`register.szmh.example/log\n1204\n${root.toString('base64')}\n`);
    const note = signCheckpoint(checkpoint, signer);
    expect(note).toMatch(/^register\.szmh\.example\/log\n1204\n.{44}\n\n\u2014 register\.szmh\.example\/log [A-Za-z0-9+/]{91}=\n$/u);
    expect(openCheckpoint(note, signer.verifier)).toEqual({ origin: signer.name, size: 1204, rootHash: root });
  });

  it('ignore extension lines when reading', () => {
    expect(parseCheckpointText(`o\n0\n${root.toString('base64')}\nextension\n`).size).toBe(0);
  });

  it.each([
    ['a leading zero', `o\n012\n${root.toString('base64')}\n`, 'the tree size line is a decimal number without leading zeroes'],
    ['a size beyond 2^53', `o\n9007199254740993\n${root.toString('base64')}\n`, 'the tree size line is a decimal number'],
    ['a root of 31 bytes', `o\n1\n${root.subarray(1).toString('base64')}\n`, 'the root hash line is base64 of 32 bytes'],
    ['a root in base64url', `o\n1\n${root.toString('base64url')}=\n`, 'the root hash line is base64 of 32 bytes'],
    ['a missing line', 'o\n1\n', 'a checkpoint is at least three non-empty lines'],
    ['an empty extension line', `o\n1\n${root.toString('base64')}\n\n`, 'a checkpoint is at least three non-empty lines'],
  ])('refuse %s', (_what, text, message) => {
    expect(() => parseCheckpointText(text)).toThrow(message);
  });

  it('refuse to sign a checkpoint of another origin than the key names, and to open one', () => {
    expect(() => signCheckpoint({ origin: 'other/log', size: 1, rootHash: root }, signer)).toThrow('the key register.szmh.example/log signs the log');
    const foreign = signNote(checkpointText({ origin: 'other/log', size: 1, rootHash: root }), signer);
    expect(() => openCheckpoint(foreign, signer.verifier)).toThrow('the checkpoint is of the log "other/log", the key of "register.szmh.example/log"');
  });
});
