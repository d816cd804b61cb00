import { parseSignerKey, parseVerifierKey } from './note-keys';
import { NoteError, openNote, signNote } from './signed-note';

// The example of c2sp.org/signed-note, and the one of golang.org/x/mod/sumdb/note (note.go's documentation).
const C2SP_KEY = 'example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k';
const C2SP_NOTE =
  'This is an example message.\n\n\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n';
const GO_SIGNER = parseSignerKey('PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz');
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_NOTE = `${GO_TEXT}\n\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n`;

describe('C2SP signed notes', () => {
  it('open the example of the specification with its verifier key', () => {
    expect(openNote(C2SP_NOTE, parseVerifierKey(C2SP_KEY))).toBe('This is an example message.\n');
  });

  it('sign exactly as Go does (Ed25519 is deterministic), and open what they sign', () => {
    expect(signNote(GO_TEXT, GO_SIGNER)).toBe(GO_NOTE);
    expect(openNote(Buffer.from(GO_NOTE, 'utf8'), GO_SIGNER.verifier)).toBe(GO_TEXT);
  });

  it('ignore signatures of other keys beside the one trusted, as the specification requires', () => {
    const cosigned = `${GO_NOTE}\u2014 example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n`;
    expect(openNote(cosigned, GO_SIGNER.verifier)).toBe(GO_TEXT);
  });

  it.each([
    ['a text changed by one character', GO_NOTE.replace('answer', 'answe2'), `the signature of PeterNeumann+c74f20a3 does not match the text`],
    ['no signature by the trusted key', C2SP_NOTE, `no signature by the key ${GO_SIGNER.verifier.encoded}`],
    ['a signature line without its em dash', GO_NOTE.replace('\u2014', '-'), 'not a signature line'],
    ['no blank line before the signatures', GO_TEXT, 'not a signed note'],
    ['a tab in the text', GO_NOTE.replace('you think', 'you\tthink'), 'a note holds no control characters other than newline'],
  ])('refuse %s', (_what, note, message) => {
    expect(() => openNote(note, GO_SIGNER.verifier)).toThrow(NoteError);
    expect(() => openNote(note, GO_SIGNER.verifier)).toThrow(message);
  });

  it('refuse bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xff]), Buffer.from(GO_NOTE, 'utf8')]);
    expect(() => openNote(bytes, GO_SIGNER.verifier)).toThrow('a signed note is UTF-8 text');
  });
});
