import { generateSignerKey, NoteKeyError, parseSignerKey, parseVerifierKey } from './note-keys';

// golang.org/x/mod/sumdb/note (note_test.go, BSD licence): a signer key and the verifier key it belongs to.
const GO_SIGNER_KEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VERIFIER_KEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';

describe('note keys in the C2SP signed-note encoding', () => {
  it('derive the verifier key Go derives from the same signer key', () => {
    const signer = parseSignerKey(GO_SIGNER_KEY);
    expect(signer.verifier.encoded).toBe(GO_VERIFIER_KEY);
    expect({ name: signer.name, keyId: signer.keyId.toString(16) }).toEqual({ name: 'PeterNeumann', keyId: 'c74f20a3' });
  });

  it('read a verifier key back to the same text', () => {
    expect(parseVerifierKey(GO_VERIFIER_KEY).encoded).toBe(GO_VERIFIER_KEY);
  });

  it('refuse every verifier key with one character changed, as Go does', () => {
    let accepted = 0;
    for (let i = 0; i < GO_VERIFIER_KEY.length; i += 1) {
      const mangled = GO_VERIFIER_KEY.slice(0, i) + String.fromCharCode(GO_VERIFIER_KEY.charCodeAt(i) + 1) + GO_VERIFIER_KEY.slice(i + 1);
      try {
        parseVerifierKey(mangled);
        accepted += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(NoteKeyError);
      }
    }
    expect(accepted).toBe(0);
  });

  it('refuse every signer key with one character changed or cut short', () => {
    const variants = [
      ...Array.from({ length: GO_SIGNER_KEY.length }, (_, i) => GO_SIGNER_KEY.slice(0, i) + String.fromCharCode(GO_SIGNER_KEY.charCodeAt(i) + 1) + GO_SIGNER_KEY.slice(i + 1)),
      ...Array.from({ length: GO_SIGNER_KEY.length - 1 }, (_, i) => GO_SIGNER_KEY.slice(0, i + 1)),
    ];
    expect(variants.filter((variant) => !throws(() => parseSignerKey(variant)))).toEqual([]);
  });

  it('generate a fresh key named after the log, which reads back', () => {
    const text = generateSignerKey('register.szmh.example/log');
    expect(text).toMatch(/^PRIVATE\+KEY\+register\.szmh\.example\/log\+[0-9a-f]{8}\+[A-Za-z0-9+/]{44}$/);
    expect(parseSignerKey(text).name).toBe('register.szmh.example/log');
    expect(generateSignerKey('register.szmh.example/log')).not.toBe(text);
  });

  it.each(['', 'with space', 'a+b'])('refuse the key name %j', (name) => {
    expect(() => generateSignerKey(name)).toThrow(new NoteKeyError(`a key name is non-empty without spaces or "+"; got ${JSON.stringify(name)}`));
  });
});

function throws(action: () => unknown): boolean {
  try {
    action();
    return false;
  } catch {
    return true;
  }
}
